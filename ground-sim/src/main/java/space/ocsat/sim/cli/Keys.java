package space.ocsat.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import picocli.CommandLine;
import space.ocsat.fsw.cmd.KeyTable;

/** Command keys for a run: a key file given by the user, or a fresh development key in the run folder. */
final class Keys {
    /** Key id of generated development keys. */
    static final long DEV_KEY_ID = 1;
    static final String DEV_KEY_FILE = "dev.key";

    private Keys() {
    }

    static KeyTable load(Path file, CommandLine cli) {
        try {
            return KeyTable.parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cli, "--key " + file + ": cannot read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--key " + file + ": " + e.getMessage());
        }
    }

    /** Generates a random 32-byte key, writes it (owner-only) to the run folder and says so. */
    static KeyTable generate(Path runDir, PrintWriter console) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String line = KeyTable.line(DEV_KEY_ID, key);
        Files.createDirectories(runDir);
        Path file = runDir.resolve(DEV_KEY_FILE);
        Files.writeString(file, "# ocsat development key, generated for this run only\n" + line + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the key stays readable as created
        }
        console.println("ocsat run: no --key given; generated a development key: " + file);
        return KeyTable.parse(List.of(line));
    }
}

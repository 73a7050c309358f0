package space.ocsat.sim.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The ops console's signing key: the first key line of a key file ({@code <key id> <hex key>}). */
record GroundKey(long id, byte[] key) {
    static GroundKey read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read key file " + file);
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(file + ": expected '<key id> <hex key>'");
            }
            try {
                return new GroundKey(Long.parseLong(parts[0]), space.ocsat.fsw.cmd.KeyTable.parseHex(parts[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": key id is not a number");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage());
            }
        }
        throw new IllegalArgumentException(file + " holds no key");
    }
}

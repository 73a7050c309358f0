package space.ocsat.sim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Run folders: {@code runs/<timestamp>} by default, with {@code runs/latest} pointing at the newest. */
final class RunFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolder() {
    }

    /** @return a new folder under {@code runs/} named after the local wall time (suffixed if taken) */
    static Path fresh(Path runsDir) {
        String stamp = LocalDateTime.now().format(STAMP);
        Path p = runsDir.resolve(stamp);
        for (int i = 2; Files.exists(p); i++) {
            p = runsDir.resolve(stamp + "-" + i);
        }
        return p;
    }

    /**
     * Checks a user-given run folder: it may exist (its run files are replaced) but must be a directory
     * we can create and write.
     *
     * @throws CommandLine.ParameterException with a one-line reason
     */
    static Path checkOut(Path out, picocli.CommandLine cli) {
        if (out.toString().isBlank()) {
            throw new picocli.CommandLine.ParameterException(cli, "--out needs a folder name");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new picocli.CommandLine.ParameterException(cli, "--out " + out + " exists and is not a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new picocli.CommandLine.ParameterException(cli, "--out " + out + ": cannot create the folder ("
                    + (e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName()) + ")");
        }
        if (!Files.isWritable(out)) {
            throw new picocli.CommandLine.ParameterException(cli, "--out " + out + " is not writable");
        }
        return out;
    }

    /** Points {@code <parent>/latest} at the run folder (a relative symbolic link); best effort. */
    static void linkLatest(Path runDir) {
        Path parent = runDir.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        Path latest = parent.resolve("latest");
        try {
            if (Files.isSymbolicLink(latest) || !Files.exists(latest)) {
                Files.deleteIfExists(latest);
                Files.createSymbolicLink(latest, runDir.getFileName());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a filesystem without links keeps the run folder; only the shortcut is missing
        }
    }
}

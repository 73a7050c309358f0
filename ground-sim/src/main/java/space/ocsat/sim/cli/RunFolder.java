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

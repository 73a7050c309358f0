package space.ocsat.hal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The watchdog of a flight software running as a process (a rig's stand-in flight computer, {@code ocsat fsw}), with
 * a reset-cause register on disk: a marker file beside the non-volatile store is created at start and removed at a
 * clean shutdown, so finding it at start means the last run ended without one (a crash, a kill, a power cut) — a
 * reset, which the flight software tells from a first power-on ({@link #causedLastReset}). Kicks are counted; the
 * timeout is the flight computer's hardware concern (on a process rig, its supervisor restarts it).
 */
public final class ProcessWatchdog implements Watchdog, AutoCloseable {
    /** The marker's file name in the store's directory. */
    public static final String MARKER = "running";

    private final Path marker;
    private final boolean resetCause;
    private final long timeoutNs;
    private volatile long kicks;

    private ProcessWatchdog(Path marker, boolean resetCause, long timeoutNs) {
        this.marker = marker;
        this.resetCause = resetCause;
        this.timeoutNs = timeoutNs;
    }

    /**
     * Reads the reset cause from {@code dir} and marks the process running.
     *
     * @param timeoutNs the timeout it reports
     * @throws IOException if the marker cannot be written
     */
    public static ProcessWatchdog open(Path dir, long timeoutNs) throws IOException {
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        boolean reset = Files.exists(marker);
        Files.writeString(marker, "ocsat flight software running; removed at a clean shutdown\n");
        return new ProcessWatchdog(marker, reset, timeoutNs);
    }

    @Override
    public void kick() {
        kicks++;
    }

    @Override
    public long timeoutNs() {
        return timeoutNs;
    }

    @Override
    public boolean causedLastReset() {
        return resetCause;
    }

    /** @return kicks since start */
    public long kicks() {
        return kicks;
    }

    /** A clean shutdown: removes the marker, so the next start is a power-on, not a reset. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(marker);
    }
}

package space.ocsat.sim.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import space.ocsat.fsw.tm.FrameSink;

/**
 * The telemetry archive of a run ({@code telemetry.frames}): every frame the flight software sent down,
 * in order, each as a 4-byte little-endian length followed by the frame exactly as it would travel on
 * MQTT (one TelemetryFrame FlatBuffer and its CRC-32C). Simulated quantities only, so the same scenario
 * and seed give the same bytes.
 */
public final class TelemetryArchive implements FrameSink, Closeable {
    /** File name in the run folder. */
    public static final String FILE_NAME = "telemetry.frames";

    private final OutputStream out;
    private final byte[] scratch = new byte[16 * 1024];
    private long frames;

    public TelemetryArchive(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public void accept(int stream, long sequence, ByteBuffer frame) {
        int n = frame.remaining();
        scratch[0] = (byte) n;
        scratch[1] = (byte) (n >>> 8);
        scratch[2] = (byte) (n >>> 16);
        scratch[3] = (byte) (n >>> 24);
        frame.get(frame.position(), scratch, 4, n);
        try {
            out.write(scratch, 0, n + 4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the telemetry archive", e);
        }
        frames++;
    }

    /** @return frames written */
    public long frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

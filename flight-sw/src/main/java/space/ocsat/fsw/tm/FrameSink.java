package space.ocsat.fsw.tm;

import java.nio.ByteBuffer;

/**
 * Where encoded telemetry frames go (Yamcs {@code TmSink} style): the outbound queue, the store-and-forward
 * ring, a simulator's archive. Called on the control thread: an implementation copies what it keeps and
 * never blocks.
 */
@FunctionalInterface
public interface FrameSink {
    /**
     * @param stream   the frame's stream ({@code space.ocsat.wire.Stream} value)
     * @param sequence the frame's sequence number within its stream
     * @param frame    one TelemetryFrame buffer followed by its CRC-32C, between position and limit; valid
     *                 only during the call
     */
    void accept(int stream, long sequence, ByteBuffer frame);
}

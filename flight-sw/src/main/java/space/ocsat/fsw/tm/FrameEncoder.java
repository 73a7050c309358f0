package space.ocsat.fsw.tm;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import space.ocsat.wire.TelemetryFrame;

/**
 * Encodes telemetry frames (Aeron "proxy" style): one reused {@link FlatBufferBuilder}, one output buffer,
 * a sequence counter per stream. A caller builds its payload table with {@link #builder()} after
 * {@link #begin()}, then {@link #finish} wraps it in a TelemetryFrame, appends the CRC-32C (little-endian,
 * over the FlatBuffers bytes) and hands it to the sink. Allocation-free once the builder has grown to the
 * largest frame.
 */
public final class FrameEncoder {
    /** Largest frame this encoder produces, bytes (the reference housekeeping packets are under 1 kB). */
    public static final int MAX_FRAME_BYTES = 8192;

    private final FlatBufferBuilder builder = new FlatBufferBuilder(MAX_FRAME_BYTES);
    private final ByteBuffer out = ByteBuffer.allocate(MAX_FRAME_BYTES + 4).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();
    private final long[] nextSequence;
    private final long satelliteId;
    private final FrameSink sink;
    private long framesEncoded;

    /**
     * @param satelliteId this satellite's id
     * @param streams     number of stream ids ({@code Stream} values are 0 … streams − 1)
     * @param sink        where finished frames go
     */
    public FrameEncoder(long satelliteId, int streams, FrameSink sink) {
        this.satelliteId = satelliteId;
        this.nextSequence = new long[streams];
        this.sink = sink;
    }

    /** Starts a frame. @return the builder to build the payload table with */
    public FlatBufferBuilder begin() {
        builder.clear();
        return builder;
    }

    /** @return the builder of the frame in progress */
    public FlatBufferBuilder builder() {
        return builder;
    }

    /**
     * Wraps the payload in a frame, seals it with its CRC and passes it to the sink.
     *
     * @param stream      stream id
     * @param payloadType the {@code Payload} union tag of the payload
     * @param payload     offset of the payload table in the builder
     * @param timeNs      mission time, ns
     * @param timeUnixNs  GNSS time, ns since the Unix epoch
     * @return the frame's sequence number
     */
    public long finish(int stream, byte payloadType, int payload, long timeNs, long timeUnixNs) {
        long sequence = nextSequence[stream]++;
        int frame = TelemetryFrame.createTelemetryFrame(builder, satelliteId, stream, sequence, timeNs, timeUnixNs,
                payloadType, payload);
        TelemetryFrame.finishTelemetryFrameBuffer(builder, frame);
        ByteBuffer data = builder.dataBuffer();
        out.clear();
        out.put(data);
        int length = out.position();
        crc.reset();
        crc.update(out.array(), 0, length);
        out.putInt((int) crc.getValue());
        out.flip();
        framesEncoded++;
        sink.accept(stream, sequence, out);
        return sequence;
    }

    /** Boot: continues a stream at {@code next} (restored from the recorder), so sequences stay gapless across reboots. */
    public void resume(int stream, long next) {
        nextSequence[stream] = next;
    }

    /** @return the sequence number the next frame of this stream gets */
    public long nextSequence(int stream) {
        return nextSequence[stream];
    }

    /** @return frames encoded since start */
    public long framesEncoded() {
        return framesEncoded;
    }

    /**
     * Checks a received frame's trailing CRC-32C.
     *
     * @param frame buffer + CRC between position and limit (not moved)
     * @return true if the CRC matches
     */
    public static boolean crcValid(ByteBuffer frame) {
        int length = frame.remaining() - 4;
        if (length <= 0) {
            return false;
        }
        CRC32C check = new CRC32C();
        ByteBuffer body = frame.duplicate();
        body.limit(body.position() + length);
        check.update(body);
        int stored = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(frame.position() + length);
        return stored == (int) check.getValue();
    }
}

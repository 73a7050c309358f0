package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import space.ocsat.hal.wire.Actuators;
import space.ocsat.hal.wire.Downlink;

/**
 * Telemetry frames the flight software offered the rig's ground link during one cycle, copied (the offer's buffer is
 * the caller's) into a preallocated arena until the cycle's ACTUATORS frame carries them.
 */
final class DownlinkQueue {
    /** Frames one cycle carries at most. */
    static final int MAX_FRAMES = 256;
    /** Bytes of frames one cycle carries at most. */
    static final int MAX_BYTES = 512 * 1024;

    private final byte[] arena = new byte[MAX_BYTES];
    private final int[] stream = new int[MAX_FRAMES];
    private final long[] sequence = new long[MAX_FRAMES];
    private final boolean[] replay = new boolean[MAX_FRAMES];
    private final int[] offset = new int[MAX_FRAMES];
    private final int[] length = new int[MAX_FRAMES];
    private final int[] tables = new int[MAX_FRAMES];
    private int frames;
    private int used;

    /** @return false if the cycle's share is full (the frame is not taken) */
    boolean offer(int streamId, long seq, ByteBuffer frame, boolean isReplay) {
        int n = frame.remaining();
        if (frames == MAX_FRAMES || used + n > MAX_BYTES) {
            return false;
        }
        frame.get(frame.position(), arena, used, n);
        stream[frames] = streamId;
        sequence[frames] = seq;
        replay[frames] = isReplay;
        offset[frames] = used;
        length[frames++] = n;
        used += n;
        return true;
    }

    int size() {
        return frames;
    }

    void clear() {
        frames = 0;
        used = 0;
    }

    /** @return the offset of the downlink vector (call before {@code startActuators}) */
    int encode(FlatBufferBuilder b) {
        for (int i = 0; i < frames; i++) {
            int data = b.createByteVector(arena, offset[i], length[i]);
            tables[i] = Downlink.createDownlink(b, stream[i], sequence[i], replay[i], data);
        }
        Actuators.startDownlinkVector(b, frames);
        for (int i = frames - 1; i >= 0; i--) {
            b.addOffset(tables[i]);
        }
        return b.endVector();
    }
}

package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import space.ocsat.hal.wire.BridgeFrame;

/** What every bridge frame carries and how each end checks it: version, kind, satellite (the header fields). */
final class Frames {
    private Frames() {
    }

    /**
     * Reads a frame's root, or null if the bytes cannot even hold one (counted as malformed).
     *
     * @param bytes the frame, position at its start; its position and limit are not changed (its byte order is set
     *              to little-endian)
     */
    static BridgeFrame root(ByteBuffer bytes, BridgeFrame reuse, BridgeCounters counters) {
        try {
            if (bytes.remaining() < 8) {
                counters.increment(BridgeCounter.REJECTED_MALFORMED);
                return null;
            }
            bytes.order(java.nio.ByteOrder.LITTLE_ENDIAN);
            int root = bytes.getInt(bytes.position());
            if (root < 4 || root > bytes.remaining() - 4) {
                counters.increment(BridgeCounter.REJECTED_MALFORMED);
                return null;
            }
            return BridgeFrame.getRootAsBridgeFrame(bytes, reuse);
        } catch (RuntimeException e) {
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            return null;
        }
    }

    /**
     * Checks the header: this protocol version, the expected kind, this satellite; counts a rejection.
     *
     * @return true if the frame may be read on
     * @throws RuntimeException on a corrupted buffer (the caller's boundary catches)
     */
    static boolean accept(BridgeFrame f, int kind, long satelliteId, BridgeCounters counters) {
        if (f.version() != RemoteHal.PROTOCOL_VERSION) {
            counters.increment(BridgeCounter.REJECTED_VERSION);
            return false;
        }
        if (f.satelliteId() != satelliteId) {
            counters.increment(BridgeCounter.REJECTED_SATELLITE);
            return false;
        }
        if (f.kind() != kind) {
            counters.increment(BridgeCounter.REJECTED_UNEXPECTED);
            return false;
        }
        return true;
    }

    /** Starts the root table with the header fields; the caller adds its body and calls {@link #finish}. */
    static void startRoot(FlatBufferBuilder b, int kind, long satelliteId, long tick, long timeNs) {
        BridgeFrame.startBridgeFrame(b);
        BridgeFrame.addVersion(b, RemoteHal.PROTOCOL_VERSION);
        BridgeFrame.addKind(b, (byte) kind);
        BridgeFrame.addSatelliteId(b, satelliteId);
        BridgeFrame.addTick(b, tick);
        BridgeFrame.addTimeNs(b, timeNs);
    }

    /** @return the finished frame's bytes (a view of the builder's buffer, valid until it is cleared) */
    static ByteBuffer finish(FlatBufferBuilder b) {
        b.finish(BridgeFrame.endBridgeFrame(b));
        return b.dataBuffer();
    }
}

package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.hal.wire.Ack;
import space.ocsat.hal.wire.Sensors;
import space.ocsat.hal.wire.Uplink;

/**
 * The rig's ground link as a tick's SENSORS frame carries it: whether the link is up, the ground's acknowledgements
 * and the telecommands uplinked since the last tick. The simulator fills it ({@link #queueAck}, {@link #queueUplink})
 * and it empties into the next frame; the flight software's side decodes it and hands the acknowledgements to its
 * recorder and the telecommands to its inbox. Preallocated: at most {@link #MAX_ACKS} acknowledgements and
 * {@link #MAX_UPLINKS} telecommands of at most {@link #MAX_UPLINK_BYTES} each per tick.
 */
public final class LinkState {
    /** Acknowledgements one tick carries at most. */
    public static final int MAX_ACKS = 64;
    /** Telecommands one tick carries at most. */
    public static final int MAX_UPLINKS = 32;
    /** Bytes of one telecommand at most. */
    public static final int MAX_UPLINK_BYTES = 4096;

    private boolean up = true;
    private final int[] ackStream = new int[MAX_ACKS];
    private final long[] ackUpTo = new long[MAX_ACKS];
    private int acks;
    private final byte[] uplinkBytes = new byte[MAX_UPLINKS * MAX_UPLINK_BYTES];
    private final int[] uplinkLength = new int[MAX_UPLINKS];
    private int uplinks;
    private final int[] uplinkOffsets = new int[MAX_UPLINKS];
    private final Ack ack = new Ack();
    private final Uplink uplink = new Uplink();

    /** @return true while frames offered now reach the ground */
    public boolean up() {
        return up;
    }

    /** The simulator's side: takes the link down (an outage) or brings it back. */
    public void setUp(boolean up) {
        this.up = up;
    }

    /**
     * The simulator's side: the ground has every frame of {@code stream} up to {@code upTo}.
     *
     * @return false if the tick already carries {@link #MAX_ACKS}
     */
    public boolean queueAck(int stream, long upTo) {
        if (acks == MAX_ACKS) {
            return false;
        }
        ackStream[acks] = stream;
        ackUpTo[acks++] = upTo;
        return true;
    }

    /**
     * The simulator's side: a telecommand the ground uplinks.
     *
     * @return false if it is too long or the tick already carries {@link #MAX_UPLINKS}
     */
    public boolean queueUplink(byte[] data, int offset, int length) {
        if (uplinks == MAX_UPLINKS || length > MAX_UPLINK_BYTES) {
            return false;
        }
        System.arraycopy(data, offset, uplinkBytes, uplinks * MAX_UPLINK_BYTES, length);
        uplinkLength[uplinks++] = length;
        return true;
    }

    /** @return acknowledgements in this tick */
    public int acks() {
        return acks;
    }

    /** @return the stream of acknowledgement i */
    public int ackStream(int i) {
        return ackStream[i];
    }

    /** @return the sequence acknowledgement i confirms up to */
    public long ackUpTo(int i) {
        return ackUpTo[i];
    }

    /** @return telecommands in this tick */
    public int uplinks() {
        return uplinks;
    }

    /** @return the array telecommand i lies in, at {@link #uplinkOffset(int)} */
    public byte[] uplinkBytes() {
        return uplinkBytes;
    }

    /** @return where telecommand i starts in {@link #uplinkBytes()} */
    public int uplinkOffset(int i) {
        return i * MAX_UPLINK_BYTES;
    }

    /** @return the length of telecommand i */
    public int uplinkLength(int i) {
        return uplinkLength[i];
    }

    /** Forgets the tick's acknowledgements and telecommands (after they were sent, or delivered). */
    public void clear() {
        acks = 0;
        uplinks = 0;
    }

    /** Adds the link's vectors to a SENSORS table being built: call before {@code startSensors}. */
    int[] encodeVectors(FlatBufferBuilder b, int[] out) {
        Sensors.startAcksVector(b, acks);
        for (int i = acks - 1; i >= 0; i--) {
            Ack.createAck(b, ackStream[i], ackUpTo[i]);
        }
        out[0] = b.endVector();
        for (int i = 0; i < uplinks; i++) {
            int data = b.createByteVector(uplinkBytes, uplinkOffset(i), uplinkLength[i]);
            uplinkOffsets[i] = Uplink.createUplink(b, data);
        }
        Sensors.startUplinkVector(b, uplinks);
        for (int i = uplinks - 1; i >= 0; i--) {
            b.addOffset(uplinkOffsets[i]);
        }
        out[1] = b.endVector();
        return out;
    }

    /**
     * The flight software's side: reads the link from a SENSORS frame.
     *
     * @return false if it carries more than this side holds (nothing is taken then)
     */
    boolean decode(Sensors s) {
        int nAcks = s.acksLength();
        int nUplinks = s.uplinkLength();
        if (nAcks > MAX_ACKS || nUplinks > MAX_UPLINKS) {
            return false;
        }
        for (int i = 0; i < nUplinks; i++) {
            if (s.uplink(uplink, i).dataLength() > MAX_UPLINK_BYTES) {
                return false;
            }
        }
        up = s.linkUp();
        for (int i = 0; i < nAcks; i++) {
            s.acks(ack, i);
            ackStream[i] = ack.stream();
            ackUpTo[i] = ack.upTo();
        }
        acks = nAcks;
        for (int i = 0; i < nUplinks; i++) {
            s.uplink(uplink, i);
            int n = uplink.dataLength();
            int at = uplinkOffset(i);
            for (int j = 0; j < n; j++) {
                uplinkBytes[at + j] = (byte) uplink.data(j);
            }
            uplinkLength[i] = n;
        }
        uplinks = nUplinks;
        return true;
    }
}

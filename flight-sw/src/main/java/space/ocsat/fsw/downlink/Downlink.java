package space.ocsat.fsw.downlink;

import java.nio.ByteBuffer;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.tm.FrameSink;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.hal.time.Clock;

/**
 * Store-and-forward: the frame encoder's sink and a REPORT-stage task. Every frame is recorded in the
 * {@link FrameRing} and, if the link is up, sent live at once. Each cycle, while the link is up, the oldest frames
 * that never went out are sent as replay, in recording order, at most {@link #REPLAY_PER_CYCLE} a cycle. A frame
 * stays recorded until the ground acknowledges it ({@code AcknowledgeTelemetry}). If the ground acknowledges a
 * stream without advancing it (the same sequence again) at least {@link #ACK_GRACE_NS} after the frame following
 * it was sent, the ground is stuck at a gap: that frame was lost on the way (a broker restarted before the ground
 * resubscribed), so the stream goes back to it and replays from there (go-back-N, as CCSDS COP-1 does on a
 * retransmit timer); the ground discards the duplicates by sequence number. An acknowledgement that advances shows
 * the ground is still receiving, so frames in flight are not resent however slow the link.
 */
public final class Downlink implements FrameSink, CycleTask {
    /**
     * Replay frames sent per 10 Hz cycle at most: 80 frames/s, 16 times the reference production rate, so a
     * 30-minute backlog drains in about 2 minutes without flooding the ground's broker.
     */
    public static final int REPLAY_PER_CYCLE = 8;
    /** How long after sending a frame an acknowledgement that leaves it out means it was lost, ns. */
    public static final long ACK_GRACE_NS = 30_000_000_000L;
    private static final long LOSS_EVENT_INTERVAL_NS = 60_000_000_000L;

    private final FrameRing ring;
    private final AckFloors floors;
    private final Clock clock;
    private final EventLog events;
    private final ByteBuffer replayFrame;
    /** Per stream: when the ground last repeated its acknowledgement without advancing, not yet acted on. */
    private final long[] stalledAckNs;
    private DownlinkPort port;
    private long notRecorded;
    private long replayed;
    private long resends;
    private long lostReported;
    private long lastLossEventNs = -LOSS_EVENT_INTERVAL_NS;

    public Downlink(FrameRing ring, AckFloors floors, DownlinkPort port, Clock clock, EventLog events) {
        this.ring = ring;
        this.floors = floors;
        this.port = port;
        this.clock = clock;
        this.events = events;
        this.replayFrame = ByteBuffer.allocate(ring.maxFrameBytes());
        this.stalledAckNs = new long[floors.floors().length];
        java.util.Arrays.fill(stalledAckNs, Long.MIN_VALUE);
    }

    /** Boot: restores the floors and rebuilds the recorder's index. Allocates. */
    public void recover() {
        StoreStatus status = floors.restore();
        if (status != StoreStatus.OK && status != StoreStatus.EMPTY) {
            events.publish(0, EventId.STORE_WRITE_FAILED, AckFloors.SLOT, status.ordinal(), 1);
        }
        ring.recover(floors.floors());
    }

    /** @return the sequence number a stream resumes at after a reboot */
    public long resumeSequence(int stream) {
        return Math.max(floors.ackedUpTo(stream), ring.newestSequence(stream)) + 1;
    }

    /** The link must be down this long before it is reported, ns. */
    static final long LINK_DOWN_NS = 5_000_000_000L;
    private long linkDownSinceNs = Long.MIN_VALUE;
    private boolean linkDownReported;

    /** Replaces the port (the transport is attached after the flight software is built). */
    public void attach(DownlinkPort newPort) {
        this.port = newPort;
    }

    /** Records the frame first (so its sequence number is accounted for whatever happens next), then sends it live. */
    @Override
    public void accept(int stream, long sequence, ByteBuffer frame) {
        long nowNs = clock.nowNs();
        int block = ring.append(stream, sequence, frame);
        boolean live = port.up() && port.offer(stream, sequence, frame, false);
        if (live && block >= 0) {
            ring.markSent(block, nowNs);
        } else if (!live && (block < 0 || frame.remaining() > ring.maxFrameBytes())) {
            notRecorded++;
        }
    }

    @Override
    public void run(long nowNs) {
        goBackWhereTheGroundMissedFrames();
        boolean up = port.up();
        watchLink(up, nowNs);
        if (up) {
            replay(nowNs);
        }
        reportLoss(nowNs);
    }

    /**
     * LINK_DOWN once the link has been down for {@link #LINK_DOWN_NS} (a broker reconnect is not an outage), and
     * again when it is back, with how long it was gone; the frames in between wait in the recorder.
     */
    private void watchLink(boolean up, long nowNs) {
        if (up) {
            if (linkDownReported) {
                linkDownReported = false;
                events.publish(nowNs, EventId.LINK_DOWN, 0, 0, (nowNs - linkDownSinceNs) / 1e9);
            }
            linkDownSinceNs = Long.MIN_VALUE;
            return;
        }
        if (linkDownSinceNs == Long.MIN_VALUE) {
            linkDownSinceNs = nowNs;
        } else if (!linkDownReported && nowNs - linkDownSinceNs >= LINK_DOWN_NS) {
            linkDownReported = true;
            events.publish(nowNs, EventId.LINK_DOWN, ring.backlog(), 1, (nowNs - linkDownSinceNs) / 1e9);
        }
    }

    private void goBackWhereTheGroundMissedFrames() {
        for (int s = 0; s < stalledAckNs.length; s++) {
            long stalledAt = stalledAckNs[s];
            if (stalledAt == Long.MIN_VALUE) {
                continue;
            }
            stalledAckNs[s] = Long.MIN_VALUE;
            long sentAt = ring.oldestSentAtNs(s);
            if (sentAt != Long.MAX_VALUE && stalledAt - sentAt > ACK_GRACE_NS) {
                ring.resend(s);
                resends++;
            }
        }
    }

    private void replay(long nowNs) {
        for (int i = 0; i < REPLAY_PER_CYCLE; i++) {
            int block = ring.oldestUnsent();
            if (block < 0) {
                return;
            }
            if (!ring.read(block, replayFrame)) {
                ring.markSent(block, nowNs); // unreadable: nothing to send; the ground sees the gap
                continue;
            }
            if (!port.offer(ring.streamOf(block), ring.sequenceOf(block), replayFrame, true)) {
                return;
            }
            ring.markSent(block, nowNs);
            replayed++;
        }
    }

    private void reportLoss(long nowNs) {
        long lost = lost();
        if (lost != lostReported && nowNs - lastLossEventNs >= LOSS_EVENT_INTERVAL_NS) {
            events.publish(nowNs, EventId.TM_FRAMES_LOST, lost - lostReported, lost, ring.backlog());
            lostReported = lost;
            lastLossEventNs = nowNs;
        }
    }

    /**
     * The ground has every frame of {@code stream} up to {@code upTo}: persists the new floor, then releases the
     * frames (never the other way round: a reset in between must not let a stream resume below a sequence it used).
     * An acknowledgement that repeats the floor tells that the ground still misses the frame after it.
     *
     * @return false if the stream is unknown or the floor could not be persisted (nothing released)
     */
    public boolean acknowledge(int stream, long upTo, long nowNs) {
        if (stream < 0 || stream >= stalledAckNs.length) {
            return false;
        }
        long bounded = Math.min(upTo, ring.newestSequence(stream));
        long previous = floors.ackedUpTo(stream);
        if (bounded > previous) {
            floors.raise(stream, bounded);
            StoreStatus status = floors.write();
            if (status != StoreStatus.OK) {
                floors.lower(stream, previous);
                events.publish(nowNs, EventId.STORE_WRITE_FAILED, AckFloors.SLOT, status.ordinal(), 0);
                return false;
            }
            ring.acknowledge(stream, bounded);
        } else if (bounded == previous) {
            stalledAckNs[stream] = nowNs;
        }
        return true;
    }

    /** @return the newest sequence recorded on a stream (−1 if none): the most the ground can acknowledge */
    public long newestSequence(int stream) {
        return ring.newestSequence(stream);
    }

    /** @return frames recorded and not yet acknowledged */
    public int backlog() {
        return ring.backlog();
    }

    /** @return frames that never reached the ground's link and are gone (overwritten unsent, or not recordable while down) */
    public long lost() {
        long lost = notRecorded;
        for (int s = 0; s < stalledAckNs.length; s++) {
            lost += ring.lostUnsent(s);
        }
        return lost;
    }

    /** @return frames sent from the backlog */
    public long replayed() {
        return replayed;
    }

    /** @return go-back-N restarts after a repeated acknowledgement showed a missing frame */
    public long resends() {
        return resends;
    }
}

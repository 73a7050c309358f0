package space.ocsat.sim.ground;

import java.nio.ByteBuffer;
import java.util.TreeMap;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.fsw.tm.FrameSink;

/**
 * The in-process ground segment of a simulated run, as the flight software's {@link DownlinkPort}. Frames reach
 * the archive exactly once and in sequence order per stream: a copy already received is discarded, and a frame
 * ahead of a gap waits until the gap is filled (a replay after an outage) or the run ends. In a batch run it also
 * plays the ground's part of store-and-forward: {@link #acknowledge} confirms each stream up to its last
 * gapless frame, as a ground station does after archiving. The link can be taken down ({@link #setLinkUp}) for
 * outages. Optionally it forwards to a real transport first (a live run), in which case a frame counts as
 * received only once the transport took it.
 */
public final class GroundStation implements DownlinkPort {
    private final FrameSink archive;
    private final DownlinkPort transport;
    private final long[] contiguous;
    private final long[] acknowledged;
    private final TreeMap<Long, byte[]>[] waiting;
    /** Acknowledgement rounds a gap may last, by default, before the frames in it are declared lost. */
    public static final int GAP_GIVE_UP_ACKS = 6;
    private int giveUpRounds = GAP_GIVE_UP_ACKS;

    private final boolean[] seen;
    private final long[] stuckAt;
    private final int[] stuckRounds;
    private long declaredLost;
    private boolean joinMidStream;
    private boolean linkUp = true;
    private long received;
    private long duplicates;

    /**
     * @param streams   number of stream ids
     * @param archive   where frames go, once each, in order per stream
     * @param transport a real link the frames go through first, or null for an in-process ground
     */
    @SuppressWarnings("unchecked")
    public GroundStation(int streams, FrameSink archive, DownlinkPort transport) {
        this.archive = archive;
        this.transport = transport;
        this.contiguous = new long[streams];
        this.acknowledged = new long[streams];
        this.waiting = new TreeMap[streams];
        this.seen = new boolean[streams];
        this.stuckAt = new long[streams];
        java.util.Arrays.fill(stuckAt, Long.MIN_VALUE);
        this.stuckRounds = new int[streams];
        for (int s = 0; s < streams; s++) {
            contiguous[s] = -1;
            acknowledged[s] = -1;
            waiting[s] = new TreeMap<>();
        }
    }

    /**
     * For a ground that attaches to a satellite already running (the ops console): each stream starts at the first
     * frame received instead of at sequence 0; what came before is some other archive's concern.
     */
    public GroundStation joiningMidStream() {
        this.joinMidStream = true;
        return this;
    }

    /** Waits this many acknowledgement rounds before declaring a gap lost (a slow, lossy broker needs more). */
    public GroundStation givingUpAfter(int rounds) {
        this.giveUpRounds = rounds;
        return this;
    }

    private boolean replayArrived;

    /** Takes the link down (an outage: nothing reaches the ground) or brings it back. */
    public void setLinkUp(boolean up) {
        this.linkUp = up;
    }

    @Override
    public boolean up() {
        return linkUp && (transport == null || transport.up());
    }

    @Override
    public boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay) {
        if (!linkUp) {
            return false;
        }
        replayArrived |= replay;
        if (transport != null && !transport.offer(stream, sequence, frame, replay)) {
            return false;
        }
        received++;
        if (joinMidStream && !seen[stream]) {
            contiguous[stream] = sequence - 1;
        }
        seen[stream] = true;
        if (sequence <= contiguous[stream] || waiting[stream].containsKey(sequence)) {
            duplicates++;
            return true;
        }
        if (sequence != contiguous[stream] + 1) {
            byte[] copy = new byte[frame.remaining()];
            frame.duplicate().get(copy);
            waiting[stream].put(sequence, copy);
            return true;
        }
        archive.accept(stream, sequence, frame);
        contiguous[stream] = sequence;
        releaseWaiting(stream);
        return true;
    }

    private void releaseWaiting(int stream) {
        TreeMap<Long, byte[]> held = waiting[stream];
        while (!held.isEmpty() && held.firstKey() == contiguous[stream] + 1) {
            long sequence = held.firstKey();
            archive.accept(stream, sequence, ByteBuffer.wrap(held.remove(sequence)));
            contiguous[stream] = sequence;
        }
    }

    /** An acknowledgement the ground sends: the stream is complete up to {@code upTo}. */
    @FunctionalInterface
    public interface Acknowledger {
        void acknowledge(int stream, long upTo);
    }

    /**
     * Acknowledges every stream up to its last gapless frame, as the ground's {@code AcknowledgeTelemetry} does:
     * streams with something new, and streams with frames waiting behind a gap (telling the satellite again what is
     * missing, so it goes back); only while the link is up.
     *
     * @return acknowledgements sent
     */
    public int acknowledge(Acknowledger to) {
        if (!linkUp) {
            return 0;
        }
        int sent = 0;
        boolean replaying = replayArrived;
        replayArrived = false;
        for (int s = 0; s < contiguous.length; s++) {
            if (!replaying) {
                giveUpOnAStuckGap(s); // while the satellite still replays its backlog, a gap may yet be filled
            }
            if (contiguous[s] >= 0 && (contiguous[s] > acknowledged[s] || !waiting[s].isEmpty())) {
                to.acknowledge(s, contiguous[s]);
                acknowledged[s] = contiguous[s];
                sent++;
            }
        }
        return sent;
    }

    /**
     * A gap that outlasts {@link #GAP_GIVE_UP_ACKS} (or {@link #givingUpAfter}) acknowledgement rounds, each of which
     * sent the satellite back, is a loss (frames overwritten on board before they could be sent, or never
     * recordable): the frames waiting behind it are released and the missing ones counted, so the stream does not
     * stall for good. Rounds in which replayed frames still arrived do not count: after an outage the satellite
     * sends new frames live while it replays the backlog, and the replay may yet fill the gap.
     */
    private void giveUpOnAStuckGap(int s) {
        if (waiting[s].isEmpty()) {
            stuckRounds[s] = 0;
            return;
        }
        if (contiguous[s] != stuckAt[s]) {
            stuckAt[s] = contiguous[s];
            stuckRounds[s] = 0;
            return;
        }
        if (++stuckRounds[s] < giveUpRounds) {
            return;
        }
        long first = waiting[s].firstKey();
        declaredLost += first - contiguous[s] - 1;
        contiguous[s] = first - 1;
        releaseWaiting(s);
        stuckRounds[s] = 0;
    }

    /** @return frames the ground gave up waiting for (a gap that never filled) */
    public long declaredLost() {
        return declaredLost;
    }

    /** Acknowledges straight into an in-process flight software's recorder (batch runs). */
    public void acknowledge(Downlink downlink, long nowNs) {
        acknowledge((stream, upTo) -> downlink.acknowledge(stream, upTo, nowNs));
    }

    /** End of run: frames still waiting behind a gap that never filled go to the archive in order. */
    public void flush() {
        for (int s = 0; s < waiting.length; s++) {
            for (var e : waiting[s].entrySet()) {
                archive.accept(s, e.getKey(), ByteBuffer.wrap(e.getValue()));
                contiguous[s] = e.getKey();
            }
            waiting[s].clear();
        }
    }

    /** @return the last sequence of a stream received with no gap before it, −1 if none */
    public long contiguous(int stream) {
        return contiguous[stream];
    }

    /** @return frames received, duplicates included */
    public long received() {
        return received;
    }

    /** @return copies of frames already received (replays of frames not yet acknowledged), discarded */
    public long duplicates() {
        return duplicates;
    }
}

package space.ocsat.fsw.downlink;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;
import space.ocsat.hal.platform.MassMemory;
import space.ocsat.hal.platform.StoreStatus;

/**
 * The recorder: telemetry frames kept in mass memory, one frame per block, until the ground acknowledges them.
 * Each block holds a sealed record (magic, stream, length, sequence, record number, CRC-32C, frame), so the index is
 * rebuilt by scanning the blocks at boot: nothing but the mass memory and the acknowledged floors is needed to
 * resume. When no block is free the oldest frame of a housekeeping stream is overwritten first; events and
 * acknowledgements go only when no housekeeping is left; the newest frame of a stream is never overwritten (it
 * anchors the stream's sequence across a reboot). A frame overwritten before it was sent is counted lost.
 * Allocation-free after boot; control thread only.
 */
public final class FrameRing {
    /** Record header bytes before the frame. */
    public static final int HEADER_BYTES = 28;
    private static final int MAGIC = 0x4F435246; // "OCRF"
    private static final byte FREE = 0;
    private static final byte UNSENT = 1;
    private static final byte SENT = 2;

    private final MassMemory memory;
    private final int blocks;
    private final int streams;
    private final boolean[] evictFirst;
    private final ByteBuffer record;
    private final CRC32C crc = new CRC32C();

    private final byte[] state;
    private final short[] blockStream;
    private final long[] blockSequence;
    private final long[] blockRecord;
    private final long[] sentAtNs;
    private final int[] free;
    private int freeCount;

    /** Per stream: block ids in sequence order, circular. */
    private final int[][] queue;
    private final int[] head;
    private final int[] size;
    /** Per stream: offset from head below which every entry is SENT. */
    private final int[] sentPrefix;
    private final long[] newestSequence;
    private final long[] lostUnsent;
    private long nextRecord;
    private long tooLarge;

    /**
     * @param memory     the mass memory (blocks of at least {@link #HEADER_BYTES} + the largest frame)
     * @param streams    number of stream ids
     * @param evictFirst per stream: true for streams overwritten first when full (housekeeping)
     */
    public FrameRing(MassMemory memory, int streams, boolean[] evictFirst) {
        if (memory.blockBytes() - HEADER_BYTES > 0xFFFF || memory.blockBytes() <= HEADER_BYTES) {
            throw new IllegalArgumentException("recorder blocks must hold " + (HEADER_BYTES + 1) + ".."
                    + (HEADER_BYTES + 0xFFFF) + " bytes, got " + memory.blockBytes());
        }
        if (memory.blockCount() < 2 * streams) {
            throw new IllegalArgumentException("a recorder for " + streams + " streams needs at least "
                    + 2 * streams + " blocks, got " + memory.blockCount());
        }
        this.memory = memory;
        this.blocks = memory.blockCount();
        this.streams = streams;
        this.evictFirst = evictFirst.clone();
        this.record = ByteBuffer.allocate(memory.blockBytes());
        state = new byte[blocks];
        blockStream = new short[blocks];
        blockSequence = new long[blocks];
        blockRecord = new long[blocks];
        sentAtNs = new long[blocks];
        free = new int[blocks];
        queue = new int[streams][blocks];
        head = new int[streams];
        size = new int[streams];
        sentPrefix = new int[streams];
        newestSequence = new long[streams];
        lostUnsent = new long[streams];
        java.util.Arrays.fill(newestSequence, -1);
    }

    /** @return the largest frame a block holds, bytes */
    public int maxFrameBytes() {
        return memory.blockBytes() - HEADER_BYTES;
    }

    /**
     * Boot: rebuilds the index from the blocks. Frames at or below their stream's acknowledged floor are free.
     * Allocates; runs once before the first cycle.
     *
     * @param ackedUpTo per stream, the highest sequence the ground has acknowledged (−1 for none)
     */
    public void recover(long[] ackedUpTo) {
        List<List<Integer>> found = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            found.add(new ArrayList<>());
        }
        freeCount = 0;
        for (int b = blocks - 1; b >= 0; b--) {
            int stream = readValid(b);
            if (stream >= 0) {
                blockStream[b] = (short) stream;
                blockSequence[b] = record.getLong(8);
                blockRecord[b] = record.getLong(16);
            }
            if (stream >= 0 && blockSequence[b] > ackedUpTo[stream]) {
                found.get(stream).add(b);
                nextRecord = Math.max(nextRecord, blockRecord[b] + 1);
            } else {
                if (stream >= 0) {
                    newestSequence[stream] = Math.max(newestSequence[stream], blockSequence[b]);
                    nextRecord = Math.max(nextRecord, blockRecord[b] + 1);
                }
                state[b] = FREE;
                free[freeCount++] = b;
            }
        }
        for (int s = 0; s < streams; s++) {
            List<Integer> list = found.get(s);
            list.sort(Comparator.comparingLong((Integer b) -> blockSequence[b]).thenComparingLong(b -> blockRecord[b]));
            head[s] = 0;
            size[s] = 0;
            sentPrefix[s] = 0;
            long previous = Long.MIN_VALUE;
            for (int b : list) {
                if (blockSequence[b] == previous) { // a stale copy of the same frame: keep the newer record
                    int kept = queue[s][size[s] - 1];
                    int dropped = blockRecord[b] > blockRecord[kept] ? kept : b;
                    int keep = dropped == kept ? b : kept;
                    queue[s][size[s] - 1] = keep;
                    state[keep] = UNSENT;
                    state[dropped] = FREE;
                    free[freeCount++] = dropped;
                    continue;
                }
                previous = blockSequence[b];
                queue[s][size[s]++] = b;
                state[b] = UNSENT;
                newestSequence[s] = Math.max(newestSequence[s], blockSequence[b]);
            }
        }
    }

    /** Reads block b's header and checks its seal. @return its stream, or −1 if the block holds no valid record */
    private int readValid(int b) {
        record.clear();
        if (memory.read(b, record) != StoreStatus.OK) {
            return -1;
        }
        record.flip();
        if (record.getInt(0) != MAGIC) {
            return -1;
        }
        int stream = record.getShort(4) & 0xFFFF;
        int length = record.getShort(6) & 0xFFFF;
        if (stream >= streams || length > maxFrameBytes()) {
            return -1;
        }
        crc.reset();
        crc.update(record.array(), 0, 24);
        crc.update(record.array(), HEADER_BYTES, length);
        if ((int) crc.getValue() != record.getInt(24)) {
            return -1;
        }
        return stream;
    }

    /**
     * Records a frame, unsent. A frame larger than a block is recorded as a marker without its bytes (counted), so
     * its sequence number stays accounted for across a reboot; it can only go out live.
     *
     * @return the frame's block, or −1 if the mass memory refused the write
     */
    public int append(int stream, long sequence, ByteBuffer frame) {
        int length = frame.remaining();
        if (length > maxFrameBytes()) {
            tooLarge++;
            length = 0;
        }
        int b = freeCount > 0 ? free[--freeCount] : overwriteOldest();
        record.clear();
        record.putInt(MAGIC).putShort((short) stream).putShort((short) length).putLong(sequence).putLong(nextRecord);
        crc.reset();
        crc.update(record.array(), 0, 24);
        int start = frame.position();
        int limit = frame.limit();
        frame.limit(start + length);
        crc.update(frame);
        frame.position(start);
        record.putInt((int) crc.getValue());
        record.put(frame);
        frame.limit(limit).position(start);
        record.flip();
        if (memory.write(b, record) != StoreStatus.OK) {
            state[b] = FREE;
            free[freeCount++] = b;
            return -1;
        }
        blockStream[b] = (short) stream;
        blockSequence[b] = sequence;
        blockRecord[b] = nextRecord++;
        state[b] = UNSENT;
        int[] q = queue[stream];
        q[(head[stream] + size[stream]) % blocks] = b;
        size[stream]++;
        newestSequence[stream] = Math.max(newestSequence[stream], sequence);
        return b;
    }

    /** Frees the oldest frame of the best victim stream and returns its block. */
    private int overwriteOldest() {
        int victim = oldestHead(true);
        if (victim < 0) {
            victim = oldestHead(false);
        }
        int b = popHead(victim);
        if (state[b] == UNSENT) {
            lostUnsent[victim]++;
        }
        state[b] = FREE;
        return b;
    }

    /** @return among streams of the class with at least two frames, the one whose oldest frame is oldest; −1 if none */
    private int oldestHead(boolean housekeeping) {
        int best = -1;
        long bestRecord = Long.MAX_VALUE;
        for (int s = 0; s < streams; s++) {
            if (evictFirst[s] == housekeeping && size[s] >= 2) {
                long r = blockRecord[queue[s][head[s]]];
                if (r < bestRecord) {
                    bestRecord = r;
                    best = s;
                }
            }
        }
        return best;
    }

    private int popHead(int stream) {
        int b = queue[stream][head[stream]];
        head[stream] = (head[stream] + 1) % blocks;
        size[stream]--;
        if (sentPrefix[stream] > 0) {
            sentPrefix[stream]--;
        }
        return b;
    }

    /**
     * The ground has every frame of the stream up to {@code upTo}: their blocks become free.
     *
     * @return frames released
     */
    public int acknowledge(int stream, long upTo) {
        int released = 0;
        while (size[stream] > 0 && blockSequence[queue[stream][head[stream]]] <= upTo) {
            int b = popHead(stream);
            state[b] = FREE;
            free[freeCount++] = b;
            released++;
        }
        return released;
    }

    /**
     * Marks every frame of a stream not yet acknowledged as unsent again (go-back-N), so it is replayed.
     *
     * @return frames marked
     */
    public int resend(int stream) {
        int[] q = queue[stream];
        int marked = 0;
        for (int i = 0; i < size[stream]; i++) {
            int b = q[(head[stream] + i) % blocks];
            if (state[b] == SENT) {
                state[b] = UNSENT;
                marked++;
            }
        }
        sentPrefix[stream] = 0;
        return marked;
    }

    /**
     * @return the block of the oldest unsent frame over all streams (in recording order), or −1 if all were sent
     */
    public int oldestUnsent() {
        int best = -1;
        long bestRecord = Long.MAX_VALUE;
        for (int s = 0; s < streams; s++) {
            int[] q = queue[s];
            while (sentPrefix[s] < size[s] && state[q[(head[s] + sentPrefix[s]) % blocks]] == SENT) {
                sentPrefix[s]++;
            }
            if (sentPrefix[s] < size[s]) {
                int b = q[(head[s] + sentPrefix[s]) % blocks];
                if (blockRecord[b] < bestRecord) {
                    bestRecord = blockRecord[b];
                    best = b;
                }
            }
        }
        return best;
    }

    /**
     * Reads a recorded frame into {@code frame} (cleared first; position 0, limit its length on return).
     *
     * @return true if the block still holds this frame's record intact (seal, stream, sequence); false for a marker
     *     of a frame too large to record, or a record damaged in the memory
     */
    public boolean read(int block, ByteBuffer frame) {
        int stream = readValid(block);
        int length = record.getShort(6) & 0xFFFF;
        if (stream != blockStream[block] || record.getLong(8) != blockSequence[block] || length == 0
                || length > frame.capacity()) {
            return false;
        }
        frame.clear();
        frame.put(0, record, HEADER_BYTES, length);
        frame.limit(length);
        return true;
    }

    /** Marks a frame sent at {@code nowNs}. */
    public void markSent(int block, long nowNs) {
        state[block] = SENT;
        sentAtNs[block] = nowNs;
    }

    /** @return when the oldest frame of a stream was last sent, or {@link Long#MAX_VALUE} if it is unsent or none */
    public long oldestSentAtNs(int stream) {
        if (size[stream] == 0) {
            return Long.MAX_VALUE;
        }
        int b = queue[stream][head[stream]];
        return state[b] == SENT ? sentAtNs[b] : Long.MAX_VALUE;
    }

    public int streamOf(int block) { return blockStream[block]; }
    public long sequenceOf(int block) { return blockSequence[block]; }
    /** @return newest sequence recorded for a stream since the memory was formatted, or −1 */
    public long newestSequence(int stream) { return newestSequence[stream]; }
    /** @return frames recorded and not yet acknowledged */
    public int backlog() { return blocks - freeCount; }
    /** @return frames overwritten before they were ever sent (lost), per stream */
    public long lostUnsent(int stream) { return lostUnsent[stream]; }
    /** @return frames too large for a block (sent live only) */
    public long tooLarge() { return tooLarge; }
}

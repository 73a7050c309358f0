package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded single-producer single-consumer queue of raw command buffers between the transport's I/O
 * thread (producer) and the control thread (consumer). Fixed slots allocated once; a full inbox refuses
 * the newest command and counts it, it never blocks either side.
 */
public final class CommandInbox {
    /** Largest command accepted, bytes; anything longer is refused as oversized. */
    public static final int MAX_COMMAND_BYTES = 2048;

    private final byte[][] slots;
    private final int[] lengths;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    /** @param capacity number of slots, a power of two */
    public CommandInbox(int capacity) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("inbox capacity must be a power of two, got " + capacity);
        }
        slots = new byte[capacity][MAX_COMMAND_BYTES + 1];
        lengths = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * Producer side. An oversized buffer is kept truncated to one byte more than the maximum, so the
     * adapter rejects it as FORMAT_ERROR with an acknowledgement instead of it vanishing.
     *
     * @return false if the inbox was full (the command is dropped and counted)
     */
    public boolean offer(byte[] data, int offset, int length) {
        long t = tail.get();
        if (t - head.get() > mask) {
            dropped.incrementAndGet();
            return false;
        }
        int i = (int) t & mask;
        int n = Math.min(length, MAX_COMMAND_BYTES + 1);
        System.arraycopy(data, offset, slots[i], 0, n);
        lengths[i] = n;
        tail.lazySet(t + 1);
        return true;
    }

    /**
     * Consumer side: copies the oldest command into dst (cleared first, then flipped).
     *
     * @return false if the inbox is empty
     */
    public boolean poll(ByteBuffer dst) {
        long h = head.get();
        if (h == tail.get()) {
            return false;
        }
        int i = (int) h & mask;
        dst.clear();
        dst.put(slots[i], 0, lengths[i]);
        dst.flip();
        head.lazySet(h + 1);
        return true;
    }

    /** @return commands refused because the inbox was full */
    public long dropped() {
        return dropped.get();
    }
}

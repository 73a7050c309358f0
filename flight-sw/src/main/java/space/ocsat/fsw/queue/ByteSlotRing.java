package space.ocsat.fsw.queue;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded single-producer single-consumer queue of byte messages with a tag, in fixed slots allocated
 * once: the bridge between the control thread and an I/O thread. A full ring refuses the newest message
 * and counts it; neither side ever blocks or allocates. Messages longer than a slot are kept truncated to
 * the slot size plus one byte, so the consumer can tell they were oversized.
 */
public final class ByteSlotRing {
    private final byte[][] slots;
    private final int[] lengths;
    private final long[] tags;
    private final int mask;
    private final int maxBytes;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param capacity number of slots, a power of two
     * @param maxBytes largest message kept whole, bytes
     */
    public ByteSlotRing(int capacity, int maxBytes) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two, got " + capacity);
        }
        slots = new byte[capacity][maxBytes + 1];
        lengths = new int[capacity];
        tags = new long[capacity];
        mask = capacity - 1;
        this.maxBytes = maxBytes;
    }

    /** Producer: copies {@code length} bytes. @return false (dropped and counted) if the ring is full */
    public boolean offer(long tag, byte[] data, int offset, int length) {
        long t = tail.get();
        if (t - head.get() > mask) {
            dropped.incrementAndGet();
            return false;
        }
        int i = (int) t & mask;
        int n = Math.min(length, maxBytes + 1);
        System.arraycopy(data, offset, slots[i], 0, n);
        lengths[i] = n;
        tags[i] = tag;
        tail.lazySet(t + 1);
        return true;
    }

    /** Producer: copies src's remaining bytes (src is not moved). @return false if full */
    public boolean offer(long tag, ByteBuffer src) {
        long t = tail.get();
        if (t - head.get() > mask) {
            dropped.incrementAndGet();
            return false;
        }
        int i = (int) t & mask;
        int n = Math.min(src.remaining(), maxBytes + 1);
        src.get(src.position(), slots[i], 0, n);
        lengths[i] = n;
        tags[i] = tag;
        tail.lazySet(t + 1);
        return true;
    }

    /**
     * Consumer: copies the oldest message into dst (cleared, filled, flipped).
     *
     * @return the message's tag, or −1 if the ring is empty
     */
    public long poll(ByteBuffer dst) {
        long h = head.get();
        if (h == tail.get()) {
            return -1;
        }
        int i = (int) h & mask;
        dst.clear();
        dst.put(slots[i], 0, lengths[i]);
        dst.flip();
        long tag = tags[i];
        head.lazySet(h + 1);
        return tag;
    }

    /** @return messages waiting */
    public int size() {
        return (int) (tail.get() - head.get());
    }

    /** @return messages refused because the ring was full */
    public long dropped() {
        return dropped.get();
    }

    /** @return the largest message kept whole, bytes */
    public int maxBytes() {
        return maxBytes;
    }
}

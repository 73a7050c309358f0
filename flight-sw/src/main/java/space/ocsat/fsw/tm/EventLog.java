package space.ocsat.fsw.tm;

/**
 * Fixed-capacity ring of events in primitive columns. The control thread publishes; a reader on the same
 * thread (telemetry, the simulator's recorder) drains by sequence number. When the ring laps an unread
 * event, the loss is counted ({@link #overwritten()}), never hidden. Allocation-free.
 */
public final class EventLog {
    private final int mask;
    private final long[] timeNs;
    private final EventId[] ids;
    private final long[] argA;
    private final long[] argB;
    private final double[] values;
    private long published;
    private long overwritten;
    private long readCursor;

    /** @param capacity ring size, a power of two */
    public EventLog(int capacity) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("event log capacity must be a power of two, got " + capacity);
        }
        mask = capacity - 1;
        timeNs = new long[capacity];
        ids = new EventId[capacity];
        argA = new long[capacity];
        argB = new long[capacity];
        values = new double[capacity];
    }

    /** Publishes an event. @return its sequence number (0-based, gapless) */
    public long publish(long nowNs, EventId id, long a, long b, double value) {
        long seq = published++;
        int i = (int) seq & mask;
        timeNs[i] = nowNs;
        ids[i] = id;
        argA[i] = a;
        argB[i] = b;
        values[i] = value;
        if (seq - readCursor > mask) {
            overwritten++;
            readCursor = seq - mask;
        }
        return seq;
    }

    /** @return number of events published since start */
    public long published() { return published; }

    /** @return events lost because the ring lapped the reader */
    public long overwritten() { return overwritten; }

    /** @return next sequence number the reader has not consumed */
    public long readCursor() { return readCursor; }

    /** Marks every event up to {@code seq} (exclusive) as consumed. */
    public void consumeTo(long seq) {
        if (seq > readCursor && seq <= published) {
            readCursor = seq;
        }
    }

    /** @return true if the event with this sequence number is still in the ring */
    public boolean available(long seq) {
        return seq >= 0 && seq < published && published - seq <= mask + 1;
    }

    public long timeNs(long seq) { return timeNs[(int) seq & mask]; }

    public EventId id(long seq) { return ids[(int) seq & mask]; }

    public long argA(long seq) { return argA[(int) seq & mask]; }

    public long argB(long seq) { return argB[(int) seq & mask]; }

    public double value(long seq) { return values[(int) seq & mask]; }
}

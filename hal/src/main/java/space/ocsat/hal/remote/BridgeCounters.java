package space.ocsat.hal.remote;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One end's {@link BridgeCounter}s: incremented by the control and I/O threads without allocation, read by anyone.
 */
public final class BridgeCounters {
    private static final BridgeCounter[] ALL = BridgeCounter.values();
    private final AtomicLongArray values = new AtomicLongArray(ALL.length);

    /** Adds one. */
    public void increment(BridgeCounter counter) {
        values.incrementAndGet(counter.ordinal());
    }

    /** Adds {@code n}. */
    public void add(BridgeCounter counter, long n) {
        values.addAndGet(counter.ordinal(), n);
    }

    /** @return the counter's value */
    public long get(BridgeCounter counter) {
        return values.get(counter.ordinal());
    }

    /** @return frames rejected for any reason */
    public long rejected() {
        return get(BridgeCounter.REJECTED_MALFORMED) + get(BridgeCounter.REJECTED_VERSION)
                + get(BridgeCounter.REJECTED_SATELLITE) + get(BridgeCounter.REJECTED_UNEXPECTED);
    }

    /** @return every counter as {@code label=value}, comma separated (for logs and reports; allocates) */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (BridgeCounter c : ALL) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(c.label()).append('=').append(get(c));
        }
        return s.toString();
    }
}

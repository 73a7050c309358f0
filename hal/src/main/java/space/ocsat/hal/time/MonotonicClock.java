package space.ocsat.hal.time;

/** {@link Clock} on the processor's monotonic counter ({@link System#nanoTime()}): real hardware and rigs. */
public final class MonotonicClock implements Clock {
    private final long originNs = System.nanoTime();

    @Override
    public long nowNs() {
        return System.nanoTime() - originNs;
    }
}

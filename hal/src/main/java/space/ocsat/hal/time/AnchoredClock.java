package space.ocsat.hal.time;

/**
 * Mission time carried on from a known instant by the processor's monotonic counter: {@code anchorNs} at the moment
 * of {@link System#nanoTime()} {@code wallAnchorNs}, then advancing {@code rate} mission nanoseconds per wall
 * nanosecond (1 = real time). A flight software on a HIL rig in real time anchors it to the simulator's time.
 */
public final class AnchoredClock implements Clock {
    private final long anchorNs;
    private final long wallAnchorNs;
    private final double rate;

    public AnchoredClock(long anchorNs, long wallAnchorNs, double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("clock rate must be positive, got " + rate);
        }
        this.anchorNs = anchorNs;
        this.wallAnchorNs = wallAnchorNs;
        this.rate = rate;
    }

    @Override
    public long nowNs() {
        long wall = System.nanoTime() - wallAnchorNs;
        return anchorNs + (rate == 1.0 ? wall : (long) (wall * rate));
    }

    /** @return mission nanoseconds per wall nanosecond */
    public double rate() {
        return rate;
    }
}

package space.ocsat.hal.time;

/**
 * A mission clock that is anchored once, after it is handed out: a HIL rig's flight software builds its HAL before
 * the sensor frames tell it the simulated time, then anchors the clock to it ({@link #anchor}). Until then it reads
 * what it was told to {@link #hold} (0 at first).
 */
public final class RigClock implements Clock {
    private volatile AnchoredClock anchored;
    private volatile long heldNs;

    /** Reads {@code timeNs} until anchored (the time of a frame taken before the real-time clock runs). */
    public void hold(long timeNs) {
        heldNs = timeNs;
    }

    /** Anchors the clock: see {@link AnchoredClock}. */
    public void anchor(long anchorNs, long wallAnchorNs, double rate) {
        anchored = new AnchoredClock(anchorNs, wallAnchorNs, rate);
    }

    @Override
    public long nowNs() {
        AnchoredClock c = anchored;
        return c == null ? heldNs : c.nowNs();
    }
}

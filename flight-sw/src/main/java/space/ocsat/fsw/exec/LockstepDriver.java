package space.ocsat.fsw.exec;

/**
 * Drives the executive from outside: the simulator (or a test) advances time and calls {@link #step}.
 * Deterministic and as fast as the caller steps; simulated time never slips.
 */
public final class LockstepDriver {
    private final Executive executive;
    private long lastNowNs = Long.MIN_VALUE;

    public LockstepDriver(Executive executive) {
        this.executive = executive;
    }

    /**
     * Runs one cycle at the given simulated time.
     *
     * @param nowNs simulated mission time, ns; must increase from step to step
     * @throws IllegalArgumentException if time does not advance
     */
    public void step(long nowNs) {
        if (nowNs <= lastNowNs) {
            throw new IllegalArgumentException("lockstep time must advance: " + nowNs + " after " + lastNowNs);
        }
        lastNowNs = nowNs;
        executive.runCycle(nowNs);
    }
}

package space.ocsat.sim.model;

import space.ocsat.hal.time.Clock;

/** Simulated mission time, stepped by the simulation (Yamcs SimulationTimeService style). */
public final class SimClock implements Clock {
    private long nowNs;

    @Override
    public long nowNs() {
        return nowNs;
    }

    /** Sets the simulated time; it never goes backwards. */
    public void set(long timeNs) {
        if (timeNs < nowNs) {
            throw new IllegalArgumentException("simulated time cannot go back: " + timeNs + " < " + nowNs);
        }
        nowNs = timeNs;
    }
}

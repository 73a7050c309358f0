package space.ocsat.sim.model;

import space.ocsat.hal.platform.Watchdog;
import space.ocsat.hal.time.Clock;

/** Watchdog on simulated time: counts every timeout that passes without a kick. */
public final class SimWatchdog implements Watchdog {
    private final Clock clock;
    private final long timeoutNs;
    private long lastKickNs;
    private long expirations;
    private long kicks;

    public SimWatchdog(Clock clock, long timeoutNs) {
        this.clock = clock;
        this.timeoutNs = timeoutNs;
    }

    @Override
    public void kick() {
        lastKickNs = clock.nowNs();
        kicks++;
    }

    @Override
    public long timeoutNs() {
        return timeoutNs;
    }

    /** Checks for expiry at the current simulated time. @return true if it fired now */
    public boolean check() {
        if (clock.nowNs() - lastKickNs > timeoutNs) {
            expirations++;
            lastKickNs = clock.nowNs();
            return true;
        }
        return false;
    }

    private boolean causedReset;

    /** The processor was reset (by this watchdog, or a reset the simulator stands in for): the reset-cause register. */
    public void markReset() {
        causedReset = true;
    }

    @Override
    public boolean causedLastReset() {
        return causedReset;
    }

    /** @return number of times the watchdog fired */
    public long expirations() { return expirations; }

    /** @return number of kicks received */
    public long kicks() { return kicks; }
}

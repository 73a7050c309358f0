package space.ocsat.fsw.thermal;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The thermal cap on compute: as the voted coolant outlet or the hottest radiator zone enters the band
 * below its limit, a factor falls linearly from 1 to 0, and the per-GPU thermal cap with it from the
 * GPU's maximum to its minimum cap. A proportional law: the loop settles inside the band, below the
 * limit. Derating start and end are events (the end with 1 K of hysteresis). Lost sensors: the last good
 * values stand for 10 s, then the cap drops to the minimum. Runs at 10 Hz.
 */
public final class ThermalCap implements CycleTask {
    /** Derating is reported ended only once the headroom exceeds the band by this much, K. */
    private static final double END_HYSTERESIS_K = 1.0;
    /** Sensors out this long (or never seen) and the cap goes to its minimum, ns. */
    private static final long STALE_NS = 10_000_000_000L;

    private final ThermalEstimate estimate;
    private final EventLog events;
    private double coolantMaxK;
    private double radiatorMaxK;
    private final double bandK;
    private final double minCapW;
    private final double maxCapW;
    private double factor = 1;
    private boolean derating;
    private boolean overLimit;
    private long coolantSeenNs = Long.MIN_VALUE;
    private long radiatorSeenNs = Long.MIN_VALUE;

    /**
     * @param minCapW lowest settable GPU cap, W
     * @param maxCapW highest settable GPU cap, W
     */
    public ThermalCap(ThermalEstimate estimate, EventLog events, FswConfig config, double minCapW, double maxCapW) {
        this.estimate = estimate;
        this.events = events;
        this.coolantMaxK = config.coolantOutletMaxK;
        this.radiatorMaxK = config.radiatorMaxK;
        this.bandK = config.thermalBandK;
        this.minCapW = minCapW;
        this.maxCapW = maxCapW;
    }

    @Override
    public void run(long nowNs) {
        if (estimate.coolantValid()) {
            coolantSeenNs = nowNs;
        }
        if (estimate.radiatorValid()) {
            radiatorSeenNs = nowNs;
        }
        if (stale(coolantSeenNs, nowNs) || stale(radiatorSeenNs, nowNs)) {
            factor = 0;
            overLimit = false;
        } else {
            double headroomK = Math.min(coolantMaxK - estimate.coolantOutletK(), radiatorMaxK - estimate.radiatorMaxK());
            overLimit = headroomK < 0;
            factor = Math.max(0, Math.min(1, headroomK / bandK));
            if (!derating && headroomK < bandK) {
                derating = true;
                events.publish(nowNs, EventId.THERMAL_DERATE, 0, 1, factor);
            } else if (derating && headroomK > bandK + END_HYSTERESIS_K) {
                derating = false;
                events.publish(nowNs, EventId.THERMAL_DERATE, 0, 0, factor);
            }
        }
    }

    /** Uses the estimate's last good values; without any for {@link #STALE_NS}, the safe answer. */
    private static boolean stale(long seenNs, long nowNs) {
        return seenNs == Long.MIN_VALUE || nowNs - seenNs > STALE_NS;
    }

    /** Retunes the limits (command path), K. */
    public void setLimits(double newCoolantMaxK, double newRadiatorMaxK) {
        coolantMaxK = newCoolantMaxK;
        radiatorMaxK = newRadiatorMaxK;
    }

    /** @return thermal factor 0..1 */
    public double factor() {
        return factor;
    }

    /** @return the thermal cap per GPU, W */
    public double capW() {
        return minCapW + factor * (maxCapW - minCapW);
    }

    /** @return true while the coolant or a radiator zone is over its limit (caps are then at their minimum) */
    public boolean overLimit() {
        return overLimit;
    }

    /** @return true while the factor is below 1 */
    public boolean derating() {
        return derating;
    }
}

package space.ocsat.fsw.thermal;

import space.ocsat.fsw.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The thermal cap on compute: as the voted coolant outlet or the hottest radiator zone enters the band
 * below its limit, a factor falls linearly from 1 to 0, and the per-GPU thermal cap with it from the
 * GPU's maximum to its minimum cap. A proportional law: the loop settles inside the band, below the
 * limit. Derating start and end are events. Runs at 10 Hz.
 */
public final class ThermalCap implements CycleTask {
    private static final double DERATE_BEGIN = 0.98;

    private final ThermalEstimate estimate;
    private final EventLog events;
    private final double coolantMaxK;
    private final double radiatorMaxK;
    private final double bandK;
    private final double minCapW;
    private final double maxCapW;
    private double factor = 1;
    private boolean derating;

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
        double f = 1;
        if (estimate.coolantValid()) {
            f = Math.min(f, margin(estimate.coolantOutletK(), coolantMaxK, bandK));
        }
        if (estimate.radiatorValid()) {
            f = Math.min(f, margin(estimate.radiatorMaxK(), radiatorMaxK, bandK));
        }
        factor = f;
        if (!derating && f < DERATE_BEGIN) {
            derating = true;
            events.publish(nowNs, EventId.THERMAL_DERATE, 0, 1, f);
        } else if (derating && f >= 1) {
            derating = false;
            events.publish(nowNs, EventId.THERMAL_DERATE, 0, 0, f);
        }
    }

    /** @return 1 below the band, 0 at or above the limit, linear between */
    static double margin(double tempK, double limitK, double bandK) {
        return Math.max(0, Math.min(1, (limitK - tempK) / bandK));
    }

    /** @return thermal factor 0..1 */
    public double factor() {
        return factor;
    }

    /** @return the thermal cap per GPU, W */
    public double capW() {
        return minCapW + factor * (maxCapW - minCapW);
    }

    /** @return true while the factor is below 1 */
    public boolean derating() {
        return derating;
    }
}

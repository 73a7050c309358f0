package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.orbit.EclipseForecast;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The power compute may draw now, planned so that the battery leaves the next eclipse at its floor plus a margin
 * and not lower. Runs at 1 Hz after the SoC estimate and the eclipse prediction; each second is a fresh plan over
 * what remains, so any surprise (a heater, a late exit, a faded cell) is absorbed by the seconds still to come.
 *
 * <p><b>In the umbra</b> (predicted, or the array giving less than the essential loads): the energy above the exit
 * target, ∫OCV ds × capacity × cells from the target to the estimated SoC, less the I²R loss at that current, is
 * spread evenly over the time to the predicted exit, and the essential loads (bus load minus GPUs, filtered) come
 * off first. Even spending gives the least resistive loss for the energy. Without a prediction (navigation lost)
 * the longest eclipse this orbit can have ({@link FswConfig#maxEclipseS}) is assumed from the moment the array went
 * dark.
 *
 * <p><b>In sunlight</b>: what the array can give (the strings' output, measured before the shunt) minus the essential loads minus the
 * charge power that fills the battery by the predicted umbra entry (never more than the charge limit, at least
 * that which reaches the target in the time left). Sunlit compute uses the array directly, which costs no
 * battery round trip; the battery is filled for the eclipse, where it is the only source.
 *
 * <p>Outputs: {@link #computeBudgetW()}, and {@link #affordableGpus(int)}, how many GPUs the budget runs at no
 * less than their minimum cap, with a restore hysteresis. The reactive floor in {@link LoadShedder} stays as the
 * backstop if the plan is wrong.
 */
public final class EnergyPlan implements CycleTask, ComputeBudget {
    private static final double NS_PER_S = 1e9;
    /** Weight of each 1 Hz sample in the essential-load filter (τ ≈ 30 s). */
    private static final double ESSENTIAL_GAIN = 1.0 / 30;
    /** Shortest horizon the eclipse energy is spread over, s. */
    private static final double END_HORIZON_S = 30;

    private final SensorFrame f;
    private final SocEstimator soc;
    private final EclipseForecast eclipse;
    private final EventLog events;
    private final OcvCurve ocv;
    private final double packResistanceOhm;
    private final double gpuMinCapW;
    private final double maxEclipseS;
    private final double socChargeTarget;
    private final double restoreHysteresisW;
    private double exitTargetSoc;
    private double chargeLimitA;
    private double essentialW = Double.NaN;
    private double budgetW;
    private boolean dark;
    private long darkSinceNs;
    private long exitNs = Long.MAX_VALUE;
    private boolean exitNear;

    /** @param gpuMinCapW the lowest cap a running GPU can be held at, W */
    public EnergyPlan(SensorFrame frame, SocEstimator soc, EclipseForecast eclipse, EventLog events,
                      FswConfig config, double gpuMinCapW) {
        this.f = frame;
        this.soc = soc;
        this.eclipse = eclipse;
        this.events = events;
        this.ocv = new OcvCurve(config.cellOcvV);
        this.packResistanceOhm = config.packResistanceOhm;
        this.gpuMinCapW = gpuMinCapW;
        this.maxEclipseS = config.maxEclipseS;
        this.socChargeTarget = config.socChargeTarget;
        this.restoreHysteresisW = config.gpuRestoreHysteresisW;
        this.chargeLimitA = config.chargeLimitA;
        setExitFloor(config.socShedFloor, config.planMarginSoc);
    }

    @Override
    public void run(long nowNs) {
        exitNear = false;
        if (!soc.initialised() || !f.batteryOk) {
            budgetW = 0;
            return;
        }
        double loadW = f.busVoltageV * f.loadCurrentA;
        double sample = loadW - f.gpuPowerTotalW();
        if (sample >= 0) {
            essentialW = Double.isNaN(essentialW) ? sample : essentialW + ESSENTIAL_GAIN * (sample - essentialW);
        }
        if (Double.isNaN(essentialW)) {
            budgetW = 0;
            return;
        }
        // the string sensors sit before the shunt: their sum is what the array can give
        double arrayW = f.solarPowerW;
        boolean predicted = predictedUmbra(nowNs);
        boolean umbra = predicted || arrayW < essentialW;
        if (umbra && !dark) {
            dark = true;
            darkSinceNs = nowNs;
            exitNs = predicted || nearPredictedEntry(nowNs) ? eclipse.nextExitNs()
                    : nowNs + (long) (maxEclipseS * NS_PER_S);
            budgetW = eclipseBudgetW(nowNs);
            events.publish(nowNs, EventId.ENERGY_PLAN, (int) budgetW, (int) Math.round(exitTargetSoc * 1000),
                    (exitNs - nowNs) / NS_PER_S);
        } else if (umbra) {
            if (predicted) {
                exitNs = eclipse.nextExitNs();
            }
            budgetW = eclipseBudgetW(nowNs);
            exitNear = predicted && exitNs - nowNs <= (long) (END_HORIZON_S * NS_PER_S);
        } else {
            dark = false;
            budgetW = Math.max(0, arrayW - essentialW - chargeNeedW(nowNs));
        }
        if (!(budgetW >= 0)) {
            budgetW = 0; // a non-finite sensor value: nothing for compute this second
        }
    }

    /** @return true if the last prediction puts this moment in the umbra */
    private boolean predictedUmbra(long nowNs) {
        return eclipse.valid() && nowNs - eclipse.nextExitNs() < 0
                && (eclipse.inUmbra() || nowNs - eclipse.nextEntryNs() >= 0);
    }

    /** @return true if the array went dark within a minute of the predicted entry (the penumbra comes first) */
    private boolean nearPredictedEntry(long nowNs) {
        return eclipse.valid() && eclipse.nextExitNs() != Long.MAX_VALUE
                && Math.abs(eclipse.nextEntryNs() - nowNs) < 60 * (long) NS_PER_S;
    }

    /** Spends the energy above the exit target evenly until the exit. */
    private double eclipseBudgetW(long nowNs) {
        // the last half minute spends at most what is left over half a minute: no spike on an early exit estimate
        double remainingS = Math.max(END_HORIZON_S, (exitNs - nowNs) / NS_PER_S);
        if (exitNs - nowNs < 0) {
            // past the predicted exit and still dark: the prediction was wrong; plan to the longest eclipse
            remainingS = Math.max(60, maxEclipseS - (nowNs - darkSinceNs) / NS_PER_S);
        }
        double aboveTargetJ = soc.capacityAh() * soc.cells() * ocv.energyWhPerAh(exitTargetSoc, soc.soc()) * 3600;
        if (aboveTargetJ <= 0) {
            return 0;
        }
        double batteryW = aboveTargetJ / remainingS;
        double currentA = batteryW / Math.max(1, f.batteryVoltageV);
        return Math.max(0, batteryW - currentA * currentA * packResistanceOhm - essentialW);
    }

    /** Charge power that fills the battery to its charge target by the next predicted umbra entry, W. */
    private double chargeNeedW(long nowNs) {
        double maxW = chargeLimitA * f.batteryVoltageV;
        if (!eclipse.valid() || eclipse.nextEntryNs() == Long.MAX_VALUE) {
            return maxW;
        }
        double neededJ = soc.capacityAh() * soc.cells() * ocv.energyWhPerAh(soc.soc(), socChargeTarget) * 3600;
        double untilEntryS = Math.max(60, (eclipse.nextEntryNs() - nowNs) / NS_PER_S);
        return Math.max(0, Math.min(maxW, neededJ / untilEntryS));
    }

    /** @return the power compute may draw now, W (0 before the first SoC estimate) */
    @Override
    public double computeBudgetW() {
        return budgetW;
    }

    /**
     * How many GPUs the budget holds at no less than their minimum cap: up to {@code current} if the budget still
     * covers them, more only with {@code restoreHysteresisW} to spare for each additional one. In the last
     * half minute before a predicted umbra exit, no fewer than run now.
     *
     * @param current GPUs energy allows now
     */
    @Override
    public int affordableGpus(int current) {
        int keep = (int) (budgetW / gpuMinCapW);
        if (exitNear) {
            // the sun is under half a minute away: GPUs at their minimum cap cost under 0.3 % of SoC till then,
            // switching them off costs their minimum off-time of compute in sunlight
            return Math.max(keep, current);
        }
        if (keep > current) {
            int more = (int) ((budgetW - restoreHysteresisW) / gpuMinCapW);
            return Math.max(current, more);
        }
        return keep;
    }

    /** @return filtered essential (non-compute) bus load, W */
    public double essentialW() {
        return Double.isNaN(essentialW) ? 0 : essentialW;
    }

    /** @return the SoC the plan leaves the eclipse at */
    public double exitTargetSoc() {
        return exitTargetSoc;
    }

    /** Sets the exit floor (parameter table) and the margin the plan keeps above it. */
    public void setExitFloor(double floorSoc, double marginSoc) {
        exitTargetSoc = floorSoc + marginSoc;
    }

    /** Changes the charge current limit (parameter table), A. */
    public void setChargeLimitA(double a) {
        chargeLimitA = a;
    }
}

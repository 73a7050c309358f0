package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Which GPUs energy allows, switched in priority order (lowest priority shed first, restored last), one per shed
 * interval, each GPU keeping its minimum on and off times. The target count is what the {@link ComputeBudget} (the energy plan)'s
 * budget affords at the GPUs' minimum cap, with its restore hysteresis. Below it sits the reactive backstop for a
 * wrong plan: while the estimated SoC is below the floor and the battery discharges, the ceiling drops by one GPU
 * per shed interval; it rises again by one per restore interval only when SoC is above the restore level and the
 * array has a surplus covering one more GPU at full cap. A budget short of the running GPUs sheds only once it has
 * persisted ({@link FswConfig#planShedPersistS}): the penumbra and a heater's cycle are ridden out on the battery.
 * Runs at 1 Hz, after the plan.
 */
public final class LoadShedder implements CycleTask {
    private static final double NS_PER_S = 1e9;
    /** Shed reason code in GPU_SHED events. */
    public static final int REASON_ENERGY = 1;
    /** Shed reason code: the loop stayed over its limit with every cap at its minimum. */
    public static final int REASON_THERMAL = 2;

    private final SensorFrame frame;
    private final SocEstimator soc;
    private final ComputeBudget plan;
    private final ThermalCap thermal;
    private final long thermalPersistNs;
    private long overSinceNs = Long.MAX_VALUE;
    private long lastThermalNs = Long.MIN_VALUE / 2;
    private int thermalCeiling;
    private final EventLog events;
    private final int[] shedOrder;
    private final boolean[] allowed;
    private final long[] changedAtNs;
    private double socFloor;
    private double socRestore;
    private final long shedIntervalNs;
    private final long restoreIntervalNs;
    private final long minOnNs;
    private final long minOffNs;
    private final double restoreSurplusW;
    private long lastShedNs = Long.MIN_VALUE / 2;
    private long lastRestoreNs = Long.MIN_VALUE / 2;
    private long lastCeilingNs = Long.MIN_VALUE / 2;
    private int ceiling;
    private final long planShortNs;
    private long shortSinceNs = Long.MAX_VALUE;

    /**
     * @param shedOrder GPU indices, first shed first (lowest priority first)
     * @param gpuMaxW   one GPU's power at full cap, W (sets the surplus needed to restore one)
     */
    public LoadShedder(SensorFrame frame, SocEstimator soc, ComputeBudget plan, ThermalCap thermal, EventLog events,
                       FswConfig config, int[] shedOrder, double gpuMaxW) {
        this.thermal = thermal;
        this.thermalPersistNs = (long) (config.thermalShedPersistS * NS_PER_S);
        this.frame = frame;
        this.soc = soc;
        this.plan = plan;
        this.events = events;
        this.shedOrder = shedOrder.clone();
        this.allowed = new boolean[frame.gpuCount()];
        java.util.Arrays.fill(allowed, true);
        this.changedAtNs = new long[frame.gpuCount()];
        java.util.Arrays.fill(changedAtNs, Long.MIN_VALUE / 2);
        this.socFloor = config.socShedFloor;
        this.socRestore = config.socRestoreLevel;
        this.shedIntervalNs = (long) (config.shedIntervalS * NS_PER_S);
        this.restoreIntervalNs = (long) (config.restoreIntervalS * NS_PER_S);
        this.minOnNs = (long) (config.gpuMinOnS * NS_PER_S);
        this.minOffNs = (long) (config.gpuMinOffS * NS_PER_S);
        this.restoreSurplusW = gpuMaxW + config.restoreMarginW;
        this.ceiling = allowed.length;
        this.thermalCeiling = allowed.length;
        this.planShortNs = (long) (config.planShedPersistS * NS_PER_S);
    }

    @Override
    public void run(long nowNs) {
        if (!soc.initialised()) {
            return;
        }
        double s = soc.soc();
        int now = allowedCount();
        boolean discharging = frame.batteryCurrentA < 0;
        if (s < socFloor && discharging && nowNs - lastCeilingNs >= shedIntervalNs) {
            ceiling = Math.max(0, Math.min(ceiling, now) - 1);
            lastCeilingNs = nowNs;
        } else if (ceiling < allowed.length && s >= socRestore && surplusW() >= restoreSurplusW
                && nowNs - lastCeilingNs >= restoreIntervalNs) {
            ceiling++;
            lastCeilingNs = nowNs;
        }
        int afford = plan.affordableGpus(now);
        if (afford >= now) {
            shortSinceNs = Long.MAX_VALUE;
        } else if (shortSinceNs == Long.MAX_VALUE) {
            shortSinceNs = nowNs;
        }
        if (afford < now && nowNs - shortSinceNs < planShortNs) {
            afford = now; // a budget dip shorter than the persistence (penumbra, a heater cycle) is ridden out
        }
        thermalLimit(nowNs, now);
        int target = Math.min(Math.min(afford, ceiling), Math.min(thermalCeiling, allowed.length));
        if (now > target && nowNs - lastShedNs >= shedIntervalNs) {
            shedNext(nowNs, s, now > thermalCeiling ? REASON_THERMAL : REASON_ENERGY);
        } else if (now < target && nowNs - lastRestoreNs >= shedIntervalNs) {
            restoreNext(nowNs, s);
        }
    }

    /** Power the bus could take without discharging: battery charge power plus what the shunt dumps, W. */
    private double surplusW() {
        return frame.batteryVoltageV * frame.batteryCurrentA + frame.busVoltageV * frame.shuntCurrentA;
    }

    /**
     * Heat: with every cap at its minimum and the loop still over its limit for the persistence, one GPU fewer per
     * shed interval; back one per restore interval once the loop is out of its derating band.
     */
    private void thermalLimit(long nowNs, int now) {
        if (thermal.overLimit()) {
            if (overSinceNs == Long.MAX_VALUE) {
                overSinceNs = nowNs;
            }
            if (nowNs - overSinceNs >= thermalPersistNs && nowNs - lastThermalNs >= shedIntervalNs) {
                thermalCeiling = Math.max(0, Math.min(thermalCeiling, now) - 1);
                lastThermalNs = nowNs;
            }
        } else {
            overSinceNs = Long.MAX_VALUE;
            if (thermalCeiling < allowed.length && !thermal.derating() && nowNs - lastThermalNs >= restoreIntervalNs) {
                thermalCeiling++;
                lastThermalNs = nowNs;
            }
        }
    }

    /** @return true while heat holds GPUs off: a protective cut, no drain */
    public boolean thermalShedding() {
        return thermalCeiling < allowed.length;
    }

    private void shedNext(long nowNs, double s, int reason) {
        for (int gpu : shedOrder) {
            if (allowed[gpu] && nowNs - changedAtNs[gpu] >= minOnNs) {
                allowed[gpu] = false;
                changedAtNs[gpu] = nowNs;
                lastShedNs = nowNs;
                events.publish(nowNs, EventId.GPU_SHED, gpu, reason, s);
                return;
            }
        }
    }

    private void restoreNext(long nowNs, double s) {
        for (int k = shedOrder.length - 1; k >= 0; k--) {
            int gpu = shedOrder[k];
            if (!allowed[gpu] && nowNs - changedAtNs[gpu] >= minOffNs) {
                allowed[gpu] = true;
                changedAtNs[gpu] = nowNs;
                lastRestoreNs = nowNs;
                events.publish(nowNs, EventId.GPU_RESTORED, gpu, 0, s);
                return;
            }
        }
    }

    /** @return true if energy allows this GPU to run */
    public boolean allowed(int gpu) {
        return allowed[gpu];
    }

    /** @return number of GPUs energy allows */
    public int allowedCount() {
        int n = 0;
        for (boolean a : allowed) {
            if (a) {
                n++;
            }
        }
        return n;
    }

    /** Changes the shed floor and the restore level (parameter table); the caller checks floor < restore. */
    public void setSocLevels(double shedFloor, double restoreLevel) {
        socFloor = shedFloor;
        socRestore = restoreLevel;
    }
}

package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Energy protection by GPU shedding in priority order. While the estimated SoC is below the floor and
 * the battery discharges, one GPU is shed per shed interval, lowest priority first. GPUs come back,
 * highest priority first, one per restore interval, only when SoC is above the restore level (hysteresis)
 * and the array has a surplus that covers one more GPU at full cap. Each GPU keeps its minimum on and
 * off times. Runs at 1 Hz. Its output: which GPUs energy allows ({@link #allowed(int)}).
 */
public final class LoadShedder implements CycleTask {
    private static final double NS_PER_S = 1e9;
    /** Shed reason code in GPU_SHED events. */
    public static final int REASON_ENERGY = 1;

    private final SensorFrame frame;
    private final SocEstimator soc;
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

    /**
     * @param shedOrder GPU indices, first shed first (lowest priority first)
     * @param gpuMaxW   one GPU's power at full cap, W (sets the surplus needed to restore one)
     */
    public LoadShedder(SensorFrame frame, SocEstimator soc, EventLog events, FswConfig config,
                       int[] shedOrder, double gpuMaxW) {
        this.frame = frame;
        this.soc = soc;
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
    }

    @Override
    public void run(long nowNs) {
        if (!soc.initialised()) {
            return;
        }
        double s = soc.soc();
        boolean discharging = frame.batteryCurrentA < 0;
        if (s < socFloor && discharging && nowNs - lastShedNs >= shedIntervalNs) {
            shedNext(nowNs, s);
        } else if (s >= socRestore && surplusW() >= restoreSurplusW && nowNs - lastRestoreNs >= restoreIntervalNs) {
            restoreNext(nowNs, s);
        }
    }

    /** Power the bus could take without discharging: battery charge power plus what the shunt dumps, W. */
    private double surplusW() {
        return frame.batteryVoltageV * frame.batteryCurrentA + frame.busVoltageV * frame.shuntCurrentA;
    }

    private void shedNext(long nowNs, double s) {
        for (int gpu : shedOrder) {
            if (allowed[gpu] && nowNs - changedAtNs[gpu] >= minOnNs) {
                allowed[gpu] = false;
                changedAtNs[gpu] = nowNs;
                lastShedNs = nowNs;
                events.publish(nowNs, EventId.GPU_SHED, gpu, REASON_ENERGY, s);
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

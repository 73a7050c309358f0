package space.ocsat.fsw.compute;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.power.ComputeBudget;
import space.ocsat.fsw.power.LoadShedder;
import space.ocsat.fsw.thermal.RadiatorRejection;
import space.ocsat.fsw.thermal.ThermalCap;

/**
 * Per-GPU power switch and cap. A GPU runs when the mode allows compute, energy allows it, FDIR has not
 * shed compute and it is not isolated. Before energy or a mode change switches a running GPU off, its host is asked
 * to checkpoint and drain; the switch opens when the host reports the GPU drained or after the drain timeout.
 * Protective cuts (SAFE, FDIR's compute shed, isolation) open it at once. Its cap is min(power share, thermal cap, die cap, commanded cap),
 * slewed at the rate limit. The power shares divide the budget — the lesser of the energy plan's and the radiators'
 * steady-state capacity at the coolant limit — among the running GPUs by water filling: a GPU held lower by heat, its die or the ground leaves its unused share to the others, except that a cut for heat or a mode change takes effect at once. The die cap
 * falls from maximum to minimum as the die crosses the band below the governor's die limit, so the GPU's
 * own firmware slowdown never triggers. Runs at 10 Hz.
 */
public final class GpuGovernor implements CycleTask {
    private static final double NS_PER_S = 1e9;
    /** Below this thermal factor a cut bypasses the rate limit (thermal emergency). */
    private static final double EMERGENCY_FACTOR = 0.25;
    private static final long NOT_DRAINING = Long.MIN_VALUE;

    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final ModeManager modes;
    private final LoadShedder energy;
    private final ComputeBudget plan;
    private final RadiatorRejection heat;
    private final double[] limitW;
    private final EventLog events;
    private final long[] drainSinceNs;
    private final long drainTimeoutNs;
    private double deliveredGpuS;
    private final ThermalCap thermal;
    private final double minCapW;
    private final double maxCapW;
    private double dieMaxK;
    private final double dieBandK;
    private double rateWPerS;
    private final double[] commandedCapW;
    private final boolean[] isolated;
    private final long[] cycleUntilNs;
    private boolean computeShed;
    private long lastNs = Long.MIN_VALUE;

    public GpuGovernor(SensorFrame frame, ActuatorFrame cmd, ModeManager modes, LoadShedder energy, ComputeBudget plan,
                       ThermalCap thermal, RadiatorRejection heat, EventLog events, FswConfig config, double minCapW, double maxCapW) {
        this.events = events;
        this.drainSinceNs = new long[frame.gpuCount()];
        java.util.Arrays.fill(drainSinceNs, NOT_DRAINING);
        this.drainTimeoutNs = (long) (config.gpuDrainTimeoutS * NS_PER_S);
        this.f = frame;
        this.cmd = cmd;
        this.modes = modes;
        this.energy = energy;
        this.plan = plan;
        this.heat = heat;
        this.limitW = new double[frame.gpuCount()];
        this.thermal = thermal;
        this.minCapW = minCapW;
        this.maxCapW = maxCapW;
        this.dieMaxK = config.gpuDieMaxK;
        this.dieBandK = config.gpuDieBandK;
        this.rateWPerS = config.capRateWPerS;
        this.commandedCapW = new double[frame.gpuCount()];
        java.util.Arrays.fill(commandedCapW, maxCapW);
        this.isolated = new boolean[frame.gpuCount()];
        this.cycleUntilNs = new long[frame.gpuCount()];
    }

    @Override
    public void run(long nowNs) {
        double dtS = lastNs == Long.MIN_VALUE ? 0 : (nowNs - lastNs) / NS_PER_S;
        lastNs = nowNs;
        boolean modeAllows = modes.mode().computeAllowed() && !computeShed;
        boolean emergency = thermal.factor() < EMERGENCY_FACTOR;
        double thermalCapW = thermal.capW();
        boolean protective = computeShed || modes.mode() == Mode.SAFE || energy.thermalShedding();
        int running = 0;
        for (int g = 0; g < cmd.gpuPowerOn.length; g++) {
            boolean cycling = nowNs < cycleUntilNs[g];
            boolean want = modeAllows && energy.allowed(g) && !isolated[g] && !cycling;
            boolean on = switchFor(g, want, protective || isolated[g] || cycling, nowNs);
            limitW[g] = Math.min(Math.min(maxCapW, thermalCapW), Math.min(dieCapW(g), commandedCapW[g]));
            running += on ? 1 : 0;
        }
        double budgetW = plan.computeBudgetW();
        if (heat.binding()) {
            budgetW = Math.min(budgetW, heat.capacityW());
        }
        double shareW = waterLevelW(budgetW, running);
        accumulateDelivered(dtS);
        for (int g = 0; g < cmd.gpuPowerOn.length; g++) {
            if (!cmd.gpuPowerOn[g]) {
                cmd.gpuCapW[g] = minCapW;
                continue;
            }
            double target = Math.min(limitW[g], shareW);
            if (!(target >= minCapW)) {
                target = minCapW; // also NaN from a bad reading: never a non-finite cap
            }
            double current = cmd.gpuCapW[g];
            double step = rateWPerS * dtS;
            if (target < current && (emergency || f.gpuTempK[g] > dieMaxK)) {
                cmd.gpuCapW[g] = target;
            } else {
                cmd.gpuCapW[g] = current + Math.max(-step, Math.min(step, target - current));
            }
        }
    }

    /**
     * The switch of one GPU: on while wanted; when no longer wanted, off at once for a protective cut, else after
     * its host drains it or the drain timeout passes.
     */
    private boolean switchFor(int g, boolean want, boolean protective, long nowNs) {
        boolean on = cmd.gpuPowerOn[g];
        if (want || !on || protective) {
            cmd.gpuPowerOn[g] = want;
            cmd.gpuDrain[g] = false;
            drainSinceNs[g] = NOT_DRAINING;
            return want;
        }
        if (drainSinceNs[g] == NOT_DRAINING) {
            drainSinceNs[g] = nowNs;
            cmd.gpuDrain[g] = true;
            return true;
        }
        boolean drained = f.gpuDrained[g];
        if (drained || nowNs - drainSinceNs[g] >= drainTimeoutNs) {
            events.publish(nowNs, EventId.GPU_DRAINED, g, drained ? 1 : 0, (nowNs - drainSinceNs[g]) / NS_PER_S);
            cmd.gpuPowerOn[g] = false;
            cmd.gpuDrain[g] = false;
            drainSinceNs[g] = NOT_DRAINING;
            return false;
        }
        return true;
    }

    /**
     * The share L with Σ min(limit, L) = budget over the running GPUs: each pass hands what the GPUs below the level
     * cannot use to the others (at most one pass per GPU; it stops as soon as the level no longer rises).
     */
    private double waterLevelW(double budgetW, int running) {
        if (running == 0) {
            return maxCapW;
        }
        double level = budgetW / running;
        for (int pass = 0; pass < running; pass++) {
            double held = 0;
            int free = 0;
            for (int g = 0; g < limitW.length; g++) {
                if (cmd.gpuPowerOn[g]) {
                    if (limitW[g] < level) {
                        held += limitW[g];
                    } else {
                        free++;
                    }
                }
            }
            if (free == 0) {
                return maxCapW;
            }
            double next = (budgetW - held) / free;
            if (next <= level) {
                return level;
            }
            level = next;
        }
        return level;
    }

    /** Compute delivered: GPU-seconds at full power, from the draw of GPUs doing work (not drained). */
    private void accumulateDelivered(double dtS) {
        double full = 0;
        for (int g = 0; g < f.gpuPowerW.length; g++) {
            if (f.gpuPowered[g] && f.gpuUtilization[g] > 0) {
                full += f.gpuPowerW[g] / maxCapW;
            }
        }
        deliveredGpuS += full * dtS;
    }

    /** @return compute delivered since boot, GPU-hours at full power */
    public double deliveredGpuHours() {
        return deliveredGpuS / 3600;
    }

    /** @return true while this GPU's host is draining it before a switch-off */
    public boolean draining(int gpu) {
        return drainSinceNs[gpu] != NOT_DRAINING;
    }

    private double dieCapW(int g) {
        if (!f.gpuOk[g] || !f.gpuPowered[g]) {
            return maxCapW;
        }
        double m = Math.max(0, Math.min(1, (dieMaxK - f.gpuTempK[g]) / dieBandK));
        return minCapW + m * (maxCapW - minCapW);
    }

    /** Ground-commanded cap for one GPU (clamped to the settable range), W. */
    public void commandCap(int gpu, double capW) {
        commandedCapW[gpu] = Math.max(minCapW, Math.min(maxCapW, capW));
    }

    /** Changes how fast caps may change outside emergencies (parameter table), W/s. */
    public void setCapRateWPerS(double wPerS) {
        rateWPerS = wPerS;
    }

    /** Retunes the die temperature at which caps reach their minimum (command path), K. */
    public void setDieMaxK(double k) {
        dieMaxK = k;
    }

    /** FDIR: switch all compute off (true) or allow it again (false). */
    public void setComputeShed(boolean shed) {
        computeShed = shed;
    }

    /** FDIR: switch a GPU off at once and keep it off until {@code untilNs} (a power cycle). */
    public void powerCycle(int gpu, long untilNs) {
        cycleUntilNs[gpu] = untilNs;
    }

    /** FDIR: isolate a GPU; it stays off until de-isolated. */
    public void setIsolated(int gpu, boolean value) {
        isolated[gpu] = value;
    }

    /** @return true if the GPU is isolated (by command or FDIR) */
    public boolean isolated(int gpu) {
        return isolated[gpu];
    }

    /** @return true while FDIR holds compute off */
    public boolean computeShed() {
        return computeShed;
    }

    /** @return number of GPUs commanded on */
    public int poweredCount() {
        int n = 0;
        for (boolean on : cmd.gpuPowerOn) {
            if (on) {
                n++;
            }
        }
        return n;
    }
}

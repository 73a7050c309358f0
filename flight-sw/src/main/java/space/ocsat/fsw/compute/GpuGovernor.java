package space.ocsat.fsw.compute;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.power.LoadShedder;
import space.ocsat.fsw.thermal.ThermalCap;

/**
 * Per-GPU power switch and cap. A GPU runs when the mode allows compute, energy allows it, FDIR has not
 * shed compute and it is not isolated. Its cap is min(power share, thermal cap, die cap, commanded cap),
 * slewed at the rate limit, except that a cut for heat or a mode change takes effect at once. The die cap
 * falls from maximum to minimum as the die crosses the band below the governor's die limit, so the GPU's
 * own firmware slowdown never triggers. Runs at 10 Hz.
 */
public final class GpuGovernor implements CycleTask {
    private static final double NS_PER_S = 1e9;
    /** Below this thermal factor a cut bypasses the rate limit (thermal emergency). */
    private static final double EMERGENCY_FACTOR = 0.25;

    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final ModeManager modes;
    private final LoadShedder energy;
    private final ThermalCap thermal;
    private final double minCapW;
    private final double maxCapW;
    private double dieMaxK;
    private final double dieBandK;
    private double rateWPerS;
    private final double[] commandedCapW;
    private final boolean[] isolated;
    private boolean computeShed;
    private long lastNs = Long.MIN_VALUE;

    public GpuGovernor(SensorFrame frame, ActuatorFrame cmd, ModeManager modes, LoadShedder energy,
                       ThermalCap thermal, FswConfig config, double minCapW, double maxCapW) {
        this.f = frame;
        this.cmd = cmd;
        this.modes = modes;
        this.energy = energy;
        this.thermal = thermal;
        this.minCapW = minCapW;
        this.maxCapW = maxCapW;
        this.dieMaxK = config.gpuDieMaxK;
        this.dieBandK = config.gpuDieBandK;
        this.rateWPerS = config.capRateWPerS;
        this.commandedCapW = new double[frame.gpuCount()];
        java.util.Arrays.fill(commandedCapW, maxCapW);
        this.isolated = new boolean[frame.gpuCount()];
    }

    @Override
    public void run(long nowNs) {
        double dtS = lastNs == Long.MIN_VALUE ? 0 : (nowNs - lastNs) / NS_PER_S;
        lastNs = nowNs;
        boolean modeAllows = modes.mode().computeAllowed() && !computeShed;
        boolean emergency = thermal.factor() < EMERGENCY_FACTOR;
        double thermalCapW = thermal.capW();
        for (int g = 0; g < cmd.gpuPowerOn.length; g++) {
            boolean on = modeAllows && energy.allowed(g) && !isolated[g];
            cmd.gpuPowerOn[g] = on;
            double target = Math.min(Math.min(maxCapW, thermalCapW), Math.min(dieCapW(g), commandedCapW[g]));
            target = Math.max(minCapW, target);
            if (!on) {
                cmd.gpuCapW[g] = minCapW;
                continue;
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

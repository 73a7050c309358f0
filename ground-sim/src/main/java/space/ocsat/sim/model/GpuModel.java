package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.compute.GpuModules;

/**
 * GPU modules (H100 class): draw = min(cap, idle + utilisation·(TDP − idle)), the utilisation set by the
 * workload ({@code gpuUtilization}, 1 by default: jobs always queued); the GPU's own firmware halves its power while the die is at or
 * above the slowdown temperature and shuts the GPU down at the shutdown temperature (latched until a
 * power cycle). A drain request makes the GPU's host checkpoint its jobs ({@code gpuCheckpointS}, drawing as
 * before) and then idle until the GPU is switched off or work resumes. Uncorrectable ECC errors arrive at a seeded Poisson rate. Die temperatures are nodes of
 * the {@link ThermalModel}.
 */
public final class GpuModel implements GpuModules {
    private final SatelliteConfig c;
    private final boolean[] powered;
    private final double[] capW;
    private final double[] powerW;
    private final boolean[] slowdown;
    private final boolean[] shutdown;
    private final long[] ecc;
    private final double[] faultExtraW;
    private final boolean[] draining;
    private final double[] checkpointLeftS;
    private final double[] measuredPowerW;
    private final double[] measuredTempK;
    private final Rng eccRng;
    private final SensorNoise powerNoise;
    private final SensorNoise tempNoise;
    private ThermalModel thermal;

    public GpuModel(SatelliteConfig config, long seed) {
        this.c = config;
        int n = config.gpus;
        powered = new boolean[n];
        capW = new double[n];
        java.util.Arrays.fill(capW, config.gpuMaxCapW);
        powerW = new double[n];
        slowdown = new boolean[n];
        shutdown = new boolean[n];
        ecc = new long[n];
        faultExtraW = new double[n];
        draining = new boolean[n];
        checkpointLeftS = new double[n];
        measuredPowerW = new double[n];
        measuredTempK = new double[n];
        eccRng = Rng.stream(seed, 31);
        powerNoise = new SensorNoise(Rng.stream(seed, 32), 1.0, 0.01);
        tempNoise = new SensorNoise(Rng.stream(seed, 33), 0.3, 1.0);
    }

    void attach(ThermalModel thermalModel) {
        this.thermal = thermalModel;
    }

    /**
     * Sets each GPU's draw from its switch, cap and die temperature (firmware throttling included).
     *
     * @param railOn the compute PDU channel: without it no GPU draws
     */
    public void updatePower(boolean railOn) {
        for (int g = 0; g < powered.length; g++) {
            double die = thermal.dieTempK(g);
            if (powered[g] && die >= c.gpuShutdownK) {
                shutdown[g] = true;
            }
            if (die >= c.gpuSlowdownK) {
                slowdown[g] = true;
            } else if (die < c.gpuSlowdownK - 1.0) {
                slowdown[g] = false;
            }
            if (!powered[g] || shutdown[g] || !railOn) {
                powerW[g] = 0;
                continue;
            }
            double demand = drained(g) ? c.gpuIdleW : c.gpuIdleW + c.gpuUtilization * (c.gpuMaxCapW - c.gpuIdleW);
            double draw = Math.min(capW[g], demand) + faultExtraW[g];
            powerW[g] = slowdown[g] ? draw * c.gpuSlowdownPowerFraction : draw;
        }
    }


    /**
     * Fault injection (scenarios): the board draws this much beyond what its cap allows — a failing regulator or a
     * short behind the cap's measurement — until set back to 0. A power cycle does not cure it.
     */
    public void setOvercurrentW(int g, double extraW) {
        faultExtraW[g] = extraW;
    }

    /** Once per simulated second: draws ECC upsets for running GPUs. */
    public void stepSecond() {
        for (int g = 0; g < powered.length; g++) {
            if (running(g) && eccRng.nextDouble() < c.gpuEccRatePerS) {
                ecc[g]++;
            }
            if (running(g) && draining[g] && checkpointLeftS[g] > 0) {
                checkpointLeftS[g] -= 1;
            }
        }
    }

    /** Draws this step's telemetry (as nvidia-smi would report it). */
    public void sample() {
        for (int g = 0; g < powered.length; g++) {
            measuredPowerW[g] = powered[g] ? Math.max(0, powerNoise.measure(powerW[g])) : 0;
            measuredTempK[g] = tempNoise.measure(thermal.dieTempK(g));
        }
    }

    private boolean drained(int g) {
        return draining[g] && checkpointLeftS[g] <= 0;
    }

    private boolean running(int g) {
        return powered[g] && !shutdown[g];
    }

    /** @return true draw per GPU, W (the live array; read-only by convention) */
    double[] powersW() { return powerW; }

    /** @return true draw of one GPU, W */
    public double powerTruthW(int g) { return powerW[g]; }

    /** @return total true GPU draw, W */
    public double totalPowerW() {
        double sum = 0;
        for (double p : powerW) {
            sum += p;
        }
        return sum;
    }

    /** @return true if the firmware is throttling this GPU */
    public boolean inSlowdown(int g) { return slowdown[g] && running(g); }

    @Override
    public int count() { return powered.length; }

    @Override
    public boolean isPowered(int gpu) { return powered[gpu]; }

    @Override
    public DeviceStatus setPowered(int gpu, boolean on) {
        if (gpu < 0 || gpu >= powered.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (!on) {
            shutdown[gpu] = false;
            draining[gpu] = false;
        }
        powered[gpu] = on;
        return DeviceStatus.OK;
    }

    @Override
    public double powerW(int gpu) { return measuredPowerW[gpu]; }

    @Override
    public double dieTempK(int gpu) { return measuredTempK[gpu]; }

    @Override
    public double utilization(int gpu) { return running(gpu) && !drained(gpu) ? c.gpuUtilization : 0.0; }

    @Override
    public DeviceStatus setDrain(int gpu, boolean drain) {
        if (gpu < 0 || gpu >= powered.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (!powered[gpu]) {
            return DeviceStatus.OFF;
        }
        if (drain && !draining[gpu]) {
            checkpointLeftS[gpu] = c.gpuCheckpointS;
        }
        draining[gpu] = drain;
        return DeviceStatus.OK;
    }

    @Override
    public boolean isDrained(int gpu) { return running(gpu) && drained(gpu); }

    @Override
    public double powerCapW(int gpu) { return capW[gpu]; }

    @Override
    public DeviceStatus setPowerCapW(int gpu, double cap) {
        if (gpu < 0 || gpu >= powered.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (!powered[gpu]) {
            return DeviceStatus.OFF;
        }
        if (!(cap >= c.gpuMinCapW && cap <= c.gpuMaxCapW)) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        capW[gpu] = cap;
        return DeviceStatus.OK;
    }

    @Override
    public double minCapW() { return c.gpuMinCapW; }

    @Override
    public double maxCapW() { return c.gpuMaxCapW; }

    @Override
    public long eccErrors(int gpu) { return ecc[gpu]; }

    @Override
    public boolean isHung(int gpu) { return false; }

    @Override
    public DeviceStatus status(int gpu) {
        if (gpu < 0 || gpu >= powered.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (!powered[gpu]) {
            return DeviceStatus.OFF;
        }
        return shutdown[gpu] ? DeviceStatus.FAILED : DeviceStatus.OK;
    }
}

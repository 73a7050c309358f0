package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.power.SolarArray;

/**
 * The solar array, string by string: P = S·A·η·packing·age·[1 + γ(T − Tref)]·cos θ·illumination
 * (DESIGN.md §6), strings split evenly over the drive wings. One lumped panel temperature node:
 * C·dT/dt = α·S·A·cos θ·illum − P_elec + Earth IR on the back − 2·ε·σ·A·T⁴.
 */
public final class SolarArrayModel implements SolarArray {
    private static final double SIGMA = 5.670374419e-8;
    /** View factor from the array's back face to the Earth (assumption: nadir-facing on average ~0.5 of a flat plate's 0.84 at 550 km). */
    private static final double BACK_EARTH_VIEW = 0.4;

    private final SatelliteConfig c;
    private final OrbitEnvironment env;
    private final AttitudeModel attitude;
    private final ArrayDriveModel drives;
    private final double[] availableW;
    private final double[] cosIncidence;
    private final double[] currentA;
    private final double[] voltageV;
    private final double[] measuredCurrentA;
    private final double[] measuredVoltageV;
    private final boolean[] open;
    private final SensorNoise currentNoise;
    private final SensorNoise voltageNoise;
    private final SensorNoise tempNoise;
    private final double totalAreaM2;
    private final double ageFactor;
    private double tempK;
    private double measuredTempK;
    private double availablePowerW;

    public SolarArrayModel(SatelliteConfig config, OrbitEnvironment env, AttitudeModel attitude,
                           ArrayDriveModel drives, long seed) {
        this.c = config;
        this.env = env;
        this.attitude = attitude;
        this.drives = drives;
        int n = config.arrayStrings;
        availableW = new double[n];
        cosIncidence = new double[n];
        currentA = new double[n];
        voltageV = new double[n];
        measuredCurrentA = new double[n];
        measuredVoltageV = new double[n];
        open = new boolean[n];
        currentNoise = new SensorNoise(Rng.stream(seed, 11), 0.05, 0.01);
        voltageNoise = new SensorNoise(Rng.stream(seed, 12), 0.1, 0.05);
        tempNoise = new SensorNoise(Rng.stream(seed, 13), 0.2, 0.1);
        totalAreaM2 = n * config.stringAreaM2;
        ageFactor = config.arrayAgeFactor();
        tempK = config.initialArrayK;
    }

    /** Power each string can deliver now (before any shunting), from the current geometry and temperature. */
    public void updateAvailable() {
        double flux = env.solarFluxWPerM2() * env.illumination();
        double tempFactor = 1 + c.arrayTempCoeffPerK * (tempK - c.arrayRefTempK);
        int perWing = Math.max(1, availableW.length / drives.count());
        double total = 0;
        for (int s = 0; s < availableW.length; s++) {
            int wing = Math.min(drives.count() - 1, s / perWing);
            double cos = drives.cosIncidence(wing, attitude.sunBody());
            cosIncidence[s] = cos;
            availableW[s] = open[s] ? 0 : flux * c.stringAreaM2 * c.cellEfficiency * c.arrayPackingFactor * ageFactor
                    * tempFactor * cos;
            total += availableW[s];
        }
        availablePowerW = total;
    }

    /**
     * Integrates the panel temperature and sets string currents for the operating bus voltage.
     *
     * @param busVoltageV bus voltage the strings deliver into, V
     * @param dtS         step, s
     */
    public void step(double busVoltageV, double dtS) {
        double flux = env.solarFluxWPerM2() * env.illumination();
        double absorbed = 0;
        for (int s = 0; s < availableW.length; s++) {
            absorbed += c.arrayAbsorptance * flux * c.stringAreaM2 * cosIncidence[s];
            double v = availableW[s] > 0 ? busVoltageV + 1.0 : 0;
            voltageV[s] = v;
            currentA[s] = v > 0 ? availableW[s] / v : 0;
        }
        double earthIr = c.arrayEmittance * c.earthIrWPerM2 * BACK_EARTH_VIEW * totalAreaM2;
        double t2 = tempK * tempK;
        double emitted = 2 * c.arrayEmittance * SIGMA * totalAreaM2 * t2 * t2;
        double heatCapacity = c.arrayHeatCapacityJPerM2K * totalAreaM2;
        tempK += (absorbed - availablePowerW + earthIr - emitted) * dtS / heatCapacity;
    }

    /** Draws this step's sensor readings. */
    public void sample() {
        for (int s = 0; s < currentA.length; s++) {
            measuredCurrentA[s] = Math.max(0, currentNoise.measure(currentA[s]));
            measuredVoltageV[s] = Math.max(0, voltageNoise.measure(voltageV[s]));
        }
        measuredTempK = tempNoise.measure(tempK);
    }

    /** Fault injection (scenarios): the string's circuit is open (a broken interconnect): it delivers nothing. */
    public void setStringOpen(int string, boolean isOpen) {
        open[string] = isOpen;
    }

    /** @return power the array can deliver now, W */
    public double availablePowerW() { return availablePowerW; }

    /** @return true panel temperature, K */
    public double tempTruthK() { return tempK; }

    @Override
    public int stringCount() { return currentA.length; }

    @Override
    public double stringCurrentA(int string) { return measuredCurrentA[string]; }

    @Override
    public double stringVoltageV(int string) { return measuredVoltageV[string]; }

    @Override
    public DeviceStatus stringStatus(int string) {
        return string >= 0 && string < currentA.length ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }

    @Override
    public double arrayTempK() { return measuredTempK; }
}

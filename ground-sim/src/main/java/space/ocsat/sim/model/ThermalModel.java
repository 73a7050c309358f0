package space.ocsat.sim.model;

import space.ocsat.hal.thermal.HeaterId;
import space.ocsat.sim.orbit.EarthConstants;

/**
 * Lumped thermal network (Gilmore ch. 6 node equation C·dT/dt = Q_gen + Q_abs − εσA·T⁴ + ΣG(T_j − T)),
 * integrated with a fixed explicit step: GPU cold plates → coolant loop → radiator zones → space, plus
 * the battery, the avionics plate and the terminal plate on their own radiators. Radiator panels are
 * two-sided with their normals on body ±y: the Sun reaches one face by |ŝ_y|; both faces see the Earth
 * (infrared and albedo) with the view factor of a plate perpendicular to the local horizontal.
 */
public final class ThermalModel {
    private static final double SIGMA = 5.670374419e-8;

    private final SatelliteConfig c;
    private final double[] dieK;
    private final double[] radiatorK;
    private final double[] radiatorAbsorbedW;
    private double coolantK;
    private double avionicsK;
    private double terminalsK;
    private double batteryK;
    private double gpuHeatToCoolantW;
    private final double earthViewFactor;
    private final double radiatorHeatCapacityJPerK;

    /** @param orbitRadiusM orbit radius for the Earth view factor, m */
    public ThermalModel(SatelliteConfig config, double orbitRadiusM) {
        this.c = config;
        dieK = new double[config.gpus];
        java.util.Arrays.fill(dieK, config.initialCoolantK);
        radiatorK = new double[config.radiatorZones];
        zoneClosed = new boolean[config.radiatorZones];
        radiatorAbsorbedW = new double[config.radiatorZones];
        java.util.Arrays.fill(radiatorK, config.initialRadiatorK);
        coolantK = config.initialCoolantK;
        avionicsK = config.initialUnitK;
        terminalsK = config.initialUnitK;
        batteryK = config.initialBatteryK;
        earthViewFactor = verticalPlateViewFactor(orbitRadiusM / EarthConstants.EQUATORIAL_RADIUS_M);
        radiatorHeatCapacityJPerK = config.radiatorHeatCapacityJPerM2K * config.radiatorZoneFaceM2;
    }

    /**
     * View factor from a flat plate perpendicular to the local horizontal to a spherical Earth:
     * F = (1/π)·(atan(1/√(H²−1)) − √(H²−1)/H²), H = r/R (Howell's catalogue of view factors, C-1xx;
     * ≈ 0.26 at 550 km).
     */
    static double verticalPlateViewFactor(double h) {
        double x = Math.sqrt(h * h - 1);
        return (StrictMath.atan(1 / x) - x / (h * h)) / Math.PI;
    }

    /** Inputs of one step. */
    public void step(double dtS, double[] gpuPowerW, double[] heaterW, boolean pumpRunning, double pumpW,
                     double batteryHeatW, double avionicsW, double terminalsW, OrbitEnvironment env,
                     double sunOnRadiatorCos) {
        double sun = env.solarFluxWPerM2() * env.illumination();
        double earthIrFace = c.earthIrWPerM2 * earthViewFactor;
        double albedoFace = c.albedo * env.solarFluxWPerM2() * earthViewFactor * Math.max(0, env.cosSunZenith());

        double toCoolant = 0;
        for (int g = 0; g < dieK.length; g++) {
            double q = c.gpuToCoolantWPerK * (dieK[g] - coolantK);
            toCoolant += q;
            dieK[g] += (gpuPowerW[g] - q) * dtS / c.gpuHeatCapacityJPerK;
        }
        gpuHeatToCoolantW = toCoolant;

        double flowing = pumpRunning ? flowFraction : 0;
        double g = c.coolantToRadiatorStillWPerK + flowing * (c.coolantToRadiatorWPerK - c.coolantToRadiatorStillWPerK);
        double toRadiators = 0;
        for (int z = 0; z < radiatorK.length; z++) {
            double q = (zoneClosed[z] ? c.coolantToRadiatorStillWPerK : g) * (coolantK - radiatorK[z]);
            toRadiators += q;
            double face = c.radiatorZoneFaceM2;
            double absorbed = c.radiatorAbsorptance * (sun * face * sunOnRadiatorCos + 2 * face * albedoFace)
                    + c.radiatorEmittance * 2 * face * earthIrFace;
            radiatorAbsorbedW[z] = absorbed;
            double emitted = c.radiatorEmittance * SIGMA * 2 * face * fourth(radiatorK[z]);
            radiatorK[z] += (q + absorbed - emitted) * dtS / radiatorHeatCapacityJPerK;
        }
        double pumpHeat = pumpRunning ? pumpW : 0;
        coolantK += (toCoolant + pumpHeat + heaterW[HeaterId.COOLANT.index()] - toRadiators) * dtS
                / c.coolantHeatCapacityJPerK;

        double unitIr = c.unitRadiatorEmittance * earthIrFace;
        avionicsK += (avionicsW + heaterW[HeaterId.AVIONICS.index()]
                + c.avionicsRadiatorM2 * (unitIr - c.unitRadiatorEmittance * SIGMA * fourth(avionicsK)))
                * dtS / c.avionicsHeatCapacityJPerK;
        terminalsK += (terminalsW + c.terminalsRadiatorM2 * (unitIr - c.unitRadiatorEmittance * SIGMA * fourth(terminalsK)))
                * dtS / c.terminalsHeatCapacityJPerK;
        batteryK += (batteryHeatW + heaterW[HeaterId.BATTERY.index()]
                + c.batteryRadiatorM2 * (unitIr - c.unitRadiatorEmittance * SIGMA * fourth(batteryK)))
                * dtS / (c.batteryMassKg * c.batterySpecificHeatJPerKgK);
    }

    private static double fourth(double t) {
        double t2 = t * t;
        return t2 * t2;
    }

    /** Coolant temperature rise across the cold plates at the current flow, K. */
    private double plateRiseK(boolean pumpRunning) {
        if (!pumpRunning || flowFraction <= 0) {
            return 0;
        }
        // the rise grows as the flow falls, up to where the still fluid takes over
        return Math.min(MAX_PLATE_RISE_K, Math.max(0, gpuHeatToCoolantW)
                / (flowFraction * c.coolantFlowKgPerS * c.coolantSpecificHeatJPerKgK));
    }

    /** A cap on the cold-plate rise at a trickle of flow, K (the fluid then mostly conducts). */
    private static final double MAX_PLATE_RISE_K = 30;
    private double flowFraction = 1;
    private final boolean[] zoneClosed;

    /** Fault injection (scenarios): the loop's flow as a fraction of nominal (a leak loses fluid), 0..1. */
    public void setFlowFraction(double fraction) {
        flowFraction = Math.max(0, Math.min(1, fraction));
    }

    /** @return the flow as a fraction of nominal */
    public double flowFraction() {
        return flowFraction;
    }

    /** Fault injection (scenarios): a radiator zone's valve stuck closed — the coolant bypasses that zone. */
    public void setZoneClosed(int zone, boolean closed) {
        zoneClosed[zone] = closed;
    }

    public double dieTempK(int g) { return dieK[g]; }

    public double coolantTempK() { return coolantK; }

    /** @return coolant leaving the cold plates (hot side), K */
    public double outletTempK(boolean pumpRunning) { return coolantK + 0.5 * plateRiseK(pumpRunning); }

    /** @return coolant entering the cold plates (cold side), K */
    public double inletTempK(boolean pumpRunning) { return coolantK - 0.5 * plateRiseK(pumpRunning); }

    public double radiatorTempK(int zone) { return radiatorK[zone]; }

    /** @return environmental heat (Sun, albedo, Earth IR) a radiator zone absorbed over the last step, W */
    public double radiatorAbsorbedW(int zone) { return radiatorAbsorbedW[zone]; }

    public int radiatorZones() { return radiatorK.length; }

    public double avionicsTempK() { return avionicsK; }

    public double terminalsTempK() { return terminalsK; }

    public double batteryTempK() { return batteryK; }

    public double earthViewFactor() { return earthViewFactor; }

    /** @return hottest die, K */
    public double maxDieK() {
        double m = Double.NEGATIVE_INFINITY;
        for (double t : dieK) {
            m = Math.max(m, t);
        }
        return m;
    }

    /** @return hottest radiator zone, K */
    public double maxRadiatorK() {
        double m = Double.NEGATIVE_INFINITY;
        for (double t : radiatorK) {
            m = Math.max(m, t);
        }
        return m;
    }
}

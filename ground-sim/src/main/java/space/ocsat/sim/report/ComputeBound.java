package space.ocsat.sim.report;

import space.ocsat.hal.thermal.HeaterId;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.model.SimulatedSatellite;

/**
 * The physics upper bound on compute energy for a run, against which {@code computeYield} is measured. An ideal
 * controller with perfect knowledge replays the run's environment, sampled once per simulated second from truth:
 *
 * <ul>
 *   <li><b>Energy.</b> In sunlight compute takes what the array gives (as the run pointed it) beyond the essential
 *   loads, with no battery round trip; the rest charges the battery up to full at no more than the charge current
 *   limit. Each eclipse spends every joule above the exit floor (SoC 0.70 by default): the battery energy at entry,
 *   less the eclipse's essential loads, less the floor's energy, spread evenly over the eclipse. SoC never goes
 *   lower (so the 0.40 hard floor holds with it). The battery is lossless (no I²R, no taper), the essential loads are
 *   the run's own minus the coolant heater (compute heat does its work), all of which only raise the bound.
 *   <li><b>Heat.</b> The loop (coolant, cold plates, radiator panels) is one node of their summed heat capacity with
 *   the pump running. Each zone rejects εσ·2A·T<sub>r</sub>⁴ minus what it absorbs from the Sun, albedo and Earth
 *   (the run's own, per second), fed through the coolant-to-panel conductance G(T − T<sub>r</sub>). Compute may
 *   heat the node up to the controller's coolant-outlet limit (the mean sits half the plate rise below it) and then
 *   no more than the radiators reject: the heat capacity is used in full, so pre-cooled loops count.
 *   <li><b>GPUs.</b> Never more than all of them at full cap.
 * </ul>
 *
 * Compute at each second is the least of the three. A controller can therefore reach at most 1.0; how far below
 * it falls is what the yield reports.
 */
public final class ComputeBound {
    private static final double SIGMA = 5.670374419e-8;
    private static final double DT_S = 1.0;

    private final SimulatedSatellite sat;
    private final SatelliteConfig c;
    private final double floorEnergyJ;
    private final double fullEnergyJ;
    private final double chargeLimitA;
    private final double coolantOutletMaxK;
    private final double heatCapacityJPerK;
    private final double gpuMaxW;
    private final double plateRiseKPerW;
    private final double[] absorbedW;
    private double batteryJ;
    private double loopK;
    private double computeJ;
    // the current eclipse, kept until its exit: essential load and absorbed heat per second
    private double[] eclipseEssentialW = new double[4096];
    private double[][] eclipseAbsorbedW;
    private int eclipseSeconds;
    private double lastEclipseS;

    /**
     * @param sat               the simulated satellite (its truth is read every second)
     * @param socExitFloor      SoC every eclipse must end at or above
     * @param chargeLimitA      the battery charge current limit, A
     * @param coolantOutletMaxK the controller's coolant-outlet limit, K
     */
    public ComputeBound(SimulatedSatellite sat, double socExitFloor, double chargeLimitA, double coolantOutletMaxK) {
        this.sat = sat;
        this.c = sat.config();
        this.floorEnergyJ = sat.battery().storedEnergyJ(socExitFloor);
        this.fullEnergyJ = sat.battery().storedEnergyJ(1.0);
        this.chargeLimitA = chargeLimitA;
        this.coolantOutletMaxK = coolantOutletMaxK;
        this.heatCapacityJPerK = c.coolantHeatCapacityJPerK + c.gpus * c.gpuHeatCapacityJPerK
                + c.radiatorZones * c.radiatorHeatCapacityJPerM2K * c.radiatorZoneFaceM2;
        this.gpuMaxW = c.gpus * c.gpuMaxCapW;
        this.plateRiseKPerW = 1 / (c.coolantFlowKgPerS * c.coolantSpecificHeatJPerKgK);
        this.absorbedW = new double[c.radiatorZones];
        this.eclipseAbsorbedW = new double[4096][c.radiatorZones];
        this.batteryJ = sat.battery().storedEnergyJ();
        this.loopK = sat.thermal().coolantTempK();
    }

    /** Takes this second's truth. */
    public void everySecond() {
        double essentialW = sat.power().loadPowerW() - sat.gpus().totalPowerW()
                - sat.heaters().deliveredW()[HeaterId.COOLANT.index()];
        for (int z = 0; z < absorbedW.length; z++) {
            absorbedW[z] = sat.thermal().radiatorAbsorbedW(z);
        }
        if (sat.environment().inUmbra()) {
            keepEclipseSecond(essentialW);
            return;
        }
        if (eclipseSeconds > 0) {
            closeEclipse(1.0);
        }
        double spareW = sat.solar().availablePowerW() - essentialW;
        double computeW = Math.min(Math.max(0, spareW), Math.min(gpuMaxW, thermalAllowanceW(absorbedW)));
        double batteryW = spareW - computeW;
        if (batteryW > 0) {
            batteryW = Math.min(batteryW, chargeLimitA * sat.battery().terminalVoltageTruthV());
        }
        batteryJ = Math.min(fullEnergyJ, batteryJ + batteryW * DT_S);
        heat(computeW, absorbedW);
        computeJ += computeW * DT_S;
    }

    private void keepEclipseSecond(double essentialW) {
        if (eclipseSeconds == eclipseEssentialW.length) {
            eclipseEssentialW = java.util.Arrays.copyOf(eclipseEssentialW, 2 * eclipseSeconds);
            double[][] grown = new double[2 * eclipseSeconds][];
            System.arraycopy(eclipseAbsorbedW, 0, grown, 0, eclipseSeconds);
            for (int i = eclipseSeconds; i < grown.length; i++) {
                grown[i] = new double[absorbedW.length];
            }
            eclipseAbsorbedW = grown;
        }
        eclipseEssentialW[eclipseSeconds] = essentialW;
        System.arraycopy(absorbedW, 0, eclipseAbsorbedW[eclipseSeconds], 0, absorbedW.length);
        eclipseSeconds++;
    }

    /**
     * Spends the eclipse's energy above the floor evenly over its seconds, heat permitting.
     *
     * @param share fraction of the above-floor energy this (possibly cut-off) eclipse may use
     */
    private void closeEclipse(double share) {
        double essentialJ = 0;
        for (int i = 0; i < eclipseSeconds; i++) {
            essentialJ += eclipseEssentialW[i] * DT_S;
        }
        double spendableJ = Math.max(0, share * (batteryJ - essentialJ - floorEnergyJ));
        double evenW = spendableJ / (eclipseSeconds * DT_S);
        for (int i = 0; i < eclipseSeconds; i++) {
            double computeW = Math.min(evenW, Math.min(gpuMaxW, thermalAllowanceW(eclipseAbsorbedW[i])));
            heat(computeW, eclipseAbsorbedW[i]);
            computeJ += computeW * DT_S;
            batteryJ -= (computeW + eclipseEssentialW[i]) * DT_S;
        }
        lastEclipseS = eclipseSeconds * DT_S;
        eclipseSeconds = 0;
    }

    /** Compute power that brings the loop to its limit in one second, or holds it there, W. */
    private double thermalAllowanceW(double[] absorbed) {
        double allowance = 0;
        for (int pass = 0; pass < 3; pass++) {
            // the limit is on the outlet; the node's mean sits half the plate rise below it
            double limitK = coolantOutletMaxK - 0.5 * plateRiseKPerW * allowance;
            double next = (limitK - loopK) * heatCapacityJPerK / DT_S + rejectedW(limitK, absorbed) - pumpHeatW();
            allowance = Math.max(0, next);
        }
        return allowance;
    }

    private void heat(double computeW, double[] absorbed) {
        loopK += (computeW + pumpHeatW() - rejectedW(loopK, absorbed)) * DT_S / heatCapacityJPerK;
    }

    private double pumpHeatW() {
        return c.pumpPowerW;
    }

    /** Heat the zones take from a loop at {@code coolantK}: G(T − T_r) = εσ·2A·T_r⁴ − absorbed, solved by Newton. */
    private double rejectedW(double coolantK, double[] absorbed) {
        double g = c.coolantToRadiatorWPerK;
        double k = c.radiatorEmittance * SIGMA * 2 * c.radiatorZoneFaceM2;
        double total = 0;
        for (double a : absorbed) {
            double tr = coolantK;
            for (int it = 0; it < 8; it++) {
                double f = g * (coolantK - tr) - k * tr * tr * tr * tr + a;
                double df = -g - 4 * k * tr * tr * tr;
                tr -= f / df;
            }
            total += g * (coolantK - tr);
        }
        return total;
    }

    /** Ends the run: an eclipse still in progress may use its share of the energy above the floor. */
    public void finish() {
        if (eclipseSeconds > 0) {
            double elapsedS = eclipseSeconds * DT_S;
            double share = lastEclipseS > 0 ? Math.min(1, elapsedS / lastEclipseS) : 1;
            closeEclipse(share);
        }
    }

    /** @return the bound on compute energy so far, J (call {@link #finish()} first at the end of a run) */
    public double computeJ() {
        return computeJ;
    }
}

package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.power.Battery;

/**
 * Li-ion battery truth: coulomb counting on the true current, an OCV(SoC) curve, internal resistance
 * (terminal V = OCV + I·R, I positive charging), capacity fade with age, and a charge regulator that
 * limits current to the commanded limit and tapers at the end-of-charge voltage (CC/CV). The stored
 * energy is a state function, E(SoC) = n_cells·C·∫₀^SoC OCV_cell(x) dx, so energy closure can be checked
 * independently of the integration.
 */
public final class BatteryModel implements Battery {
    private final SatelliteConfig c;
    private final double[] cellOcvV;
    private final double step;
    private final double capacityAh;
    private final int cells;
    private final double resistanceOhm;
    private final SensorNoise voltageNoise;
    private final SensorNoise currentNoise;
    private final SensorNoise tempNoise;
    private double soc;
    private double currentA;
    private double lastOcvV;
    private double chargeLimitA;
    private double tempK;
    private double measuredV;
    private double measuredA;
    private double measuredTempK;

    public BatteryModel(SatelliteConfig config, long seed) {
        this.c = config;
        this.cellOcvV = config.cellOcvV.clone();
        this.step = 1.0 / (cellOcvV.length - 1);
        this.capacityAh = config.batteryCapacityNowAh();
        this.cells = config.batterySeriesCells;
        this.resistanceOhm = config.batteryResistanceOhm;
        this.soc = config.initialSoc;
        this.tempK = config.initialBatteryK;
        this.voltageNoise = new SensorNoise(Rng.stream(seed, 21), 0.02, 0.01);
        this.currentNoise = new SensorNoise(Rng.stream(seed, 22), 0.05, 0.01);
        this.tempNoise = new SensorNoise(Rng.stream(seed, 23), 0.1, 0.05);
    }

    /** @return pack open-circuit voltage at the current SoC, V */
    public double ocvV() {
        double s = Math.max(0, Math.min(1, soc));
        int i = Math.min((int) (s / step), cellOcvV.length - 2);
        double frac = (s - i * step) / step;
        return cells * (cellOcvV[i] + frac * (cellOcvV[i + 1] - cellOcvV[i]));
    }

    /** @return the largest charge power the regulator accepts now (current limit and CV taper), W */
    public double maxChargePowerW() {
        double ocv = ocvV();
        double cvLimitA = (cells * c.endOfChargeCellV - ocv) / resistanceOhm;
        double i = Math.max(0, Math.min(chargeLimitA, cvLimitA));
        return (ocv + i * resistanceOhm) * i;
    }

    /**
     * Applies a terminal power for one step. A discharge the pack cannot deliver (beyond its maximum
     * power point, or more charge than it holds) is cut to what it can; {@link #terminalPowerW()} says what
     * it delivered, so the power system can count the load it could not serve.
     *
     * @param requestedW power into the battery terminals, W (negative discharging)
     * @param dtS        step, s
     * @return I²R loss over the step, J
     */
    public double applyPower(double requestedW, double dtS) {
        double ocv = ocvV();
        lastOcvV = ocv;
        double disc = ocv * ocv + 4 * resistanceOhm * requestedW;
        double i = disc >= 0 ? (-ocv + Math.sqrt(disc)) / (2 * resistanceOhm) : -ocv / (2 * resistanceOhm);
        double emptyLimitA = -soc * capacityAh * 3600.0 / dtS;
        currentA = Math.max(i, emptyLimitA);
        soc = Math.max(0, Math.min(1, soc + currentA * dtS / (capacityAh * 3600.0)));
        return currentA * currentA * resistanceOhm * dtS;
    }

    /** @return power into the terminals over the last step, W (negative discharging) */
    public double terminalPowerW() {
        return (lastOcvV + currentA * resistanceOhm) * currentA;
    }

    /** @return stored energy E(SoC) = n·C·∫₀^SoC OCV_cell dx, J */
    public double storedEnergyJ() {
        return storedEnergyJ(soc);
    }

    /** @return energy the pack would hold at this state of charge, n·C·∫₀^SoC OCV_cell dx, J */
    public double storedEnergyJ(double atSoc) {
        double s = Math.max(0, Math.min(1, atSoc));
        double integralVs = 0;
        for (int i = 0; i < cellOcvV.length - 1; i++) {
            double lo = i * step;
            if (s <= lo) {
                break;
            }
            double hi = Math.min(s, lo + step);
            double vLo = cellOcvV[i];
            double vHi = cellOcvV[i] + (hi - lo) / step * (cellOcvV[i + 1] - cellOcvV[i]);
            integralVs += 0.5 * (vLo + vHi) * (hi - lo);
        }
        return cells * capacityAh * 3600.0 * integralVs;
    }

    /** Heat dissipated inside the pack now (I²R), W. */
    public double heatW() {
        return currentA * currentA * resistanceOhm + faultHeatW;
    }

    private double faultHeatW;

    /** Fault injection (scenarios): heat released inside the pack beyond its I²R (a soft internal short), W. */
    public void setFaultHeatW(double w) {
        faultHeatW = w;
    }

    /** Sets the pack temperature (integrated by the thermal model), K. */
    void setTempK(double t) {
        tempK = t;
    }

    /** Draws this step's sensor readings. */
    public void sample() {
        measuredV = voltageNoise.measure(terminalVoltageTruthV());
        measuredA = currentNoise.measure(currentA);
        measuredTempK = tempNoise.measure(tempK);
    }

    public double terminalVoltageTruthV() { return ocvV() + currentA * resistanceOhm; }

    public double socTruth() { return soc; }

    public double currentTruthA() { return currentA; }

    public double tempTruthK() { return tempK; }

    public double capacityTruthAh() { return capacityAh; }

    @Override
    public double voltageV() { return measuredV; }

    @Override
    public double currentA() { return measuredA; }

    @Override
    public double tempK() { return measuredTempK; }

    @Override
    public int seriesCells() { return cells; }

    @Override
    public double ratedCapacityAh() { return c.batteryCapacityAh; }

    @Override
    public DeviceStatus setChargeCurrentLimitA(double limitA) {
        if (!(limitA >= 0) || Double.isInfinite(limitA)) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        chargeLimitA = limitA;
        return DeviceStatus.OK;
    }

    @Override
    public double chargeCurrentLimitA() { return chargeLimitA; }

    @Override
    public DeviceStatus status() { return DeviceStatus.OK; }
}

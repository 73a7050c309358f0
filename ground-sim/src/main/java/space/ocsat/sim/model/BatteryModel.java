package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.power.Battery;

/**
 * Li-ion battery truth: coulomb counting on the true current, an OCV(SoC) curve, internal resistance
 * (terminal V = OCV + I·R, I positive charging), capacity fade with age, and a charge regulator that
 * limits current to the commanded limit and tapers at the end-of-charge voltage (CC/CV). The stored
 * energy is a state function, E(SoC) = n_cells·C·∫₀^SoC OCV_cell(x) dx, so energy closure can be checked
 * independently of the integration.
 *
 * <p>A cell can fail short (fault injection): the string carries on with one cell fewer — a step of one cell's OCV
 * down in the pack voltage, the cell's share of the pack resistance gone, and the energy it held lost (counted in
 * {@link #shortedEnergyJ()}). The regulator knows nothing of it: it keeps tapering at its commanded end-of-charge
 * pack voltage, which over fewer cells charges each one higher ({@link #cellVoltageTruthV()}) unless the flight
 * software lowers it.
 */
public final class BatteryModel implements Battery {
    private final SatelliteConfig c;
    private final double[] cellOcvV;
    private final double step;
    private final double capacityAh;
    private final int ratedCells;
    private int cells;
    private double resistanceOhm;
    private double endOfChargePackV;
    private double shortedEnergyJ;
    private final SensorNoise voltageNoise;
    private final SensorNoise currentNoise;
    private final SensorNoise tempNoise;
    private final SensorNoise cellNoise;
    private double soc;
    private double currentA;
    private double lastOcvV;
    private double chargeLimitA;
    private double tempK;
    private double measuredV;
    private double measuredA;
    private double measuredTempK;
    private double measuredMaxCellV;

    public BatteryModel(SatelliteConfig config, long seed) {
        this.c = config;
        this.cellOcvV = config.cellOcvV.clone();
        this.step = 1.0 / (cellOcvV.length - 1);
        this.capacityAh = config.batteryCapacityNowAh();
        this.ratedCells = config.batterySeriesCells;
        this.cells = ratedCells;
        this.resistanceOhm = config.batteryResistanceOhm;
        this.endOfChargePackV = ratedCells * config.endOfChargeCellV;
        this.soc = config.initialSoc;
        this.tempK = config.initialBatteryK;
        this.voltageNoise = new SensorNoise(Rng.stream(seed, 21), 0.02, 0.01);
        this.currentNoise = new SensorNoise(Rng.stream(seed, 22), 0.05, 0.01);
        this.tempNoise = new SensorNoise(Rng.stream(seed, 23), 0.1, 0.05);
        this.cellNoise = new SensorNoise(Rng.stream(seed, 24), 0.002, 0.001);
    }

    /**
     * Charge pushed past full (a cell overcharged) raises its OCV this much per unit of SoC over 1, V: 0.15 V at
     * 110 %. An assumption for the overcharge a regulator set for more cells than the string has would cause; the
     * nominal charge never gets there (the regulator tapers at the full OCV).
     */
    private static final double OVERCHARGE_V_PER_SOC = 1.5;
    /** The most the model lets a cell be overcharged, SoC. */
    private static final double SOC_MAX = 1.2;

    /** @return pack open-circuit voltage at the current SoC, V */
    public double ocvV() {
        if (soc > 1) {
            return cells * (cellOcvV[cellOcvV.length - 1] + (soc - 1) * OVERCHARGE_V_PER_SOC);
        }
        double s = Math.max(0, soc);
        int i = Math.min((int) (s / step), cellOcvV.length - 2);
        double frac = (s - i * step) / step;
        return cells * (cellOcvV[i] + frac * (cellOcvV[i + 1] - cellOcvV[i]));
    }

    /** @return the largest charge power the regulator accepts now (current limit and CV taper), W */
    public double maxChargePowerW() {
        double ocv = ocvV();
        double cvLimitA = (endOfChargePackV - ocv) / resistanceOhm;
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
        soc = Math.max(0, Math.min(SOC_MAX, soc + currentA * dtS / (capacityAh * 3600.0)));
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
        double overV = 0;
        if (atSoc > 1) {
            double x = Math.min(SOC_MAX, atSoc) - 1;
            overV = x * (cellOcvV[cellOcvV.length - 1] + 0.5 * x * OVERCHARGE_V_PER_SOC);
        }
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
        return cells * capacityAh * 3600.0 * (integralVs + overV);
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

    /**
     * Fault injection: {@code n} more cells fail short (negative: that many come back). At least one cell stays.
     * The energy the shorted cells held is lost.
     */
    public void shortCells(int n) {
        int next = Math.max(1, Math.min(ratedCells, cells - n));
        double before = storedEnergyJ();
        cells = next;
        resistanceOhm = c.batteryResistanceOhm * cells / ratedCells;
        shortedEnergyJ += Math.max(0, before - storedEnergyJ());
    }

    /** @return the energy lost with shorted cells since the start, J */
    public double shortedEnergyJ() {
        return shortedEnergyJ;
    }

    /** @return the cells in the string now (the rated count less the shorted ones) */
    public int liveCells() {
        return cells;
    }

    /** @return the voltage across each live cell (the pack's terminal voltage over its live cells), V */
    public double cellVoltageTruthV() {
        return terminalVoltageTruthV() / cells;
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
        measuredMaxCellV = cellNoise.measure(cellVoltageTruthV());
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

    /** The cells are balanced: the highest reads the pack's voltage over its live cells (with the monitor's noise). */
    @Override
    public double maxCellVoltageV() { return measuredMaxCellV; }

    @Override
    public int seriesCells() { return ratedCells; }

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
    public DeviceStatus setEndOfChargeVoltageV(double packV) {
        // the regulator's range: 3.2 to 4.2 V for each rated cell
        if (!(packV >= ratedCells * 3.2) || packV > ratedCells * 4.2) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        endOfChargePackV = packV;
        return DeviceStatus.OK;
    }

    @Override
    public double endOfChargeVoltageV() { return endOfChargePackV; }

    @Override
    public DeviceStatus status() { return DeviceStatus.OK; }
}

package space.ocsat.hal.power;

import space.ocsat.hal.DeviceStatus;

/** The Li-ion battery and its charge regulator. Current is positive when charging. */
public interface Battery {
    /** @return terminal voltage, volts (V) */
    double voltageV();

    /** @return battery current, amperes (A); positive while charging, negative while discharging */
    double currentA();

    /** @return cell stack temperature, kelvin (K) */
    double tempK();

    /**
     * @return the highest cell voltage the battery monitor reads, volts (V). With balanced cells the pack voltage over
     *         it is the number of live cells (a cell failed short reads about 0 V and drops out of the string).
     */
    double maxCellVoltageV();

    /** @return number of cells in series (for per-cell voltage limits) */
    int seriesCells();

    /** @return nameplate capacity, ampere-hours (Ah) */
    double ratedCapacityAh();

    /**
     * Sets the charge regulator's current limit. Zero stops charging (e.g. outside the temperature window);
     * the regulator also tapers at its end-of-charge voltage on its own.
     *
     * @param limitA charge current limit, amperes (A), ≥ 0
     * @return {@link DeviceStatus#OK} if accepted, {@link DeviceStatus#OUT_OF_RANGE} if negative
     */
    DeviceStatus setChargeCurrentLimitA(double limitA);

    /** @return the charge current limit in force, amperes (A) */
    double chargeCurrentLimitA();

    /**
     * Sets the pack voltage at which the charge regulator stops the constant current and tapers (its constant-voltage
     * level). The flight software lowers it when a cell has failed short, so the cells left are not overcharged.
     *
     * @param packV end-of-charge pack voltage, volts (V), &gt; 0
     * @return {@link DeviceStatus#OK} if accepted, {@link DeviceStatus#OUT_OF_RANGE} if not positive or beyond
     *         the regulator's range
     */
    DeviceStatus setEndOfChargeVoltageV(double packV);

    /** @return the end-of-charge pack voltage in force, volts (V) */
    double endOfChargeVoltageV();

    /** @return status of the battery monitor */
    DeviceStatus status();
}

package space.ocsat.hal.power;

import space.ocsat.hal.DeviceStatus;

/** The solar array: a number of strings, each with its own current and voltage sense. */
public interface SolarArray {
    /** @return number of strings (fixed for the life of the satellite) */
    int stringCount();

    /**
     * @param string string index, 0 ≤ string &lt; {@link #stringCount()}
     * @return current delivered by the string to the bus, amperes (A), ≥ 0
     */
    double stringCurrentA(int string);

    /**
     * @param string string index
     * @return string output voltage, volts (V)
     */
    double stringVoltageV(int string);

    /** @param string string index @return status of the string's sense channel */
    DeviceStatus stringStatus(int string);

    /** @return array panel temperature, kelvin (K) */
    double arrayTempK();
}

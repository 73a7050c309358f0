package space.ocsat.hal.thermal;

import space.ocsat.hal.DeviceStatus;

/**
 * Unit temperature sensors (thermistors) outside the coolant loop and the radiators, which report their
 * own. Which sensor sits where is configuration ({@link ThermalSensorId}).
 */
public interface ThermalSensors {
    /** @return number of sensors */
    int count();

    /** @param sensor sensor index @return temperature, kelvin (K) */
    double tempK(int sensor);

    /** @param sensor sensor index @return status of the sensor channel */
    DeviceStatus status(int sensor);
}

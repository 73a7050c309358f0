package space.ocsat.hal.thermal;

import space.ocsat.hal.DeviceStatus;

/**
 * The pumped coolant loop between the GPU cold plates and the radiators. "Inlet" and "outlet" are seen
 * from the cold plates: the inlet is the cold supply from the radiators, the outlet the hot return.
 * The outlet carries redundant sensors (a triple on the reference satellite) for voting.
 */
public interface CoolantLoop {
    /** @return true if the pump is commanded on */
    boolean isPumpOn();

    /** @param on true to run the pump @return status of the pump controller */
    DeviceStatus setPump(boolean on);

    /** @return measured mass flow, kilograms per second (kg/s) */
    double flowKgPerS();

    /** @return coolant temperature entering the cold plates, kelvin (K) */
    double inletTempK();

    /** @return status of the inlet temperature sensor */
    DeviceStatus inletStatus();

    /** @return number of redundant outlet temperature sensors */
    int outletSensorCount();

    /** @param sensor outlet sensor index @return coolant temperature leaving the cold plates, kelvin (K) */
    double outletTempK(int sensor);

    /** @param sensor outlet sensor index @return status of that sensor */
    DeviceStatus outletStatus(int sensor);
}

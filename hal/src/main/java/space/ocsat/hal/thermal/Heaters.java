package space.ocsat.hal.thermal;

import space.ocsat.hal.DeviceStatus;

/** Survival and operational heaters, each an on/off element. Which heater warms what: {@link HeaterId}. */
public interface Heaters {
    /** @return number of heaters */
    int count();

    /** @param heater heater index @return true if the heater's switch is closed */
    boolean isOn(int heater);

    /**
     * @param heater heater index
     * @param on     true to switch it on
     * @return {@link DeviceStatus#OK}, or {@link DeviceStatus#NO_SUCH_UNIT} for a bad index
     */
    DeviceStatus set(int heater, boolean on);

    /** @param heater heater index @return the heater's rated power when on, watts (W) */
    double ratedPowerW(int heater);
}

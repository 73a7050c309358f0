package space.ocsat.hal.power;

import space.ocsat.hal.DeviceStatus;

/**
 * The power distribution unit: switched load channels with current sense on the main bus.
 * Which load sits on which channel is configuration ({@link LoadChannel}); GPUs and terminals have their
 * own switches in their device interfaces.
 */
public interface PowerDistribution {
    /** @return number of switched channels */
    int channelCount();

    /** @param channel channel index @return true if the channel's switch is closed */
    boolean isChannelOn(int channel);

    /**
     * @param channel channel index
     * @param on      true to close the switch
     * @return {@link DeviceStatus#OK}, or {@link DeviceStatus#NO_SUCH_UNIT} for a bad index
     */
    DeviceStatus setChannel(int channel, boolean on);

    /** @param channel channel index @return current drawn through the channel, amperes (A) */
    double channelCurrentA(int channel);

    /** @return main bus voltage, volts (V) */
    double busVoltageV();

    /** @return total current drawn by all loads from the bus, amperes (A) */
    double loadCurrentA();

    /** @return current drawn by the shunt regulator from the array (surplus dumped), amperes (A) */
    double shuntCurrentA();
}

package space.ocsat.hal.power;

/** The reference satellite's PDU channel map: channel index = ordinal − 1. */
public enum LoadChannel {
    UNSPECIFIED,
    /** Flight computer, GNSS, attitude control: never switched off by software. */
    AVIONICS,
    /** Coolant pump (also switched through {@code CoolantLoop}). */
    COOLANT_PUMP,
    /** Heater group supply. */
    HEATERS,
    /** Optical terminals supply. */
    TERMINALS,
    /** GPU power rail (each GPU also has its own switch). */
    COMPUTE;

    /** @return the PDU channel index of this load */
    public int channel() {
        return ordinal() - 1;
    }

    /** Number of channels in the map. */
    public static final int COUNT = 5;
}

package space.ocsat.hal.thermal;

/** The reference satellite's heaters: heater index = ordinal − 1. */
public enum HeaterId {
    UNSPECIFIED,
    /** Battery pack survival heater. */
    BATTERY,
    /** Coolant loop heater (keeps the loop above its minimum when compute is off). */
    COOLANT,
    /** Avionics plate survival heater. */
    AVIONICS;

    /** @return the heater index */
    public int index() {
        return ordinal() - 1;
    }

    /** Number of heaters in the map. */
    public static final int COUNT = 3;
}

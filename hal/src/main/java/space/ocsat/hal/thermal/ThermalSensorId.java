package space.ocsat.hal.thermal;

/** The reference satellite's unit thermistors: sensor index = ordinal − 1. */
public enum ThermalSensorId {
    UNSPECIFIED,
    /** Battery pack. */
    BATTERY,
    /** Flight computer and avionics plate. */
    AVIONICS,
    /** Optical terminals' mounting plate. */
    TERMINALS;

    /** @return the sensor index */
    public int index() {
        return ordinal() - 1;
    }

    /** Number of sensors in the map. */
    public static final int COUNT = 3;
}

package space.ocsat.fsw.protect;

/** Parameter pool ids the monitors watch; id = ordinal. Units in the names. */
public enum ParameterId {
    UNSPECIFIED,
    BATTERY_SOC,
    BATTERY_TEMP_K,
    COOLANT_OUTLET_TEMP_K,
    RADIATOR_MAX_TEMP_K,
    GPU_DIE_MAX_TEMP_K,
    BUS_VOLTAGE_V;

    /** Pool capacity needed for every id. */
    public static final int COUNT = 7;
}

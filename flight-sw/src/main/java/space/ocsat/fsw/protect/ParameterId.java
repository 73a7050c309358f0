package space.ocsat.fsw.protect;

/** Parameter pool ids the monitors watch; id = ordinal. Units in the names. */
public enum ParameterId {
    UNSPECIFIED,
    BATTERY_SOC,
    BATTERY_TEMP_K,
    COOLANT_OUTLET_TEMP_K,
    RADIATOR_MAX_TEMP_K,
    GPU_DIE_MAX_TEMP_K,
    BUS_VOLTAGE_V,
    /** 1 while the pump is commanded on, 0 off. */
    PUMP_COMMANDED,
    COOLANT_FLOW_KG_PER_S,
    /** Median of the solar strings' currents, A (the reference each string is judged against). */
    SOLAR_STRING_MEDIAN_A,
    /** A step of the IR-corrected pack voltage held against the level before it, cells (0: none). */
    BATTERY_CELL_STEP;

    /** Ids below this are the named ones; per-unit parameters follow (see {@link UnitMonitors}). */
    public static final int COUNT = 11;
}

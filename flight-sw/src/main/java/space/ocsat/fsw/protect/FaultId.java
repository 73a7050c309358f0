package space.ocsat.fsw.protect;

/** Faults the monitor table confirms; id = ordinal. */
public enum FaultId {
    UNSPECIFIED,
    /** Estimated SoC below the hard floor: SAFE. */
    SOC_BELOW_HARD_FLOOR,
    /** Coolant outlet over its limit despite derating: compute shed until it clears. */
    COOLANT_OVER_TEMPERATURE,
    /** Battery outside its survival range (−5 … 45 °C): compute shed until it is back (charge the law inhibits). */
    BATTERY_TEMPERATURE,
    /** A GPU stopped answering work: power-cycled, isolated if it hangs again soon after. */
    GPU_HANG,
    /** Three processor restarts within 30 minutes: SAFE, held until the ground resets this fault. */
    BOOT_LOOP,
    /** One of the coolant outlet triple disagrees with the other two: it is left out of the vote. */
    SENSOR_DISAGREES,
    /** A temperature sensor's reading is frozen (bit-identical samples): it is isolated. */
    SENSOR_STUCK,
    /** A temperature sensor stopped answering: it is isolated. */
    SENSOR_LOST,
    /** A radiator zone's two sensors disagree: the zone takes the hotter (a pair cannot say which is wrong). */
    SENSOR_PAIR_DISAGREES,
    /** The pump is commanded on but the loop does not flow: the pump is power-cycled (once per window). */
    PUMP_NO_FLOW,
    /** A heater is commanded off but stays on: it is isolated (its supply opened while no other heater needs it). */
    HEATER_STUCK_ON,
    /** A GPU's corrected-memory-error count climbs too fast: it is isolated. */
    GPU_ECC_STORM,
    /** A GPU draws well over its power cap: power-cycled, isolated if it does it again soon after. */
    GPU_OVERCURRENT,
    /** Only two coolant outlet sensors are left in the vote and they disagree: the loop reads the hotter. */
    COOLANT_PAIR_DISAGREES,
    /** A solar string delivers under a fifth of its siblings' median in sunlight: reported (nothing to switch). */
    STRING_OPEN,
    /** An array drive stops away from its command (slipped, misaligned): the pointing law steers by its encoder. */
    DRIVE_OFF_POINTING,
    /** The pump runs but the loop flows under 60 % of nominal (a leak): reported; heat is the thermal cap's. */
    COOLANT_FLOW_LOW,
    /** A radiator zone stays far colder than the flowing coolant (its valve stuck closed): reported. */
    RADIATOR_BYPASSED,
    /**
     * The IR-corrected pack voltage stepped by a cell's voltage and stayed there (a cell failed short): the string is
     * recounted, so the SoC estimate and the charge regulator's end-of-charge voltage follow the cells left.
     */
    BATTERY_CELL_SHORT,
    /** A terminal lost lock on a partner in view again and again (3 times in 10 minutes): it is isolated. */
    TERMINAL_LOSS_OF_LOCK,
    /** A terminal's gimbal stays far off its aim (10 mrad for 60 s): it is stuck, and the terminal is isolated. */
    TERMINAL_GIMBAL_STUCK,
    /** A terminal failed to acquire partners in view 3 times in a row: it is isolated. */
    TERMINAL_ACQUISITION_FAILED
}

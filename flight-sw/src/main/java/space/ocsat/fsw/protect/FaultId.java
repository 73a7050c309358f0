package space.ocsat.fsw.protect;

/** Faults the monitor table confirms; id = ordinal. */
public enum FaultId {
    UNSPECIFIED,
    /** Estimated SoC below the hard floor: SAFE. */
    SOC_BELOW_HARD_FLOOR,
    /** Coolant outlet over its limit despite derating: compute shed until it clears. */
    COOLANT_OVER_TEMPERATURE,
    /** Battery outside its survival range (−5 … 45 °C): reported. */
    BATTERY_TEMPERATURE,
    /** A GPU stopped answering work: power-cycled, isolated if it hangs again soon after. */
    GPU_HANG,
    /** Three processor restarts within 30 minutes: SAFE, held until the ground resets this fault. */
    BOOT_LOOP,
    /** One of the coolant outlet triple disagrees with the other two: it is left out of the vote. */
    SENSOR_DISAGREES
}

package space.ocsat.fsw.exec;

/** The steps of one control cycle, in the order the data flows (DESIGN.md §2). */
public enum Stage {
    /** Drain commands and read the HAL into the sensor frame. */
    SENSE,
    /** State of charge, voted temperatures, illumination. */
    ESTIMATE,
    /** FDIR monitors, faults, recovery, mode. */
    PROTECT,
    /** Power budget, thermal caps, GPU caps, pointing, heaters. */
    DECIDE,
    /** Write the actuator frame to the HAL. */
    ACT,
    /** Telemetry, events, persistence, watchdog. */
    REPORT
}

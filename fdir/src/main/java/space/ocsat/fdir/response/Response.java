package space.ocsat.fdir.response;

/** Recovery actions, in escalating order. The flight software carries them out. */
public enum Response {
    UNSPECIFIED,
    /** Report only. */
    EVENT_ONLY,
    /** Unit level: switch the unit off and on again. */
    POWER_CYCLE_UNIT,
    /** Unit level: switch the unit off and keep it off. */
    ISOLATE_UNIT,
    /** Subsystem level: switch compute off until the fault clears. */
    SHED_COMPUTE,
    /** System level: enter SAFE mode (left only by ground command). */
    SAFE_MODE
}

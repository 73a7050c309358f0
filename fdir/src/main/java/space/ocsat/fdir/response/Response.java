package space.ocsat.fdir.response;

/** Recovery actions, in escalating order. The flight software carries them out. */
public enum Response {
    UNSPECIFIED,
    /** Report only. */
    EVENT_ONLY,
    /** Subsystem level: switch compute off until the fault clears. */
    SHED_COMPUTE,
    /** System level: enter SAFE mode (left only by ground command). */
    SAFE_MODE
}

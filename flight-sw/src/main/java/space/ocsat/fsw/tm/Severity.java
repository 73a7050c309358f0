package space.ocsat.fsw.tm;

/** Event severity, lowest first. */
public enum Severity {
    UNSPECIFIED,
    /** Routine: a mode change, a heater switching. */
    INFO,
    /** Worth an operator's look: load shed, a derate, a slip. */
    WARNING,
    /** A fault confirmed or a protective action taken. */
    CRITICAL
}

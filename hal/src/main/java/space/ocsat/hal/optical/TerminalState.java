package space.ocsat.hal.optical;

/** Pointing-acquisition-tracking state of an optical terminal, as the terminal reports it. */
public enum TerminalState {
    UNSPECIFIED,
    /** Unpowered. */
    OFF,
    /** Powered, no partner commanded. */
    IDLE,
    /** Slewing the gimbal to the commanded partner's predicted direction. */
    POINTING,
    /** Scanning for the partner's beacon. */
    ACQUIRING,
    /** Closed-loop tracking; data flows. */
    TRACKING,
    /** Lock lost; the terminal waits for a new command or re-acquires. */
    LOST,
    /** The terminal reports a failure. */
    FAILED
}

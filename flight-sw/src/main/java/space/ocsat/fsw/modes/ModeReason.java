package space.ocsat.fsw.modes;

/** Why a mode changed (the MODE_CHANGED event's value). */
public enum ModeReason {
    UNSPECIFIED,
    /** Boot completed into the configured initial mode. */
    BOOT_COMPLETE,
    /** Ground command. */
    GROUND_COMMAND,
    /** FDIR response. */
    FDIR
}

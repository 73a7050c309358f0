package space.ocsat.fsw.transport;

/** State of the ground link (Yamcs {@code Link.Status} style). */
public enum LinkState {
    UNSPECIFIED,
    /** Connected to the broker. */
    OK,
    /** Not connected; reconnecting with backoff. */
    UNAVAIL,
    /** Closed on purpose. */
    DISABLED,
    /** Could not be set up (bad broker URL, refused credentials). */
    FAILED
}

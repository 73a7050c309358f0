package space.ocsat.hal.remote;

/**
 * The HIL bridge's counters, declared once (Aeron's {@code SystemCounterDescriptor} style): each end of the bridge
 * keeps one of each in its {@link BridgeCounters}, and reports them by label.
 */
public enum BridgeCounter {
    /** Frames read off the connection that passed every check. */
    FRAMES_RECEIVED("frames received", "frames read off the connection that passed every check"),
    /** Frames written to the connection. */
    FRAMES_SENT("frames sent", "frames written to the connection"),
    /** Frames whose CRC-32C failed, that were truncated, or that did not decode as the schema says. */
    REJECTED_MALFORMED("rejected: malformed", "CRC-32C failed, truncated, or not a frame of the schema"),
    /** Frames of another protocol version. */
    REJECTED_VERSION("rejected: version", "a protocol version other than this end's"),
    /** Frames about another satellite. */
    REJECTED_SATELLITE("rejected: satellite", "a satellite id other than this end's"),
    /** Frames of a kind this end does not expect now, or for a tick already past. */
    REJECTED_UNEXPECTED("rejected: unexpected", "a frame kind not expected now, or a tick already past"),
    /** Ticks the other end answered too late or not at all (real time; the simulator's count). */
    FRAMES_LATE("frames late", "ticks whose answer came after the next tick was due, or never (real time)"),
    /** Control cycles run without a new sensor frame (real time; the flight software's count). */
    FRAMES_MISSED("frames missed", "control cycles run on the previous sensor frame because no new one had come"),
    /** Sensor frames the flight software never used because a newer one came first (real time). */
    FRAMES_SKIPPED("frames skipped", "sensor frames overtaken by a newer one before a cycle used them"),
    /** Connections lost. */
    DISCONNECTS("disconnects", "connections lost (the flight software reconnects; the simulator waits for it)"),
    /** Connections (re)established after the first. */
    RECONNECTS("reconnects", "connections established after the first"),
    /**
     * Device commands whose status, returned at once by the flight software's binding, differed from the one the
     * simulated device gave when the command was applied (the binding's one-cycle semantic, see RemoteDevices).
     */
    STATUS_MISMATCHES("status mismatches", "device commands the binding answered otherwise than the device did"),
    /** Device commands or downlink frames that did not fit in one cycle's frame (refused at once). */
    OVERFLOWS("overflows", "device commands or downlink frames that did not fit in one cycle's frame");

    private final String label;
    private final String doc;

    BridgeCounter(String label, String doc) {
        this.label = label;
        this.doc = doc;
    }

    /** @return a short human-readable name */
    public String label() {
        return label;
    }

    /** @return what the counter counts */
    public String doc() {
        return doc;
    }
}

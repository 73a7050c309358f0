package space.ocsat.hal.platform;

/** The hardware watchdog: it resets the processor unless kicked within its timeout. */
public interface Watchdog {
    /** Restarts the watchdog's countdown. Called once per completed control cycle. */
    void kick();

    /** @return the timeout after the last kick, nanoseconds (ns) */
    long timeoutNs();
}

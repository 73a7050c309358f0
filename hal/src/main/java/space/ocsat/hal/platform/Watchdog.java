package space.ocsat.hal.platform;

/** The hardware watchdog: it resets the processor unless kicked within its timeout. */
public interface Watchdog {
    /** Restarts the watchdog's countdown. Called once per completed control cycle. */
    void kick();

    /** @return the timeout after the last kick, nanoseconds (ns) */
    long timeoutNs();

    /**
     * The reset-cause register, read at boot: true if the processor's last reset was a watchdog (or other) reset
     * rather than the first power-on. A store found empty after such a reset has gone missing.
     */
    default boolean causedLastReset() {
        return false;
    }
}

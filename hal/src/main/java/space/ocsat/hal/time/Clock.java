package space.ocsat.hal.time;

/**
 * The flight software's only source of time. Flight code reads it once per cycle (through the driver)
 * and passes {@code nowNs} down; it never reads wall time itself.
 */
public interface Clock {
    /**
     * @return mission time in nanoseconds: monotonic, never decreasing, zero at an arbitrary origin
     *         fixed for the life of the process (real hardware) or at the scenario start (simulation)
     */
    long nowNs();
}

package space.ocsat.hal.nav;

import space.ocsat.hal.DeviceStatus;

/**
 * The navigation solution from the GNSS receiver and the on-board ephemeris: position, velocity and
 * the Sun direction in the Earth-centred inertial frame (equator and equinox of date), and GNSS time.
 * Axes are 0 = x (toward the vernal equinox), 1 = y, 2 = z (north).
 */
public interface Navigation {
    /** @param axis 0, 1 or 2 @return position component, metres (m) */
    double positionM(int axis);

    /** @param axis 0, 1 or 2 @return velocity component, metres per second (m/s) */
    double velocityMps(int axis);

    /** @param axis 0, 1 or 2 @return Sun direction component, unit vector (dimensionless) */
    double sunDirection(int axis);

    /** @return GNSS time as nanoseconds since 1970-01-01T00:00:00Z, UTC (ns) */
    long gnssTimeUnixNs();

    /** @return {@link DeviceStatus#OK} with a valid fix, {@link DeviceStatus#NO_RESPONSE} without */
    DeviceStatus status();
}

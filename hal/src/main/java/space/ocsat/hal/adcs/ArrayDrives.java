package space.ocsat.hal.adcs;

import space.ocsat.hal.DeviceStatus;

/**
 * Solar array drive mechanisms: each rotates one wing about the body y axis. Angle 0 puts the array
 * normal along body −z (away from nadir, toward zenith); positive angles rotate it toward +x.
 */
public interface ArrayDrives {
    /** @return number of drives */
    int count();

    /** @param drive drive index @return measured angle, radians (rad), in (−π, π] */
    double angleRad(int drive);

    /** @param drive drive index @return commanded angle, radians (rad) */
    double commandedAngleRad(int drive);

    /**
     * @param drive    drive index
     * @param angleRad target angle, radians (rad); the drive slews toward it at its own rate limit
     * @return {@link DeviceStatus#OK} or {@link DeviceStatus#NO_SUCH_UNIT}
     */
    DeviceStatus command(int drive, double angleRad);

    /** @return maximum slew rate, radians per second (rad/s) */
    double maxRateRadPerS();

    /** @param drive drive index @return status of the drive */
    DeviceStatus status(int drive);
}

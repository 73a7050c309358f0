package space.ocsat.hal.adcs;

import space.ocsat.hal.DeviceStatus;

/**
 * The attitude controller: the estimated attitude and the pointing mode it flies. Body axes: +z toward
 * nadir in {@link PointingMode#NADIR_YAW_STEERING}, radiators on ±y, array drives rotate about y.
 */
public interface Attitude {
    /**
     * Attitude quaternion from the body frame to the inertial frame (scalar first).
     *
     * @param component 0 = w (scalar), 1 = x, 2 = y, 3 = z
     * @return the component (dimensionless; the quaternion has unit norm)
     */
    double quaternion(int component);

    /** @return the pointing mode being flown */
    PointingMode mode();

    /** @param mode pointing mode to fly @return {@link DeviceStatus#OK} or an error */
    DeviceStatus setMode(PointingMode mode);

    /** @return true once the attitude has settled on the commanded mode's target */
    boolean settled();

    /** @return status of the attitude controller */
    DeviceStatus status();
}

package space.ocsat.hal.adcs;

/** Attitude pointing modes the attitude controller flies. */
public enum PointingMode {
    UNSPECIFIED,
    /**
     * Nadir pointing with yaw steering: the body yaws so that the Sun stays in the plane the solar array
     * drives rotate in, which keeps the radiators (±y faces) edge-on to the Sun.
     */
    NADIR_YAW_STEERING,
    /** Safe-mode Sun pointing: body −z (the array normal with drives at zero) toward the Sun; needs no drives. */
    SUN_POINTING
}

package space.ocsat.sim.orbit;

/**
 * Physical constants of the Earth and the Sun used by the orbit and environment models.
 *
 * <p>All values are SI. Each constant names its source so that a reviewer can check it.
 */
public final class EarthConstants {

    /**
     * Earth's gravitational parameter GM in m³/s² (WGS84 / IERS Conventions 2010, EGM96 value, including the
     * mass of the atmosphere).
     */
    public static final double MU_M3_PER_S2 = 3.986004418e14;

    /** Earth's equatorial radius in m (WGS84 semi-major axis; also the EGM96 reference radius). */
    public static final double EQUATORIAL_RADIUS_M = 6378137.0;

    /**
     * Earth's dynamic form factor J2, dimensionless (EGM96: J2 = −√5·C̄20 = 1.08262668e-3; WGS84 uses the same
     * value to 9 digits).
     */
    public static final double J2 = 1.08262668e-3;

    /** Nominal solar radius in m (IAU 2015 Resolution B3). */
    public static final double SUN_RADIUS_M = 6.957e8;

    /** Astronomical unit in m (IAU 2012 Resolution B2, exact by definition). */
    public static final double AU_M = 1.495978707e11;

    /**
     * Solar irradiance at 1 AU in W/m² (IAU 2015 Resolution B3 nominal total solar irradiance; REFERENCE.md,
     * "Environment and orbit": 1361 W/m², 1317–1408 over the year).
     */
    public static final double SOLAR_CONSTANT_W_PER_M2 = 1361.0;

    /** Length of the SI day in s (86 400 s; UTC days ignoring leap seconds, as Unix time does). */
    public static final double SECONDS_PER_DAY = 86400.0;

    /**
     * Mean tropical year in s (365.2422 days): the period of the mean Sun's right ascension, which a
     * sun-synchronous orbit's node must follow.
     */
    public static final double TROPICAL_YEAR_S = 365.2422 * SECONDS_PER_DAY;

    /**
     * Nodal precession rate of a sun-synchronous orbit in rad/s: 2π per tropical year (≈ 1.99106e-7 rad/s,
     * ≈ 0.9856°/day eastward). Vallado, <i>Fundamentals of Astrodynamics and Applications</i>, §9.6.
     */
    public static final double SUN_SYNCHRONOUS_NODE_RATE_RAD_PER_S = 2.0 * StrictMath.PI / TROPICAL_YEAR_S;

    private EarthConstants() {
    }
}

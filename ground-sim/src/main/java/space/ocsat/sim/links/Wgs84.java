package space.ocsat.sim.links;

import space.ocsat.sim.orbit.EarthConstants;

/**
 * The WGS-84 reference ellipsoid and geodetic latitude and height of a point, for line-of-sight grazing checks and
 * ground sites.
 *
 * <p>Constants from NIMA TR8350.2, <i>Department of Defense World Geodetic System 1984</i>, 3rd ed., table 3.1:
 * a = 6 378 137 m, 1/f = 298.257223563. The ellipsoid is symmetric about the polar axis, so a point's height does
 * not depend on the Earth's rotation angle: heights can be taken straight from ECI (equator and equinox of date)
 * coordinates. The mean pole of date differs from the true pole by nutation (≤ 9.2″) and polar motion (≤ 0.5″),
 * which moves heights by about 1 m at most (21 km polar flattening × 4.5e-5 rad).
 *
 * <p>All methods are static, deterministic (StrictMath) and allocation-free.
 */
public final class Wgs84 {

    /** Semi-major (equatorial) axis a in m (NIMA TR8350.2 table 3.1; same value as EarthConstants). */
    public static final double EQUATORIAL_RADIUS_M = EarthConstants.EQUATORIAL_RADIUS_M;

    /** Flattening f = (a − b)/a, dimensionless (NIMA TR8350.2 table 3.1: 1/298.257223563). */
    public static final double FLATTENING = 1.0 / 298.257223563;

    /** Semi-minor (polar) axis b = a(1 − f) in m (≈ 6 356 752.314 m). */
    public static final double POLAR_RADIUS_M = EQUATORIAL_RADIUS_M * (1.0 - FLATTENING);

    /** First eccentricity squared e² = f(2 − f), dimensionless. */
    public static final double ECCENTRICITY_SQ = FLATTENING * (2.0 - FLATTENING);

    /** Second eccentricity squared e′² = e²/(1 − e²), dimensionless. */
    static final double SECOND_ECCENTRICITY_SQ = ECCENTRICITY_SQ / (1.0 - ECCENTRICITY_SQ);

    private Wgs84() {
    }

    /**
     * Geodetic latitude of a point by Bowring's method (Bowring 1976, <i>Survey Review</i> 23(181)) with two
     * iterations on the reduced latitude: at heights from −100 km to 10 000 km the error is below 1e-12 rad
     * (checked against Orekit's Fukushima iteration in {@code Wgs84Test}).
     *
     * @param equatorialDistanceM distance from the polar axis √(x² + y²) in m
     * @param zM                  coordinate along the polar axis in m
     * @return geodetic latitude φ in rad, in [−π/2, π/2]
     */
    public static double latitudeRad(double equatorialDistanceM, double zM) {
        double a = EQUATORIAL_RADIUS_M;
        double b = POLAR_RADIUS_M;
        double p = equatorialDistanceM;
        double beta = StrictMath.atan2(a * zM, b * p);
        double phi = 0.0;
        for (int iteration = 0; iteration < 2; iteration++) {
            double sinBeta = StrictMath.sin(beta);
            double cosBeta = StrictMath.cos(beta);
            phi = StrictMath.atan2(zM + SECOND_ECCENTRICITY_SQ * b * sinBeta * sinBeta * sinBeta,
                    p - ECCENTRICITY_SQ * a * cosBeta * cosBeta * cosBeta);
            beta = StrictMath.atan2((1.0 - FLATTENING) * StrictMath.sin(phi), StrictMath.cos(phi));
        }
        return phi;
    }

    /**
     * Height above the ellipsoid along the normal, h = p·cos φ + z·sin φ − a·√(1 − e²·sin²φ), well conditioned
     * at every latitude.
     *
     * @param equatorialDistanceM distance from the polar axis √(x² + y²) in m
     * @param zM                  coordinate along the polar axis in m
     * @param latitudeRad         geodetic latitude of the point in rad ({@link #latitudeRad})
     * @return geodetic height in m (negative inside the ellipsoid)
     */
    public static double heightAtLatitudeM(double equatorialDistanceM, double zM, double latitudeRad) {
        double sinPhi = StrictMath.sin(latitudeRad);
        double cosPhi = StrictMath.cos(latitudeRad);
        return equatorialDistanceM * cosPhi + zM * sinPhi
                - EQUATORIAL_RADIUS_M * StrictMath.sqrt(1.0 - ECCENTRICITY_SQ * sinPhi * sinPhi);
    }

    /**
     * Geodetic height of a point given in ECI or Earth-fixed coordinates (the ellipsoid is symmetric about z).
     *
     * @param xM x in m
     * @param yM y in m
     * @param zM z in m (along the polar axis)
     * @return height above the ellipsoid in m
     */
    public static double heightM(double xM, double yM, double zM) {
        double p = StrictMath.sqrt(xM * xM + yM * yM);
        return heightAtLatitudeM(p, zM, latitudeRad(p, zM));
    }

    /**
     * Writes the Earth-fixed position of a point given by geodetic coordinates (NIMA TR8350.2 eq. 4-14).
     *
     * @param latitudeRad  geodetic latitude in rad
     * @param longitudeRad longitude in rad, east positive
     * @param heightM      height above the ellipsoid in m
     * @param outPosM      output, length ≥ 3: Earth-fixed position in m
     */
    public static void toEarthFixed(double latitudeRad, double longitudeRad, double heightM, double[] outPosM) {
        double sinPhi = StrictMath.sin(latitudeRad);
        double cosPhi = StrictMath.cos(latitudeRad);
        double primeVerticalRadiusM = EQUATORIAL_RADIUS_M / StrictMath.sqrt(1.0 - ECCENTRICITY_SQ * sinPhi * sinPhi);
        outPosM[0] = (primeVerticalRadiusM + heightM) * cosPhi * StrictMath.cos(longitudeRad);
        outPosM[1] = (primeVerticalRadiusM + heightM) * cosPhi * StrictMath.sin(longitudeRad);
        outPosM[2] = (primeVerticalRadiusM * (1.0 - ECCENTRICITY_SQ) + heightM) * sinPhi;
    }
}

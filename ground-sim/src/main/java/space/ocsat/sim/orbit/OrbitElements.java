package space.ocsat.sim.orbit;

/**
 * Mean Keplerian elements of an Earth orbit at an epoch, in the ECI frame (Earth-centred, equator and equinox of
 * date). Immutable; the canonical constructor validates every field.
 *
 * @param semiMajorAxisM  semi-major axis a in m; perigee radius a·(1 − e) must be at least
 *                        {@link EarthConstants#EQUATORIAL_RADIUS_M}
 * @param eccentricity    eccentricity e, 0 ≤ e &lt; 1
 * @param inclinationRad  inclination i in rad, 0 ≤ i ≤ π
 * @param raanRad         right ascension of the ascending node Ω in rad, any finite value
 * @param argPerigeeRad   argument of perigee ω in rad, any finite value (0 by convention for circular orbits)
 * @param meanAnomalyRad  mean anomaly M at the epoch in rad, any finite value
 * @param epochUnixS      epoch in seconds since the Unix epoch, UTC
 */
public record OrbitElements(
        double semiMajorAxisM,
        double eccentricity,
        double inclinationRad,
        double raanRad,
        double argPerigeeRad,
        double meanAnomalyRad,
        double epochUnixS) {

    /** Validates the elements; throws {@link IllegalArgumentException} naming the offending field. */
    public OrbitElements {
        requireFinite("semiMajorAxisM", semiMajorAxisM);
        requireFinite("eccentricity", eccentricity);
        requireFinite("inclinationRad", inclinationRad);
        requireFinite("raanRad", raanRad);
        requireFinite("argPerigeeRad", argPerigeeRad);
        requireFinite("meanAnomalyRad", meanAnomalyRad);
        requireFinite("epochUnixS", epochUnixS);
        if (semiMajorAxisM < EarthConstants.EQUATORIAL_RADIUS_M) {
            throw new IllegalArgumentException("semiMajorAxisM must be at least the Earth's equatorial radius "
                    + EarthConstants.EQUATORIAL_RADIUS_M + " m, got " + semiMajorAxisM);
        }
        if (eccentricity < 0.0 || eccentricity >= 1.0) {
            throw new IllegalArgumentException("eccentricity must be in [0, 1), got " + eccentricity);
        }
        double perigeeRadiusM = semiMajorAxisM * (1.0 - eccentricity);
        if (perigeeRadiusM < EarthConstants.EQUATORIAL_RADIUS_M) {
            throw new IllegalArgumentException("perigee radius a(1 - e) = " + perigeeRadiusM
                    + " m is below the Earth's equatorial radius " + EarthConstants.EQUATORIAL_RADIUS_M + " m");
        }
        if (inclinationRad < 0.0 || inclinationRad > StrictMath.PI) {
            throw new IllegalArgumentException("inclinationRad must be in [0, pi], got " + inclinationRad);
        }
    }

    /**
     * Elements of a circular orbit (e = 0, ω = 0, so the mean anomaly is the argument of latitude).
     *
     * @param altitudeM       altitude above the equatorial radius in m, ≥ 0
     * @param inclinationRad  inclination in rad, 0 ≤ i ≤ π
     * @param raanRad         right ascension of the ascending node in rad
     * @param argLatitudeRad  argument of latitude u (angle from the ascending node) at the epoch in rad
     * @param epochUnixS      epoch in seconds since the Unix epoch, UTC
     * @return validated elements
     * @throws IllegalArgumentException if the altitude is negative or any value is invalid
     */
    public static OrbitElements circular(
            double altitudeM, double inclinationRad, double raanRad, double argLatitudeRad, double epochUnixS) {
        requireFinite("altitudeM", altitudeM);
        if (altitudeM < 0.0) {
            throw new IllegalArgumentException("altitudeM must be >= 0, got " + altitudeM);
        }
        return new OrbitElements(EarthConstants.EQUATORIAL_RADIUS_M + altitudeM, 0.0, inclinationRad, raanRad,
                0.0, argLatitudeRad, epochUnixS);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}

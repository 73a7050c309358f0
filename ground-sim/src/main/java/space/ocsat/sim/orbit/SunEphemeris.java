package space.ocsat.sim.orbit;

/**
 * Low-precision geocentric solar ephemeris (Astronomical Almanac "low precision formulas for the Sun", also
 * Meeus, <i>Astronomical Algorithms</i>, ch. 25): about 0.01° in longitude and 1e-4 AU in distance for
 * 1950–2050.
 *
 * <p>With d the days since J2000.0:
 * <ul>
 *   <li>mean longitude L = 280.460° + 0.9856474°·d</li>
 *   <li>mean anomaly g = 357.528° + 0.9856003°·d</li>
 *   <li>ecliptic longitude λ = L + 1.915°·sin g + 0.020°·sin 2g (ecliptic latitude taken as 0)</li>
 *   <li>obliquity ε = 23.439° − 0.0000004°·d</li>
 *   <li>distance r = 1.00014 − 0.01671·cos g − 0.00014·cos 2g AU</li>
 * </ul>
 * J2000.0 is taken as 2000-01-01T12:00:00 UTC and d is counted in UTC (Unix) days; the TT − UTC offset
 * (64–69 s over 2000–2030) is ignored, which shifts the solar longitude by less than 0.001°.
 *
 * <p>Directions are in the ECI frame of {@link J2Orbit} (equator and equinox of date, x toward the vernal
 * equinox). All methods are static, deterministic (StrictMath) and allocation-free.
 */
public final class SunEphemeris {

    /** J2000.0 (2000-01-01T12:00:00 UTC) in seconds since the Unix epoch. */
    public static final double J2000_UNIX_S = 946_728_000.0;

    private SunEphemeris() {
    }

    /**
     * Writes the unit vector from the Earth's centre toward the Sun.
     *
     * @param unixS    time in seconds since the Unix epoch, UTC
     * @param outUnit  output, length ≥ 3: unit vector in ECI
     */
    public static void directionEci(double unixS, double[] outUnit) {
        double d = daysSinceJ2000(unixS);
        double lambdaRad = eclipticLongitudeRad(d);
        double epsRad = obliquityRad(d);
        double sinLambda = StrictMath.sin(lambdaRad);
        outUnit[0] = StrictMath.cos(lambdaRad);
        outUnit[1] = StrictMath.cos(epsRad) * sinLambda;
        outUnit[2] = StrictMath.sin(epsRad) * sinLambda;
    }

    /**
     * @param unixS time in seconds since the Unix epoch, UTC
     * @return Earth–Sun distance in m
     */
    public static double distanceM(double unixS) {
        return distanceAu(daysSinceJ2000(unixS)) * EarthConstants.AU_M;
    }

    /**
     * Solar irradiance at the Earth's distance, SOLAR_CONSTANT·(1 AU / r)².
     *
     * @param unixS time in seconds since the Unix epoch, UTC
     * @return irradiance in W/m² (about 1317 at aphelion to 1408 at perihelion)
     */
    public static double fluxWPerM2(double unixS) {
        double rAu = distanceAu(daysSinceJ2000(unixS));
        return EarthConstants.SOLAR_CONSTANT_W_PER_M2 / (rAu * rAu);
    }

    /**
     * @param unixS time in seconds since the Unix epoch, UTC
     * @return the Sun's right ascension in rad, in [0, 2π)
     */
    public static double rightAscensionRad(double unixS) {
        double d = daysSinceJ2000(unixS);
        double lambdaRad = eclipticLongitudeRad(d);
        double raRad = StrictMath.atan2(StrictMath.cos(obliquityRad(d)) * StrictMath.sin(lambdaRad),
                StrictMath.cos(lambdaRad));
        return Angles.normalizeRad(raRad);
    }

    /**
     * @param unixS time in seconds since the Unix epoch, UTC
     * @return the Sun's declination in rad, in [−ε, ε]
     */
    public static double declinationRad(double unixS) {
        double d = daysSinceJ2000(unixS);
        return StrictMath.asin(StrictMath.sin(obliquityRad(d)) * StrictMath.sin(eclipticLongitudeRad(d)));
    }

    private static double daysSinceJ2000(double unixS) {
        return (unixS - J2000_UNIX_S) / EarthConstants.SECONDS_PER_DAY;
    }

    private static double meanAnomalyRad(double d) {
        return StrictMath.toRadians(StrictMath.IEEEremainder(357.528 + 0.9856003 * d, 360.0));
    }

    private static double eclipticLongitudeRad(double d) {
        double meanLongitudeDeg = StrictMath.IEEEremainder(280.460 + 0.9856474 * d, 360.0);
        double g = meanAnomalyRad(d);
        double lambdaDeg = meanLongitudeDeg + 1.915 * StrictMath.sin(g) + 0.020 * StrictMath.sin(2.0 * g);
        return StrictMath.toRadians(lambdaDeg);
    }

    private static double obliquityRad(double d) {
        return StrictMath.toRadians(23.439 - 0.0000004 * d);
    }

    private static double distanceAu(double d) {
        double g = meanAnomalyRad(d);
        return 1.00014 - 0.01671 * StrictMath.cos(g) - 0.00014 * StrictMath.cos(2.0 * g);
    }
}

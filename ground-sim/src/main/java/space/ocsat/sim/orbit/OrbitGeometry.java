package space.ocsat.sim.orbit;

/**
 * Orbit-plane geometry relative to the Sun: beta angle, eclipse fraction, sun-synchronous inclination and RAAN
 * choices. All methods are static, deterministic (StrictMath) and allocation-free.
 */
public final class OrbitGeometry {

    private OrbitGeometry() {
    }

    /**
     * Beta angle: the elevation of the Sun above the orbit plane, asin(ĥ·ŝ) with ĥ = (r × v)/|r × v|.
     *
     * <p>Uses the instantaneous plane of r and v; with {@link J2Orbit} velocities it differs from the mean
     * plane by at most (Ω̇/n)·sin i (about 0.04° at 550 km, 53°).
     *
     * @param posM        position in m, ECI, length ≥ 3
     * @param velMps      velocity in m/s, ECI, length ≥ 3
     * @param sunDirUnit  unit vector toward the Sun, ECI
     * @return beta in rad, in [−π/2, π/2]; positive when the Sun is on the side of the orbit normal
     */
    public static double betaRad(double[] posM, double[] velMps, double[] sunDirUnit) {
        double hx = posM[1] * velMps[2] - posM[2] * velMps[1];
        double hy = posM[2] * velMps[0] - posM[0] * velMps[2];
        double hz = posM[0] * velMps[1] - posM[1] * velMps[0];
        double hNorm = StrictMath.sqrt(hx * hx + hy * hy + hz * hz);
        double dot = (hx * sunDirUnit[0] + hy * sunDirUnit[1] + hz * sunDirUnit[2]) / hNorm;
        return StrictMath.asin(Angles.clampUnit(dot));
    }

    /**
     * Fraction of a circular orbit spent in the Earth's shadow for a cylindrical shadow of the equatorial radius
     * (REFERENCE.md, "Environment and orbit"):
     * f = (1/π)·acos(√(h² + 2Rh) / ((R + h)·cos β)) when |β| &lt; β* = asin(R/(R + h)), else 0.
     *
     * @param altitudeM altitude above the equatorial radius in m, &gt; 0
     * @param betaRad   beta angle in rad
     * @return eclipse fraction 0..0.5
     */
    public static double closedFormEclipseFraction(double altitudeM, double betaRad) {
        if (!(altitudeM > 0.0)) {
            throw new IllegalArgumentException("altitudeM must be > 0, got " + altitudeM);
        }
        double radiusM = EarthConstants.EQUATORIAL_RADIUS_M;
        double orbitRadiusM = radiusM + altitudeM;
        double betaStarRad = StrictMath.asin(radiusM / orbitRadiusM);
        if (StrictMath.abs(betaRad) >= betaStarRad) {
            return 0.0;
        }
        double tangentM = StrictMath.sqrt(altitudeM * altitudeM + 2.0 * radiusM * altitudeM);
        double ratio = tangentM / (orbitRadiusM * StrictMath.cos(betaRad));
        return StrictMath.acos(Angles.clampUnit(ratio)) / StrictMath.PI;
    }

    /**
     * Inclination of the circular orbit whose secular J2 node rate equals
     * {@link EarthConstants#SUN_SYNCHRONOUS_NODE_RATE_RAD_PER_S} (2π per 365.2422 days):
     * cos i = −Ω̇_ss / (1.5·n·J2·(R/a)²), consistent with {@link J2Orbit#nodeRateRadPerS()}.
     *
     * @param altitudeM altitude above the equatorial radius in m, ≥ 0
     * @return inclination in rad (retrograde, just above 90°)
     * @throws IllegalArgumentException if no inclination reaches the rate (altitude above about 5974 km)
     */
    public static double sunSynchronousInclinationRad(double altitudeM) {
        if (!(altitudeM >= 0.0) || Double.isInfinite(altitudeM)) {
            throw new IllegalArgumentException("altitudeM must be finite and >= 0, got " + altitudeM);
        }
        double a = EarthConstants.EQUATORIAL_RADIUS_M + altitudeM;
        double meanMotionRadPerS = StrictMath.sqrt(EarthConstants.MU_M3_PER_S2 / (a * a * a));
        double radiusRatio = EarthConstants.EQUATORIAL_RADIUS_M / a;
        double cosI = -EarthConstants.SUN_SYNCHRONOUS_NODE_RATE_RAD_PER_S
                / (1.5 * meanMotionRadPerS * EarthConstants.J2 * radiusRatio * radiusRatio);
        if (cosI < -1.0) {
            throw new IllegalArgumentException("no sun-synchronous circular orbit at altitude " + altitudeM + " m");
        }
        return StrictMath.acos(cosI);
    }

    /**
     * RAAN for which the orbit normal is perpendicular to the Sun direction (β = 0) at an instant.
     *
     * <p>With the Sun at right ascension α and declination δ, ĥ·ŝ = 0 gives
     * sin(Ω − α) = −tan δ / tan i. Of the two solutions this returns the one with Ω − α in [−90°, 90°]: the
     * ascending node lies on the sunlit side, at local time near 12:00 (a noon–midnight orbit; the other
     * solution, Ω = α + 180° − asin(−tan δ / tan i), puts the ascending node near 00:00). Note that β = 0 never
     * corresponds to a 06:00/18:00 node: a dawn–dusk plane has the largest |β|.
     *
     * @param inclinationRad orbit inclination in rad, in (0, π)
     * @param unixS          time in seconds since the Unix epoch, UTC
     * @return RAAN in rad, in [0, 2π)
     * @throws IllegalArgumentException if no RAAN gives β = 0 (|δ| greater than the inclination's reach,
     *                                  e.g. an equatorial orbit away from the equinoxes)
     */
    public static double raanForZeroBetaRad(double inclinationRad, double unixS) {
        double raSunRad = SunEphemeris.rightAscensionRad(unixS);
        double decSunRad = SunEphemeris.declinationRad(unixS);
        double sinOffset = -StrictMath.tan(decSunRad) * StrictMath.cos(inclinationRad)
                / StrictMath.sin(inclinationRad);
        if (!(StrictMath.abs(sinOffset) <= 1.0)) {
            throw new IllegalArgumentException("no RAAN gives beta = 0 for inclination " + inclinationRad
                    + " rad when the Sun's declination is " + decSunRad + " rad");
        }
        return Angles.normalizeRad(raSunRad + StrictMath.asin(sinOffset));
    }

    /**
     * RAAN that puts the ascending node at a given mean local solar time:
     * Ω = α☉ + (LTAN − 12 h)·15°/h, using the Sun's apparent right ascension (the equation of time, up to
     * ±16 min, is not removed).
     *
     * @param ltanHours local time of the ascending node in hours, e.g. 18.0 for a dusk node
     * @param unixS     time in seconds since the Unix epoch, UTC
     * @return RAAN in rad, in [0, 2π)
     */
    public static double raanForLocalTimeOfAscendingNodeRad(double ltanHours, double unixS) {
        double offsetRad = StrictMath.toRadians((ltanHours - 12.0) * 15.0);
        return Angles.normalizeRad(SunEphemeris.rightAscensionRad(unixS) + offsetRad);
    }
}

package space.ocsat.sim.orbit;

/**
 * Conical Earth shadow: a spherical Earth of equatorial radius occulting a spherical Sun.
 *
 * <p>From the satellite the Sun and the Earth appear as discs of angular radii a = asin(R☉/|s − r|) and
 * b = asin(R⊕/|r|) whose centres are c apart. The visible fraction of the solar disc is 1 for c ≥ a + b,
 * 0 for c ≤ b − a (umbra), 1 − b²/a² for c ≤ a − b (annular, only far beyond the umbra apex) and otherwise
 * 1 − A/(πa²) with the overlap area A of the two discs (Montenbruck &amp; Gill, <i>Satellite Orbits</i>,
 * §3.4.2, eqs. 3.85–3.87, treating the discs as planar). Limb darkening and the atmosphere are ignored.
 *
 * <p>All methods are static, deterministic (StrictMath) and allocation-free.
 */
public final class Shadow {

    private Shadow() {
    }

    /**
     * Visible fraction of the solar disc.
     *
     * @param satPosM       satellite position in m, ECI, length ≥ 3
     * @param sunDirUnit    unit vector from the Earth's centre toward the Sun, ECI
     * @param sunDistanceM  Earth–Sun distance in m
     * @return 0 in umbra, 1 in full sunlight, strictly between in penumbra
     */
    public static double illumination(double[] satPosM, double[] sunDirUnit, double sunDistanceM) {
        double rx = satPosM[0];
        double ry = satPosM[1];
        double rz = satPosM[2];
        // Satellite-to-Sun vector d = s − r.
        double dx = sunDirUnit[0] * sunDistanceM - rx;
        double dy = sunDirUnit[1] * sunDistanceM - ry;
        double dz = sunDirUnit[2] * sunDistanceM - rz;
        double rNormM = StrictMath.sqrt(rx * rx + ry * ry + rz * rz);
        double dNormM = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        double a = StrictMath.asin(StrictMath.min(1.0, EarthConstants.SUN_RADIUS_M / dNormM));
        double b = StrictMath.asin(StrictMath.min(1.0, EarthConstants.EQUATORIAL_RADIUS_M / rNormM));
        // Separation of the apparent centres: angle between −r (toward Earth) and d, via atan2 for accuracy.
        double cx = ry * dz - rz * dy;
        double cy = rz * dx - rx * dz;
        double cz = rx * dy - ry * dx;
        double c = StrictMath.atan2(StrictMath.sqrt(cx * cx + cy * cy + cz * cz), -(rx * dx + ry * dy + rz * dz));
        return visibleFraction(a, b, c);
    }

    /**
     * Whether the satellite is in the umbra (no part of the solar disc visible).
     *
     * @param satPosM       satellite position in m, ECI, length ≥ 3
     * @param sunDirUnit    unit vector from the Earth's centre toward the Sun, ECI
     * @param sunDistanceM  Earth–Sun distance in m
     * @return true when {@link #illumination} is 0
     */
    public static boolean inUmbra(double[] satPosM, double[] sunDirUnit, double sunDistanceM) {
        return illumination(satPosM, sunDirUnit, sunDistanceM) == 0.0;
    }

    /**
     * Visible fraction of a disc of angular radius a behind an occulting disc of angular radius b.
     *
     * @param a apparent radius of the Sun in rad
     * @param b apparent radius of the Earth in rad
     * @param c separation of the centres in rad
     * @return visible fraction 0..1
     */
    static double visibleFraction(double a, double b, double c) {
        if (c >= a + b) {
            return 1.0;
        }
        if (c <= b - a) {
            return 0.0;
        }
        if (c <= a - b) {
            return 1.0 - (b * b) / (a * a);
        }
        double x = (c * c + a * a - b * b) / (2.0 * c);
        double y = StrictMath.sqrt(StrictMath.max(0.0, a * a - x * x));
        double overlap = a * a * StrictMath.acos(Angles.clampUnit(x / a))
                + b * b * StrictMath.acos(Angles.clampUnit((c - x) / b))
                - c * y;
        double fraction = 1.0 - overlap / (StrictMath.PI * a * a);
        return StrictMath.max(0.0, StrictMath.min(1.0, fraction));
    }
}

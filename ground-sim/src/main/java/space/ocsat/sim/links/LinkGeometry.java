package space.ocsat.sim.links;

/**
 * Geometry of an optical link between two points given in ECI (equator and equinox of date, m): range,
 * range-rate, whether the line of sight clears the Earth and its atmosphere, whether it lies in a terminal's field
 * of regard, and whether the Sun sits close enough behind the partner to blind the receiver.
 *
 * <h2>Line of sight</h2>
 * The segment between the two points must stay at least {@link #grazingAltitudeM()} above the WGS-84 ellipsoid
 * (default {@value #DEFAULT_GRAZING_ALTITUDE_M} m: the mesopause, above which the beam meets no weather, no
 * measurable refraction or absorption). The lowest geodetic height along the segment is the one Orekit's
 * {@code InterSatDirectViewDetector} uses: since the height of an outside point is its distance to the (convex)
 * ellipsoid, it is convex along the segment; its derivative along the segment is the segment direction dotted
 * with the local ellipsoid normal, and the minimum is where that vanishes or at an end.
 * {@link #lineOfSightClear} first bounds the answer with the segment's closest approach d to the Earth's centre
 * (the height of a point at radius d lies between d − a and d − b) and refines only when the bounds straddle the
 * threshold, that is when the grazing point is within 21 km of it.
 *
 * <h2>Sun exclusion</h2>
 * A receiver loses lock when the Sun is within {@link #sunExclusionHalfAngleRad()} of its line of sight
 * (REFERENCE.md, "Optical links", loss of lock: "Sun in field of view"). Default
 * {@value #DEFAULT_SUN_EXCLUSION_HALF_ANGLE_DEG}°: the solar disc (0.27° radius) plus the acquisition camera's
 * field and a stray-light margin. This is an assumption for the simulator, not a vendor figure; make it a
 * parameter of the terminal when one is known. The Sun direction is taken from the Earth's centre: the parallax
 * from a point 7 000 km away is under 0.003°. A Sun hidden from the receiver by the Earth does not blind it.
 *
 * <p>Immutable and thread-safe; no method allocates.
 */
public final class LinkGeometry {

    /**
     * Default lowest height of the line of sight above the WGS-84 ellipsoid in m: 80 km, the mesopause region
     * (issue 5; Orekit {@code InterSatDirectViewDetector} skimming altitude in the cross-check).
     */
    public static final double DEFAULT_GRAZING_ALTITUDE_M = 80_000.0;

    /** Default Sun exclusion half-angle around the line of sight, degrees (an assumption; see the class doc). */
    public static final double DEFAULT_SUN_EXCLUSION_HALF_ANGLE_DEG = 3.0;

    /** Iterations of the grazing-point search (converges in 3–5 from the scaled-sphere start). */
    private static final int MAX_ITERATIONS = 20;
    /** Stop when the grazing point moves less than this along the segment, m. */
    private static final double POSITION_TOLERANCE_M = 1e-4;

    private final double grazingAltitudeM;
    private final double sunExclusionHalfAngleRad;
    private final double cosSunExclusion;

    /**
     * @param grazingAltitudeM         lowest allowed height of the line of sight above the ellipsoid in m, ≥ 0
     * @param sunExclusionHalfAngleRad Sun exclusion half-angle around the line of sight in rad, 0..π
     */
    public LinkGeometry(double grazingAltitudeM, double sunExclusionHalfAngleRad) {
        if (!(grazingAltitudeM >= 0.0) || Double.isInfinite(grazingAltitudeM)) {
            throw new IllegalArgumentException("grazingAltitudeM must be finite and >= 0, got " + grazingAltitudeM);
        }
        if (!(sunExclusionHalfAngleRad >= 0.0 && sunExclusionHalfAngleRad <= StrictMath.PI)) {
            throw new IllegalArgumentException("sunExclusionHalfAngleRad must be in [0, pi], got "
                    + sunExclusionHalfAngleRad);
        }
        this.grazingAltitudeM = grazingAltitudeM;
        this.sunExclusionHalfAngleRad = sunExclusionHalfAngleRad;
        this.cosSunExclusion = StrictMath.cos(sunExclusionHalfAngleRad);
    }

    /** @return geometry with the default grazing altitude and Sun exclusion */
    public static LinkGeometry defaults() {
        return new LinkGeometry(DEFAULT_GRAZING_ALTITUDE_M, StrictMath.toRadians(DEFAULT_SUN_EXCLUSION_HALF_ANGLE_DEG));
    }

    /** @return lowest allowed height of the line of sight above the ellipsoid in m */
    public double grazingAltitudeM() {
        return grazingAltitudeM;
    }

    /** @return Sun exclusion half-angle in rad */
    public double sunExclusionHalfAngleRad() {
        return sunExclusionHalfAngleRad;
    }

    /**
     * @param aPosM first position in m, ECI
     * @param bPosM second position in m, ECI
     * @return distance between them in m
     */
    public static double rangeM(double[] aPosM, double[] bPosM) {
        double dx = bPosM[0] - aPosM[0];
        double dy = bPosM[1] - aPosM[1];
        double dz = bPosM[2] - aPosM[2];
        return StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * Rate of change of the range, (Δr·Δv)/|Δr|.
     *
     * @param aPosM  first position in m, ECI
     * @param aVelMps first velocity in m/s, ECI
     * @param bPosM  second position in m, ECI
     * @param bVelMps second velocity in m/s, ECI
     * @return range-rate in m/s, positive when the two move apart
     */
    public static double rangeRateMps(double[] aPosM, double[] aVelMps, double[] bPosM, double[] bVelMps) {
        double dx = bPosM[0] - aPosM[0];
        double dy = bPosM[1] - aPosM[1];
        double dz = bPosM[2] - aPosM[2];
        double rangeM = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        if (rangeM == 0.0) {
            return 0.0;
        }
        double dvx = bVelMps[0] - aVelMps[0];
        double dvy = bVelMps[1] - aVelMps[1];
        double dvz = bVelMps[2] - aVelMps[2];
        return (dx * dvx + dy * dvy + dz * dvz) / rangeM;
    }

    /**
     * Whether the segment between two points stays at least {@link #grazingAltitudeM()} above the ellipsoid.
     * Equal to {@code lowestAltitudeM(a, b) >= grazingAltitudeM()}, but decided from the closest approach to the
     * Earth's centre alone unless the grazing point is within 21 km of the threshold.
     *
     * @param aPosM first position in m, ECI
     * @param bPosM second position in m, ECI
     * @return true when the line of sight is clear
     */
    public boolean lineOfSightClear(double[] aPosM, double[] bPosM) {
        double closestM = closestApproachToCentreM(aPosM, bPosM);
        if (closestM - Wgs84.EQUATORIAL_RADIUS_M >= grazingAltitudeM) {
            return true;
        }
        if (closestM - Wgs84.POLAR_RADIUS_M < grazingAltitudeM) {
            return false;
        }
        return lowestAltitudeM(aPosM, bPosM) >= grazingAltitudeM;
    }

    /**
     * Lowest height above the WGS-84 ellipsoid of the points of the segment between two positions (an end
     * when the height decreases no further along the segment). For a segment that dips into the Earth the value is
     * negative; its size then means little.
     *
     * @param aPosM first position in m, ECI (or any frame sharing the Earth's polar axis)
     * @param bPosM second position in m, same frame
     * @return lowest geodetic height along the segment in m
     */
    public static double lowestAltitudeM(double[] aPosM, double[] bPosM) {
        double ax = aPosM[0];
        double ay = aPosM[1];
        double az = aPosM[2];
        double dx = bPosM[0] - ax;
        double dy = bPosM[1] - ay;
        double dz = bPosM[2] - az;
        double lengthSq = dx * dx + dy * dy + dz * dz;
        if (lengthSq == 0.0) {
            return Wgs84.heightM(ax, ay, az);
        }
        // Start: the closest approach to the centre after scaling z by a/b, exact for a height that were the
        // scaled radius; then Newton on h'(λ) = D·n(λ) with the sphere's curvature |P| as h''·|P|/|D_t|².
        double k = Wgs84.EQUATORIAL_RADIUS_M / Wgs84.POLAR_RADIUS_M;
        double lambda = -(ax * dx + ay * dy + az * dz * k * k) / (dx * dx + dy * dy + dz * dz * k * k);
        double lengthM = StrictMath.sqrt(lengthSq);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double px = ax + lambda * dx;
            double py = ay + lambda * dy;
            double pz = az + lambda * dz;
            double p = StrictMath.sqrt(px * px + py * py);
            double phi = Wgs84.latitudeRad(p, pz);
            double cosPhi = StrictMath.cos(phi);
            double nx = p > 0.0 ? cosPhi * px / p : 0.0;
            double ny = p > 0.0 ? cosPhi * py / p : 0.0;
            double nz = StrictMath.sin(phi);
            double slope = dx * nx + dy * ny + dz * nz;
            double radiusM = StrictMath.sqrt(px * px + py * py + pz * pz);
            double curvature = (lengthSq - slope * slope) / radiusM;
            if (!(curvature > 0.0)) {
                break;
            }
            double step = slope / curvature;
            lambda -= step;
            if (StrictMath.abs(step) * lengthM < POSITION_TOLERANCE_M) {
                break;
            }
        }
        // Convex along the segment (outside the ellipsoid): the constrained minimum is the clamped one.
        if (!(lambda > 0.0)) {
            lambda = 0.0;
        } else if (lambda > 1.0) {
            lambda = 1.0;
        }
        return Wgs84.heightM(ax + lambda * dx, ay + lambda * dy, az + lambda * dz);
    }

    /**
     * Whether a target lies in a terminal's field of regard, the observer's LVLH frame built from its position
     * and velocity ({@link TerminalMount}).
     *
     * @param mount     the observer's terminal
     * @param obsPosM   observer position in m, ECI
     * @param obsVelMps observer velocity in m/s, ECI (defines the orbit normal)
     * @param targetPosM target position in m, ECI
     * @return true when the direction to the target is inside the mount's field of regard
     */
    public static boolean inFieldOfRegard(TerminalMount mount, double[] obsPosM, double[] obsVelMps,
            double[] targetPosM) {
        double rx = obsPosM[0];
        double ry = obsPosM[1];
        double rz = obsPosM[2];
        double rNorm = StrictMath.sqrt(rx * rx + ry * ry + rz * rz);
        double ux = rx / rNorm;
        double uy = ry / rNorm;
        double uz = rz / rNorm;
        // Orbit normal h = r × v, unit.
        double hx = ry * obsVelMps[2] - rz * obsVelMps[1];
        double hy = rz * obsVelMps[0] - rx * obsVelMps[2];
        double hz = rx * obsVelMps[1] - ry * obsVelMps[0];
        double hNorm = StrictMath.sqrt(hx * hx + hy * hy + hz * hz);
        hx /= hNorm;
        hy /= hNorm;
        hz /= hNorm;
        // Along-track = h × up (unit, since h ⟂ up).
        double fx = hy * uz - hz * uy;
        double fy = hz * ux - hx * uz;
        double fz = hx * uy - hy * ux;
        double dx = targetPosM[0] - rx;
        double dy = targetPosM[1] - ry;
        double dz = targetPosM[2] - rz;
        return mount.contains(dx * fx + dy * fy + dz * fz, dx * hx + dy * hy + dz * hz, dx * ux + dy * uy + dz * uz);
    }

    /**
     * Whether the Sun is within the exclusion half-angle of the line of sight from a receiver to its partner and not
     * hidden from the receiver by the Earth (a sphere of the equatorial radius).
     *
     * @param receiverPosM receiver position in m, ECI
     * @param partnerPosM  partner (transmitter) position in m, ECI
     * @param sunDirUnit   unit vector from the Earth's centre toward the Sun, ECI
     * @return true when the Sun blinds the receiver
     */
    public boolean sunInExclusion(double[] receiverPosM, double[] partnerPosM, double[] sunDirUnit) {
        double dx = partnerPosM[0] - receiverPosM[0];
        double dy = partnerPosM[1] - receiverPosM[1];
        double dz = partnerPosM[2] - receiverPosM[2];
        double rangeM = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        double cosAngle = (dx * sunDirUnit[0] + dy * sunDirUnit[1] + dz * sunDirUnit[2]) / rangeM;
        if (cosAngle < cosSunExclusion) {
            return false;
        }
        return !earthHidesDirection(receiverPosM, sunDirUnit);
    }

    /** Whether the ray from a point along a unit direction meets the sphere of the equatorial radius. */
    private static boolean earthHidesDirection(double[] fromPosM, double[] dirUnit) {
        double along = fromPosM[0] * dirUnit[0] + fromPosM[1] * dirUnit[1] + fromPosM[2] * dirUnit[2];
        if (along >= 0.0) {
            return false;
        }
        double rSq = fromPosM[0] * fromPosM[0] + fromPosM[1] * fromPosM[1] + fromPosM[2] * fromPosM[2];
        double missSq = rSq - along * along;
        return missSq < Wgs84.EQUATORIAL_RADIUS_M * Wgs84.EQUATORIAL_RADIUS_M;
    }

    /** Distance from the Earth's centre to the nearest point of the segment, m. */
    static double closestApproachToCentreM(double[] aPosM, double[] bPosM) {
        double ax = aPosM[0];
        double ay = aPosM[1];
        double az = aPosM[2];
        double dx = bPosM[0] - ax;
        double dy = bPosM[1] - ay;
        double dz = bPosM[2] - az;
        double lengthSq = dx * dx + dy * dy + dz * dz;
        double lambda = lengthSq == 0.0 ? 0.0 : -(ax * dx + ay * dy + az * dz) / lengthSq;
        if (lambda < 0.0) {
            lambda = 0.0;
        } else if (lambda > 1.0) {
            lambda = 1.0;
        }
        double px = ax + lambda * dx;
        double py = ay + lambda * dy;
        double pz = az + lambda * dz;
        return StrictMath.sqrt(px * px + py * py + pz * pz);
    }
}

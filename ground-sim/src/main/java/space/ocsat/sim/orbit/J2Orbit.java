package space.ocsat.sim.orbit;

/**
 * Analytic orbit propagator with the secular effects of Earth oblateness (J2) only.
 *
 * <p>The mean elements drift linearly from the epoch (Vallado, <i>Fundamentals of Astrodynamics and
 * Applications</i>, §9.6; p = a(1 − e²), n₀ = √(μ/a³)):
 * <ul>
 *   <li>node: Ω̇ = −1.5·n₀·J2·(R/p)²·cos i</li>
 *   <li>perigee: ω̇ = 0.75·n₀·J2·(R/p)²·(5cos²i − 1)</li>
 *   <li>mean anomaly: Ṁ = n₀·[1 + 0.75·J2·(R/p)²·√(1 − e²)·(3cos²i − 1)]</li>
 * </ul>
 * Short-period J2 terms, drag and third bodies are not modelled, so positions are mean positions (the
 * short-period J2 terms reach a few km in LEO).
 *
 * <p>The velocity is the exact time derivative of the modelled position: the in-plane Keplerian motion
 * advanced at the J2-corrected rate Ṁ, plus the rotation of the orbit plane about the Earth's axis at Ω̇
 * (Ω̇·ẑ × r) and of the apsides about the orbit normal at ω̇ (ω̇·ĥ × r). It is therefore consistent with a finite
 * difference of {@link #stateAt} and, for a circular orbit, advances the argument of latitude at Ṁ + ω̇.
 *
 * <p>Immutable and thread-safe; {@link #stateAt} does not allocate.
 */
public final class J2Orbit {

    private final OrbitElements elements;
    private final double nodeRateRadPerS;
    private final double perigeeRateRadPerS;
    private final double meanAnomalyRateRadPerS;
    private final double cosInclination;
    private final double sinInclination;
    private final double semiMinorAxisM;

    /**
     * Creates a propagator for the given mean elements.
     *
     * @param elements mean elements at the epoch
     */
    public J2Orbit(OrbitElements elements) {
        this.elements = elements;
        double a = elements.semiMajorAxisM();
        double e = elements.eccentricity();
        double keplerMeanMotionRadPerS = StrictMath.sqrt(EarthConstants.MU_M3_PER_S2 / (a * a * a));
        double semiLatusRectumM = a * (1.0 - e * e);
        double radiusRatio = EarthConstants.EQUATORIAL_RADIUS_M / semiLatusRectumM;
        double j2Factor = EarthConstants.J2 * radiusRatio * radiusRatio;
        double sqrtOneMinusESq = StrictMath.sqrt(1.0 - e * e);
        this.cosInclination = StrictMath.cos(elements.inclinationRad());
        this.sinInclination = StrictMath.sin(elements.inclinationRad());
        double cosSq = cosInclination * cosInclination;
        this.nodeRateRadPerS = -1.5 * keplerMeanMotionRadPerS * j2Factor * cosInclination;
        this.perigeeRateRadPerS = 0.75 * keplerMeanMotionRadPerS * j2Factor * (5.0 * cosSq - 1.0);
        this.meanAnomalyRateRadPerS =
                keplerMeanMotionRadPerS * (1.0 + 0.75 * j2Factor * sqrtOneMinusESq * (3.0 * cosSq - 1.0));
        this.semiMinorAxisM = a * sqrtOneMinusESq;
    }

    /**
     * Writes the ECI position and velocity at a time after the epoch. Does not allocate.
     *
     * @param tSinceEpochS time since {@link OrbitElements#epochUnixS()} in s (may be negative)
     * @param posM         output, length ≥ 3: position in m, ECI (equator and equinox of date)
     * @param velMps       output, length ≥ 3: velocity in m/s, ECI; the time derivative of {@code posM}
     */
    public void stateAt(double tSinceEpochS, double[] posM, double[] velMps) {
        double a = elements.semiMajorAxisM();
        double e = elements.eccentricity();
        double raanRad = elements.raanRad() + nodeRateRadPerS * tSinceEpochS;
        double argPerigeeRad = elements.argPerigeeRad() + perigeeRateRadPerS * tSinceEpochS;
        double meanAnomalyRad = elements.meanAnomalyRad() + meanAnomalyRateRadPerS * tSinceEpochS;
        double eccAnomalyRad = KeplerEquation.eccentricAnomalyRad(meanAnomalyRad, e);

        double cosE = StrictMath.cos(eccAnomalyRad);
        double sinE = StrictMath.sin(eccAnomalyRad);
        double eccAnomalyRateRadPerS = meanAnomalyRateRadPerS / (1.0 - e * cosE);
        // Perifocal frame: x toward perigee, y 90° ahead in the orbit plane.
        double xPfM = a * (cosE - e);
        double yPfM = semiMinorAxisM * sinE;
        double vxPfMps = -a * sinE * eccAnomalyRateRadPerS;
        double vyPfMps = semiMinorAxisM * cosE * eccAnomalyRateRadPerS;

        double cosO = StrictMath.cos(raanRad);
        double sinO = StrictMath.sin(raanRad);
        double cosW = StrictMath.cos(argPerigeeRad);
        double sinW = StrictMath.sin(argPerigeeRad);
        double ci = cosInclination;
        double si = sinInclination;
        // P (toward perigee) and Q (in plane, 90° ahead) unit vectors in ECI; Vallado eq. 2-91 columns.
        double px = cosO * cosW - sinO * sinW * ci;
        double py = sinO * cosW + cosO * sinW * ci;
        double pz = sinW * si;
        double qx = -cosO * sinW - sinO * cosW * ci;
        double qy = -sinO * sinW + cosO * cosW * ci;
        double qz = cosW * si;
        // Orbit normal W = P × Q.
        double wx = sinO * si;
        double wy = -cosO * si;
        double wz = ci;

        double rx = xPfM * px + yPfM * qx;
        double ry = xPfM * py + yPfM * qy;
        double rz = xPfM * pz + yPfM * qz;
        posM[0] = rx;
        posM[1] = ry;
        posM[2] = rz;

        // Plane rotation rate vector: ω̇·W (apsidal rotation) + Ω̇·ẑ (nodal precession).
        double ox = perigeeRateRadPerS * wx;
        double oy = perigeeRateRadPerS * wy;
        double oz = perigeeRateRadPerS * wz + nodeRateRadPerS;
        velMps[0] = vxPfMps * px + vyPfMps * qx + (oy * rz - oz * ry);
        velMps[1] = vxPfMps * py + vyPfMps * qy + (oz * rx - ox * rz);
        velMps[2] = vxPfMps * pz + vyPfMps * qz + (ox * ry - oy * rx);
    }

    /** @return the mean elements at the epoch this propagator was built from */
    public OrbitElements elements() {
        return elements;
    }

    /** @return secular node rate Ω̇ in rad/s (negative for prograde orbits) */
    public double nodeRateRadPerS() {
        return nodeRateRadPerS;
    }

    /** @return secular argument-of-perigee rate ω̇ in rad/s */
    public double perigeeRateRadPerS() {
        return perigeeRateRadPerS;
    }

    /** @return mean anomaly rate Ṁ in rad/s, including the secular J2 correction to the Keplerian n₀ */
    public double meanMotionRadPerS() {
        return meanAnomalyRateRadPerS;
    }

    /** @return nodal (draconic) period 2π/(Ṁ + ω̇) in s: the time between ascending-node crossings */
    public double nodalPeriodS() {
        return Angles.TWO_PI / (meanAnomalyRateRadPerS + perigeeRateRadPerS);
    }
}

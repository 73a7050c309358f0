package space.ocsat.sim.links;

import space.ocsat.sim.orbit.J2Orbit;
import space.ocsat.sim.orbit.OrbitElements;

/**
 * A Walker-delta constellation i:T/P/F (Walker 1984, <i>J. Brit. Interplanetary Soc.</i> 37): P circular planes of
 * S = T/P satellites each at one altitude and inclination; plane p has RAAN Ω₀ + p·360°/P and satellite s of plane
 * p starts at argument of latitude u = s·360°/S + p·F·360°/T, so each plane is F·360°/T ahead of the one before
 * it (F in 0..P−1).
 *
 * <p>Satellite ids are {@code plane * perPlane + slot}. Neighbours:
 * <ul>
 *   <li>fore: the next slot in the same plane (ahead in the direction of motion), aft: the previous one;</li>
 *   <li>next plane (RAAN + 360°/P, to the east) and previous plane (RAAN − 360°/P): the satellite of that plane
 *       that reaches the planes' crossing points at about the same time ({@link #crossPlaneNeighbour}). The
 *       partner's side changes at each crossing: the next plane lies on the right (−orbit normal) on the
 *       ascending half of the orbit and on the left on the descending half. In the default shell, with planes 60°
 *       apart, a cross-plane partner is in view only around the crossings: two 33 min windows an orbit.</li>
 * </ul>
 *
 * <p>The default shell, 53°:66/6/1 at 550 km, is the DESIGN.md reference orbit (550 km, 53°) with 11 satellites per
 * plane: in-plane neighbours 32.7° apart, 3 903 km chord. Every satellite has the same semi-major axis and
 * inclination, so every plane precesses at the same J2 rate and the pattern keeps its shape.
 *
 * <p>Immutable; the orbits are built once at construction.
 */
public final class WalkerConstellation {

    /** Default number of planes P. */
    public static final int DEFAULT_PLANES = 6;
    /** Default satellites per plane S (T = 66). */
    public static final int DEFAULT_PER_PLANE = 11;
    /** Default phasing F: adjacent planes 360°/66 = 5.45° apart in argument of latitude. */
    public static final int DEFAULT_PHASING = 1;
    /** Default altitude above the equatorial radius in km (DESIGN.md §1 reference orbit). */
    public static final double DEFAULT_ALTITUDE_KM = 550.0;
    /** Default inclination in degrees (DESIGN.md §1 reference orbit). */
    public static final double DEFAULT_INCLINATION_DEG = 53.0;

    private final int planes;
    private final int perPlane;
    private final int phasing;
    private final double altitudeKm;
    private final double inclinationDeg;
    private final double epochUnixS;
    private final double raanOffsetDeg;
    private final J2Orbit[] orbits;

    /**
     * @param planes         number of planes P, ≥ 1
     * @param perPlane       satellites per plane S, ≥ 1
     * @param phasing        phasing F, 0 ≤ F &lt; P
     * @param altitudeKm     altitude above the equatorial radius in km, &gt; 0
     * @param inclinationDeg inclination in degrees, 0..180
     * @param epochUnixS     epoch of the elements, seconds since the Unix epoch (UTC)
     * @param raanOffsetDeg  RAAN of plane 0 in degrees
     * @throws IllegalArgumentException if a value is out of range
     */
    public WalkerConstellation(int planes, int perPlane, int phasing, double altitudeKm, double inclinationDeg,
            double epochUnixS, double raanOffsetDeg) {
        if (planes < 1 || perPlane < 1) {
            throw new IllegalArgumentException("planes and perPlane must be >= 1, got " + planes + ", " + perPlane);
        }
        if (phasing < 0 || phasing >= planes) {
            throw new IllegalArgumentException("phasing must be in 0.." + (planes - 1) + ", got " + phasing);
        }
        if (!(altitudeKm > 0.0) || Double.isInfinite(altitudeKm)) {
            throw new IllegalArgumentException("altitudeKm must be finite and > 0, got " + altitudeKm);
        }
        if (!(inclinationDeg >= 0.0 && inclinationDeg <= 180.0)) {
            throw new IllegalArgumentException("inclinationDeg must be in [0, 180], got " + inclinationDeg);
        }
        if (!Double.isFinite(epochUnixS) || !Double.isFinite(raanOffsetDeg)) {
            throw new IllegalArgumentException("epochUnixS and raanOffsetDeg must be finite");
        }
        this.planes = planes;
        this.perPlane = perPlane;
        this.phasing = phasing;
        this.altitudeKm = altitudeKm;
        this.inclinationDeg = inclinationDeg;
        this.epochUnixS = epochUnixS;
        this.raanOffsetDeg = raanOffsetDeg;
        this.orbits = new J2Orbit[planes * perPlane];
        for (int id = 0; id < orbits.length; id++) {
            orbits[id] = new J2Orbit(OrbitElements.circular(altitudeKm * 1000.0,
                    StrictMath.toRadians(inclinationDeg), raanRad(planeOf(id)),
                    argumentOfLatitudeAtEpochRad(planeOf(id), slotOf(id)), epochUnixS));
        }
    }

    /**
     * The default shell 53°:66/6/1 at 550 km with plane 0 at RAAN 0.
     *
     * @param epochUnixS epoch in seconds since the Unix epoch (UTC)
     * @return the constellation
     */
    public static WalkerConstellation defaultShell(double epochUnixS) {
        return new WalkerConstellation(DEFAULT_PLANES, DEFAULT_PER_PLANE, DEFAULT_PHASING, DEFAULT_ALTITUDE_KM,
                DEFAULT_INCLINATION_DEG, epochUnixS, 0.0);
    }

    /** @return total number of satellites T = P·S */
    public int size() {
        return orbits.length;
    }

    /** @return number of planes P */
    public int planes() {
        return planes;
    }

    /** @return satellites per plane S */
    public int perPlane() {
        return perPlane;
    }

    /** @return phasing F */
    public int phasing() {
        return phasing;
    }

    /** @return altitude above the equatorial radius in km */
    public double altitudeKm() {
        return altitudeKm;
    }

    /** @return inclination in degrees */
    public double inclinationDeg() {
        return inclinationDeg;
    }

    /** @return epoch of the elements, seconds since the Unix epoch (UTC) */
    public double epochUnixS() {
        return epochUnixS;
    }

    /**
     * @param plane plane index 0..P−1
     * @param slot  slot index 0..S−1
     * @return satellite id {@code plane * perPlane + slot}
     */
    public int id(int plane, int slot) {
        checkRange("plane", plane, planes);
        checkRange("slot", slot, perPlane);
        return plane * perPlane + slot;
    }

    /** @param id satellite id @return its plane index */
    public int planeOf(int id) {
        checkRange("id", id, planes * perPlane);
        return id / perPlane;
    }

    /** @param id satellite id @return its slot index within the plane */
    public int slotOf(int id) {
        checkRange("id", id, planes * perPlane);
        return id % perPlane;
    }

    /** @param plane plane index @return RAAN of the plane at the epoch in rad */
    public double raanRad(int plane) {
        return StrictMath.toRadians(raanOffsetDeg + plane * 360.0 / planes);
    }

    /**
     * @param plane plane index
     * @param slot  slot index
     * @return argument of latitude at the epoch in rad, s·2π/S + p·F·2π/T (not wrapped)
     */
    public double argumentOfLatitudeAtEpochRad(int plane, int slot) {
        return 2.0 * StrictMath.PI * ((double) slot / perPlane + (double) plane * phasing / (planes * perPlane));
    }

    /** @param id satellite id @return its mean elements at the epoch */
    public OrbitElements elements(int id) {
        return orbit(id).elements();
    }

    /** @param id satellite id @return its propagator (shared, immutable) */
    public J2Orbit orbit(int id) {
        checkRange("id", id, orbits.length);
        return orbits[id];
    }

    /** @param id satellite id @return the next satellite ahead in the same plane */
    public int foreNeighbour(int id) {
        return planeOf(id) * perPlane + StrictMath.floorMod(slotOf(id) + 1, perPlane);
    }

    /** @param id satellite id @return the previous satellite behind in the same plane */
    public int aftNeighbour(int id) {
        return planeOf(id) * perPlane + StrictMath.floorMod(slotOf(id) - 1, perPlane);
    }

    /**
     * @param id satellite id
     * @return the cross-plane partner in plane p + 1 (mod P, RAAN 360°/P further east); see
     *         {@link #crossPlaneNeighbour}
     */
    public int nextPlaneNeighbour(int id) {
        return crossPlaneNeighbour(id, 1);
    }

    /**
     * @param id satellite id
     * @return the cross-plane partner in plane p − 1 (mod P, RAAN 360°/P further west); see
     *         {@link #crossPlaneNeighbour}
     */
    public int previousPlaneNeighbour(int id) {
        return crossPlaneNeighbour(id, -1);
    }

    /**
     * The satellite of another plane that passes the two planes' crossing points closest in time to this one, so
     * that the pair comes closest and stays in view longest. Two circular planes of equal inclination i whose nodes
     * are ΔΩ apart cross where the first has argument of latitude u₁ = u(90° + ΔΩ/2) and the second
     * u₂ = u(90° − ΔΩ/2), with u(λ) the argument of latitude of the point λ east of the node in right ascension
     * (spherical right triangle: tan u = tan λ / cos i, cos u of the sign of cos λ); the other crossing is 180° further on both. The partner
     * is the satellite of the other plane whose argument of latitude differs from this one's by u₂ − u₁, to the
     * nearest slot. For the 53°:66/6/1 shell u₂ − u₁ = −38.3° for the next plane, so the partner is the
     * satellite one slot behind (−27.3°), which is in view 1 970 s at each high-latitude crossing against 630 s for
     * the same-slot one (+5.5°). For closely spaced planes u₂ − u₁ tends to 0 and the partner is the satellite
     * nearest in argument of latitude.
     *
     * @param id          satellite id
     * @param planeOffset planes to the east (positive) or west (negative); not a multiple of P
     * @return the partner's id
     */
    public int crossPlaneNeighbour(int id, int planeOffset) {
        if (StrictMath.floorMod(planeOffset, planes) == 0) {
            throw new IllegalArgumentException("planeOffset must not be a multiple of the " + planes
                    + " planes, got " + planeOffset);
        }
        int plane = planeOf(id);
        int otherPlane = StrictMath.floorMod(plane + planeOffset, planes);
        double deltaRaanRad = 2.0 * StrictMath.PI * planeOffset / planes;
        double cosI = StrictMath.cos(StrictMath.toRadians(inclinationDeg));
        // u(λ) = atan2(sin λ / cos i, cos λ), scaled by |cos i| so that polar planes (cos i = 0) give u = ±90°.
        double sign = cosI >= 0.0 ? 1.0 : -1.0;
        double absCosI = StrictMath.abs(cosI);
        double halfRad = deltaRaanRad / 2.0;
        double uThisRad = StrictMath.atan2(sign * StrictMath.cos(halfRad), -StrictMath.sin(halfRad) * absCosI);
        double uOtherRad = StrictMath.atan2(sign * StrictMath.cos(halfRad), StrictMath.sin(halfRad) * absCosI);
        double wantedSlots = (uOtherRad - uThisRad) / (2.0 * StrictMath.PI) * perPlane;
        // u(q, j) − u(p, s) in units of the in-plane spacing: (j − s) + (q − p)·F/P.
        double phaseSlots = (double) (otherPlane - plane) * phasing / planes;
        int shift = (int) StrictMath.floor(wantedSlots - phaseSlots + 0.5);
        return otherPlane * perPlane + StrictMath.floorMod(slotOf(id) + shift, perPlane);
    }

    private static void checkRange(String name, int value, int bound) {
        if (value < 0 || value >= bound) {
            throw new IllegalArgumentException(name + " must be in 0.." + (bound - 1) + ", got " + value);
        }
    }
}

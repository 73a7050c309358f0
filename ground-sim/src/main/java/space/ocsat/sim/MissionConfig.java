package space.ocsat.sim;

import java.time.Instant;
import space.ocsat.sim.links.WalkerConstellation;
import space.ocsat.sim.orbit.J2Orbit;
import space.ocsat.sim.orbit.OrbitElements;
import space.ocsat.sim.orbit.OrbitGeometry;

/**
 * What a simulated mission is: orbit, epoch, age, seed, duration, and the constellation the satellite flies in.
 * Defaults give the reference case: 550 km, 53°, epoch 2026-03-20T12:00:00Z (the March equinox week), with the node
 * chosen so that β = 0 at the epoch, which gives eclipses near the 35.6 min maximum (REFERENCE.md), in a Walker shell
 * of 6 planes of 11 (phasing 1) built around that orbit.
 */
public final class MissionConfig {
    /** Default epoch: near the 2026 March equinox. */
    public static final Instant DEFAULT_EPOCH = Instant.parse("2026-03-20T12:00:00Z");
    /** Local time of the ascending node of the dawn-dusk orbit, h (18:00: eclipse season near the June solstice). */
    public static final double SSO_LTAN_HOURS = 18.0;
    /** The simulated satellite's id in {@link #constellation()}: plane 0, slot 0. */
    public static final int SELF_ID = 0;

    public double altitudeKm = 550;
    /** Inclination, deg; ignored (computed) when {@link #sunSynchronous} is set. */
    public double inclinationDeg = 53;
    public boolean sunSynchronous;
    public Instant epoch = DEFAULT_EPOCH;
    public double ageYears;
    public long seed = 1;
    /** Simulated duration, s; 0 = three orbits. */
    public double durationS;
    /**
     * The Walker shell around the satellite: planes P, satellites per plane S and phasing F, at the satellite's own
     * altitude and inclination, the satellite being plane 0 slot 0 ({@link #constellation()}).
     */
    public int planes = WalkerConstellation.DEFAULT_PLANES;
    public int perPlane = WalkerConstellation.DEFAULT_PER_PLANE;
    public int phasing = WalkerConstellation.DEFAULT_PHASING;

    /** @return the inclination flown, rad */
    public double inclinationRad() {
        return sunSynchronous
                ? OrbitGeometry.sunSynchronousInclinationRad(altitudeKm * 1000)
                : Math.toRadians(inclinationDeg);
    }

    /** @return epoch as seconds since the Unix epoch */
    public double epochUnixS() {
        return epoch.getEpochSecond() + epoch.getNano() / 1e9;
    }

    /** @return the RAAN flown, rad: an 18:00 node for SSO, else the one giving β = 0 at the epoch */
    public double raanRad() {
        return sunSynchronous
                ? OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(SSO_LTAN_HOURS, epochUnixS())
                : OrbitGeometry.raanForZeroBetaRad(inclinationRad(), epochUnixS());
    }

    /**
     * Checks ranges a user can get wrong.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public MissionConfig validate() {
        if (!(altitudeKm >= 200 && altitudeKm <= 2000)) {
            throw new IllegalArgumentException("altitude must be 200–2000 km (LEO), got " + altitudeKm + " km");
        }
        if (!sunSynchronous && !(inclinationDeg > 0 && inclinationDeg < 180)) {
            throw new IllegalArgumentException("inclination must be between 0 and 180 degrees (exclusive), got "
                    + inclinationDeg);
        }
        if (!(ageYears >= 0 && ageYears <= 15)) {
            throw new IllegalArgumentException("age must be 0–15 years, got " + ageYears);
        }
        if (planes < 1 || perPlane < 1 || phasing < 0 || phasing >= planes) {
            throw new IllegalArgumentException("the constellation needs planes >= 1, satellites per plane >= 1 and "
                    + "0 <= phasing < planes, got " + planes + "/" + perPlane + "/" + phasing);
        }
        if (!(durationS >= 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("duration must be positive, got " + durationS + " s");
        }
        return this;
    }

    /** @return the orbit: circular at the altitude, ascending node at the epoch */
    public J2Orbit orbit() {
        return new J2Orbit(OrbitElements.circular(altitudeKm * 1000, inclinationRad(), raanRad(), 0, epochUnixS()));
    }

    /**
     * The constellation the satellite flies in: a Walker shell at its altitude and inclination whose plane 0 has the
     * satellite's node and whose slot 0 of plane 0 is the satellite itself (argument of latitude 0 at the epoch, as
     * {@link #orbit()}), so the satellite is id {@link #SELF_ID}.
     *
     * @return the shell
     */
    public WalkerConstellation constellation() {
        return new WalkerConstellation(planes, perPlane, phasing, altitudeKm, Math.toDegrees(inclinationRad()),
                epochUnixS(), Math.toDegrees(raanRad()));
    }

    /** @return the simulated duration, s: the configured one, or three nodal periods */
    public double effectiveDurationS(J2Orbit orbit) {
        return durationS > 0 ? durationS : 3 * orbit.nodalPeriodS();
    }
}

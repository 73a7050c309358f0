package space.ocsat.sim;

import java.time.Instant;
import space.ocsat.sim.orbit.J2Orbit;
import space.ocsat.sim.orbit.OrbitElements;
import space.ocsat.sim.orbit.OrbitGeometry;

/**
 * What a simulated mission is: orbit, epoch, age, seed, duration. Defaults give the reference case:
 * 550 km, 53°, epoch 2026-03-20T12:00:00Z (the March equinox week), with the node chosen so that β = 0
 * at the epoch, which gives eclipses near the 35.6 min maximum (REFERENCE.md).
 */
public final class MissionConfig {
    /** Default epoch: near the 2026 March equinox. */
    public static final Instant DEFAULT_EPOCH = Instant.parse("2026-03-20T12:00:00Z");
    /** Local time of the ascending node of the dawn-dusk orbit, h (18:00: eclipse season near the June solstice). */
    public static final double SSO_LTAN_HOURS = 18.0;

    public double altitudeKm = 550;
    /** Inclination, deg; ignored (computed) when {@link #sunSynchronous} is set. */
    public double inclinationDeg = 53;
    public boolean sunSynchronous;
    public Instant epoch = DEFAULT_EPOCH;
    public double ageYears;
    public long seed = 1;
    /** Simulated duration, s; 0 = three orbits. */
    public double durationS;

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
        if (!(durationS >= 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("duration must be positive, got " + durationS + " s");
        }
        return this;
    }

    /** @return the orbit: circular at the altitude, ascending node at the epoch */
    public J2Orbit orbit() {
        return new J2Orbit(OrbitElements.circular(altitudeKm * 1000, inclinationRad(), raanRad(), 0, epochUnixS()));
    }

    /** @return the simulated duration, s: the configured one, or three nodal periods */
    public double effectiveDurationS(J2Orbit orbit) {
        return durationS > 0 ? durationS : 3 * orbit.nodalPeriodS();
    }
}

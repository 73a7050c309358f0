package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.nav.Navigation;
import space.ocsat.sim.orbit.EarthConstants;
import space.ocsat.sim.orbit.J2Orbit;
import space.ocsat.sim.orbit.NumericalJ2Orbit;
import space.ocsat.sim.orbit.Shadow;
import space.ocsat.sim.orbit.SunEphemeris;

/**
 * Orbit truth and the space environment at the current simulated time: position and velocity from the
 * numerically integrated J2 orbit ({@link NumericalJ2Orbit}, started from the mission's mean elements), the Sun's direction and distance, the visible fraction of the solar disc
 * (conical shadow), and the navigation solution the flight software reads (GNSS-quality, taken as truth).
 */
public final class OrbitEnvironment implements Navigation {
    private final J2Orbit orbit;
    private final NumericalJ2Orbit truth;
    private final double epochUnixS;
    private final double[] posM = new double[3];
    private final double[] velMps = new double[3];
    private final double[] sunDir = new double[3];
    private double tSinceEpochS;
    private double illumination;
    private boolean umbra;
    private double solarFluxWPerM2;
    private double cosSunZenith;

    public OrbitEnvironment(J2Orbit orbit) {
        this.orbit = orbit;
        this.truth = new NumericalJ2Orbit(orbit.elements());
        this.epochUnixS = orbit.elements().epochUnixS();
        update(0);
    }

    /** Moves the environment to {@code tSinceEpochS} seconds after the orbit epoch. */
    public void update(double tS) {
        tSinceEpochS = tS;
        truth.stateAt(tS, posM, velMps);
        double unixS = epochUnixS + tS;
        SunEphemeris.directionEci(unixS, sunDir);
        double sunDistanceM = SunEphemeris.distanceM(unixS);
        double auRatio = EarthConstants.AU_M / sunDistanceM;
        solarFluxWPerM2 = EarthConstants.SOLAR_CONSTANT_W_PER_M2 * auRatio * auRatio;
        illumination = Shadow.illumination(posM, sunDir, sunDistanceM);
        umbra = illumination <= 0;
        double r = Math.sqrt(posM[0] * posM[0] + posM[1] * posM[1] + posM[2] * posM[2]);
        cosSunZenith = (posM[0] * sunDir[0] + posM[1] * sunDir[1] + posM[2] * sunDir[2]) / r;
    }

    /** @return seconds since the orbit epoch */
    public double tSinceEpochS() { return tSinceEpochS; }

    /** @return orbit epoch, seconds since the Unix epoch (UTC) */
    public double epochUnixS() { return epochUnixS; }

    /** @return visible fraction of the solar disc, 0 (umbra) … 1 */
    public double illumination() { return illumination; }

    /** @return true in the umbra */
    public boolean inUmbra() { return umbra; }

    /** @return solar flux at the Earth's distance from the Sun today, W/m² */
    public double solarFluxWPerM2() { return solarFluxWPerM2; }

    /** @return cosine of the Sun's zenith angle at the sub-satellite point (albedo weighting; < 0 on the night side) */
    public double cosSunZenith() { return cosSunZenith; }

    /** @return the orbit's mean-element description (period, rates; the truth is {@link #truth()}) */
    public J2Orbit orbit() { return orbit; }

    /** @return the orbit truth propagator */
    public NumericalJ2Orbit truth() { return truth; }

    /** Direct access to the truth vectors (read-only by convention). */
    public double[] positionTruthM() { return posM; }

    public double[] velocityTruthMps() { return velMps; }

    public double[] sunDirectionTruth() { return sunDir; }

    @Override
    public double positionM(int axis) { return posM[axis]; }

    @Override
    public double velocityMps(int axis) { return velMps[axis]; }

    @Override
    public double sunDirection(int axis) { return sunDir[axis]; }

    @Override
    public long gnssTimeUnixNs() {
        return (long) (epochUnixS * 1e9) + (long) Math.rint(tSinceEpochS * 1e9);
    }

    @Override
    public DeviceStatus status() { return DeviceStatus.OK; }
}

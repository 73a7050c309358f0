package space.ocsat.sim.orbit;

import space.ocsat.fsw.orbit.J2Integrator;

/**
 * Orbit truth: two-body gravity plus the full J2 acceleration, integrated numerically ({@link J2Integrator}: classical
 * fourth-order Runge-Kutta at a fixed {@link #STEP_S} s), positions and velocities between steps by cubic Hermite interpolation.
 * Unlike {@link J2Orbit}'s mean elements it carries J2's short-period terms (kilometres in LEO) and its secular
 * effects to every order, which moves grazing eclipse edges by seconds; Orekit's numerical propagator with
 * {@code J2OnlyPerturbation} is its reference in the tests.
 *
 * <p>The start is an osculating state chosen so that the orbit's mean semi-major axis (the osculating one averaged
 * over one orbit) equals the given mean elements' own: position and velocity direction from the mean elements, the
 * speed adjusted by a few iterations. The node and perigee rates, the period and the sun-synchronous condition then
 * follow the mean elements as {@link J2Orbit} states them (to J2²).
 *
 * <p>{@link #stateAt} steps forward from the last state it reached (a step per {@link #STEP_S} of time asked for)
 * and restarts from the epoch for an earlier time. Deterministic (StrictMath), allocation-free after construction, not thread-safe.
 */
public final class NumericalJ2Orbit {
    /** Integration step, s (RK4 error of millimetres per orbit at 550 km). */
    static final double STEP_S = 10;
    private static final int FIT_ITERATIONS = 4;

    private final OrbitElements elements;
    private final double[] startPos = new double[3];
    private final double[] startVel = new double[3];
    // the step [t0, t1] the interpolation reads: position, velocity, both ends
    private double t0;
    private final double[] p0 = new double[3];
    private final double[] v0 = new double[3];
    private final double[] p1 = new double[3];
    private final double[] v1 = new double[3];
    private final J2Integrator integrator = new J2Integrator();
    private final double[] y = new double[6];

    /**
     * @param meanElements the orbit's mean elements at the epoch (those {@link J2Orbit} propagates)
     */
    public NumericalJ2Orbit(OrbitElements meanElements) {
        this.elements = meanElements;
        J2Orbit mean = new J2Orbit(meanElements);
        mean.stateAt(0, startPos, startVel);
        double targetA = meanElements.semiMajorAxisM();
        double oscA = targetA;
        for (int i = 0; i < FIT_ITERATIONS; i++) {
            setSpeedForSemiMajorAxis(oscA);
            oscA += targetA - averageSemiMajorAxisM(mean.nodalPeriodS());
        }
        setSpeedForSemiMajorAxis(oscA);
        restart();
    }

    /** Scales the start velocity (direction kept) to the vis-viva speed of a semi-major axis at the start radius. */
    private void setSpeedForSemiMajorAxis(double aM) {
        double r = norm(startPos);
        double speed = StrictMath.sqrt(EarthConstants.MU_M3_PER_S2 * (2 / r - 1 / aM));
        double scale = speed / norm(startVel);
        for (int i = 0; i < 3; i++) {
            startVel[i] *= scale;
        }
    }

    /** Osculating semi-major axis averaged over one period from the start (trapezoid at the step), m. */
    private double averageSemiMajorAxisM(double periodS) {
        restart();
        int steps = (int) StrictMath.round(periodS / STEP_S);
        double sum = 0.5 * osculatingA(p0, v0);
        for (int s = 1; s <= steps; s++) {
            sum += s == steps ? 0.5 * osculatingA(p1, v1) : osculatingA(p1, v1);
            if (s < steps) {
                step();
            }
        }
        return sum / steps;
    }

    private static double osculatingA(double[] p, double[] v) {
        double r = norm(p);
        double v2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
        return 1 / (2 / r - v2 / EarthConstants.MU_M3_PER_S2);
    }

    /** Back to the first step: [0, STEP_S] from the start state. */
    private void restart() {
        t0 = 0;
        System.arraycopy(startPos, 0, p0, 0, 3);
        System.arraycopy(startVel, 0, v0, 0, 3);
        integrate();
    }

    /** Advances the interval by one step: its far end becomes its near end. */
    private void step() {
        System.arraycopy(p1, 0, p0, 0, 3);
        System.arraycopy(v1, 0, v0, 0, 3);
        t0 += STEP_S;
        integrate();
    }

    /** Integrates [p0, v0] one step into [p1, v1]. */
    private void integrate() {
        System.arraycopy(p0, 0, y, 0, 3);
        System.arraycopy(v0, 0, y, 3, 3);
        integrator.step(y, STEP_S);
        System.arraycopy(y, 0, p1, 0, 3);
        System.arraycopy(y, 3, v1, 0, 3);
    }

    /**
     * Writes the position and velocity at a time after the epoch. Steps forward as needed; an earlier time than
     * the current step restarts from the epoch.
     *
     * @param tSinceEpochS time since the epoch, s (≥ 0)
     * @param posM         output position, m (ECI of date)
     * @param velMps       output velocity, m/s
     */
    public void stateAt(double tSinceEpochS, double[] posM, double[] velMps) {
        if (tSinceEpochS < t0) {
            restart();
        }
        while (tSinceEpochS > t0 + STEP_S) {
            step();
        }
        // cubic Hermite on [t0, t0 + h] with s = (t − t0)/h
        double h = STEP_S;
        double s = (tSinceEpochS - t0) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        double d00 = (6 * s2 - 6 * s) / h;
        double d10 = 3 * s2 - 4 * s + 1;
        double d01 = (-6 * s2 + 6 * s) / h;
        double d11 = 3 * s2 - 2 * s;
        for (int i = 0; i < 3; i++) {
            posM[i] = h00 * p0[i] + h10 * h * v0[i] + h01 * p1[i] + h11 * h * v1[i];
            velMps[i] = d00 * p0[i] + d10 * v0[i] + d01 * p1[i] + d11 * v1[i];
        }
    }

    /** Writes the osculating start state (epoch), for a reference propagator to start from. */
    public void startState(double[] posM, double[] velMps) {
        System.arraycopy(startPos, 0, posM, 0, 3);
        System.arraycopy(startVel, 0, velMps, 0, 3);
    }

    /** @return the mean elements this orbit was started from */
    public OrbitElements elements() {
        return elements;
    }

    private static double norm(double[] x) {
        return StrictMath.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
    }
}

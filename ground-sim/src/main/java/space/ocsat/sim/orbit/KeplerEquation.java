package space.ocsat.sim.orbit;

/**
 * Solves Kepler's equation E − e·sin E = M for elliptic orbits by Newton iteration.
 *
 * <p>Deterministic (StrictMath, fixed iteration cap) and allocation-free.
 */
public final class KeplerEquation {

    /** Convergence tolerance on the Newton step |ΔE| in rad. */
    public static final double TOLERANCE_RAD = 1e-12;

    /** Fixed iteration cap; from the starting guess below Newton needs a handful of steps for LEO eccentricities. */
    public static final int MAX_ITERATIONS = 50;

    private KeplerEquation() {
    }

    /**
     * Returns the eccentric anomaly for a mean anomaly.
     *
     * @param meanAnomalyRad mean anomaly M in rad, any finite value
     * @param eccentricity   eccentricity e, 0 ≤ e &lt; 1 (not checked here; {@link OrbitElements} validates it)
     * @return eccentric anomaly E in rad, in the same 2π branch as M reduced to [−π, π]
     */
    public static double eccentricAnomalyRad(double meanAnomalyRad, double eccentricity) {
        double m = StrictMath.IEEEremainder(meanAnomalyRad, Angles.TWO_PI);
        if (eccentricity == 0.0) {
            return m;
        }
        // Starting guess M ± e, the sign following sin M (Vallado, Fundamentals of Astrodynamics, algorithm 2).
        double e = m < 0.0 ? m - eccentricity : m + eccentricity;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double f = e - eccentricity * StrictMath.sin(e) - m;
            double fPrime = 1.0 - eccentricity * StrictMath.cos(e);
            double step = f / fPrime;
            e -= step;
            if (StrictMath.abs(step) < TOLERANCE_RAD) {
                break;
            }
        }
        return e;
    }
}

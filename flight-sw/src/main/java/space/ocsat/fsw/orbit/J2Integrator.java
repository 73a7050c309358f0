package space.ocsat.fsw.orbit;

/**
 * Two-body gravity plus Earth's J2, integrated by the classical fourth-order Runge-Kutta method: a state
 * {x, y, z, vx, vy, vz} (m, m/s, equator of date) advanced in place by one step. At 10 s steps in LEO the error is
 * millimetres per orbit. Allocation-free (scratch arrays held), deterministic (StrictMath), not thread-safe: one per
 * user. The simulator's orbit truth and the on-board eclipse prediction both step with it; the simulator's is
 * checked against Orekit's numerical propagator with {@code J2OnlyPerturbation}.
 */
public final class J2Integrator {
    /** Earth's gravitational parameter, m³/s² (WGS 84 / EGM96). */
    public static final double MU_M3_PER_S2 = 3.986004418e14;
    /** Earth's equatorial radius, m (WGS 84). */
    public static final double EARTH_RADIUS_M = 6378137.0;
    /** Second zonal harmonic, unnormalised (EGM2008). */
    public static final double J2 = 1.08262668e-3;

    private final double[] k = new double[24];
    private final double[] ys = new double[6];
    private final double[] acc = new double[3];

    /**
     * Advances a state by one step.
     *
     * @param state {x, y, z, vx, vy, vz}, m and m/s; replaced by the state {@code stepS} later
     * @param stepS step, s (any sign; accuracy falls as the fifth power of the step)
     */
    public void step(double[] state, double stepS) {
        derivative(state, 0);
        for (int i = 0; i < 6; i++) {
            ys[i] = state[i] + 0.5 * stepS * k[i];
        }
        derivative(ys, 6);
        for (int i = 0; i < 6; i++) {
            ys[i] = state[i] + 0.5 * stepS * k[6 + i];
        }
        derivative(ys, 12);
        for (int i = 0; i < 6; i++) {
            ys[i] = state[i] + stepS * k[12 + i];
        }
        derivative(ys, 18);
        for (int i = 0; i < 6; i++) {
            state[i] += stepS / 6 * (k[i] + 2 * k[6 + i] + 2 * k[12 + i] + k[18 + i]);
        }
    }

    private void derivative(double[] s, int at) {
        acceleration(s[0], s[1], s[2], acc);
        k[at] = s[3];
        k[at + 1] = s[4];
        k[at + 2] = s[5];
        k[at + 3] = acc[0];
        k[at + 4] = acc[1];
        k[at + 5] = acc[2];
    }

    /**
     * Gravity of an oblate Earth to J2 (the gradient of the J2 potential; Vallado, Fundamentals of Astrodynamics,
     * §8.6.1): a = −μr/r³ − (3/2)·J2·μ·R²/r⁵ · [x(1 − 5z²/r²), y(1 − 5z²/r²), z(3 − 5z²/r²)].
     *
     * @param out acceleration, m/s²
     */
    public static void acceleration(double x, double y, double z, double[] out) {
        double r2 = x * x + y * y + z * z;
        double r = StrictMath.sqrt(r2);
        double kepler = -MU_M3_PER_S2 / (r2 * r);
        double j2 = -1.5 * J2 * MU_M3_PER_S2 * EARTH_RADIUS_M * EARTH_RADIUS_M / (r2 * r2 * r);
        double zz = 5 * z * z / r2;
        out[0] = kepler * x + j2 * x * (1 - zz);
        out[1] = kepler * y + j2 * y * (1 - zz);
        out[2] = kepler * z + j2 * z * (3 - zz);
    }
}

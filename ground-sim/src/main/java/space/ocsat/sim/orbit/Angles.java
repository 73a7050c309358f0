package space.ocsat.sim.orbit;

/** Angle helpers shared by the orbit package. Allocation-free and deterministic. */
final class Angles {

    /** 2π in rad. */
    static final double TWO_PI = 2.0 * StrictMath.PI;

    private Angles() {
    }

    /**
     * Wraps an angle into [0, 2π).
     *
     * @param angleRad any finite angle in rad
     * @return the equivalent angle in rad, in [0, 2π)
     */
    static double normalizeRad(double angleRad) {
        double wrapped = angleRad - TWO_PI * StrictMath.floor(angleRad / TWO_PI);
        // Rounding can leave exactly 2π (for tiny negative inputs) or a value a hair below 0.
        if (wrapped >= TWO_PI || wrapped < 0.0) {
            return 0.0;
        }
        return wrapped;
    }

    /**
     * Clamps a cosine or sine computed from rounded operands into [−1, 1] before acos/asin.
     *
     * @param value a value that should lie in [−1, 1]
     * @return the value limited to [−1, 1]
     */
    static double clampUnit(double value) {
        return StrictMath.max(-1.0, StrictMath.min(1.0, value));
    }
}

package space.ocsat.fsw.adcs;

/** Quaternion helpers on {@code double[4]} (scalar first); allocation-free. */
public final class Quaternions {
    private Quaternions() {
    }

    /**
     * Rotates an inertial vector into the body frame: v_b = q* ⊗ v ⊗ q for q the body-to-inertial
     * quaternion.
     *
     * @param q   body-to-inertial unit quaternion (w, x, y, z)
     * @param v   vector in the inertial frame
     * @param out receives the vector in the body frame (may not alias v)
     */
    public static void rotateInverse(double[] q, double[] v, double[] out) {
        double w = q[0];
        double x = -q[1];
        double y = -q[2];
        double z = -q[3];
        // t = 2 (u × v), v' = v + w t + u × t, with u = (x, y, z) the conjugate's vector part
        double tx = 2 * (y * v[2] - z * v[1]);
        double ty = 2 * (z * v[0] - x * v[2]);
        double tz = 2 * (x * v[1] - y * v[0]);
        out[0] = v[0] + w * tx + (y * tz - z * ty);
        out[1] = v[1] + w * ty + (z * tx - x * tz);
        out[2] = v[2] + w * tz + (x * ty - y * tx);
    }
}

package space.ocsat.sim.model;

/** Quaternion and small vector helpers on arrays (scalar-first quaternions); allocation-free. */
final class Quat {
    private Quat() {
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static void cross(double[] a, double[] b, double[] out) {
        double x = a[1] * b[2] - a[2] * b[1];
        double y = a[2] * b[0] - a[0] * b[2];
        double z = a[0] * b[1] - a[1] * b[0];
        out[0] = x;
        out[1] = y;
        out[2] = z;
    }

    /** Normalises in place. @return the norm before normalising */
    static double normalize(double[] v) {
        double n = Math.sqrt(dot(v, v));
        if (n > 0) {
            v[0] /= n;
            v[1] /= n;
            v[2] /= n;
        }
        return n;
    }

    /** Quaternion of the rotation whose matrix has columns x, y, z (body axes in the inertial frame). */
    static void fromAxes(double[] x, double[] y, double[] z, double[] q) {
        double trace = x[0] + y[1] + z[2];
        if (trace > 0) {
            double s = 0.5 / Math.sqrt(trace + 1.0);
            q[0] = 0.25 / s;
            q[1] = (y[2] - z[1]) * s;
            q[2] = (z[0] - x[2]) * s;
            q[3] = (x[1] - y[0]) * s;
        } else if (x[0] > y[1] && x[0] > z[2]) {
            double s = 2.0 * Math.sqrt(1.0 + x[0] - y[1] - z[2]);
            q[0] = (y[2] - z[1]) / s;
            q[1] = 0.25 * s;
            q[2] = (y[0] + x[1]) / s;
            q[3] = (z[0] + x[2]) / s;
        } else if (y[1] > z[2]) {
            double s = 2.0 * Math.sqrt(1.0 + y[1] - x[0] - z[2]);
            q[0] = (z[0] - x[2]) / s;
            q[1] = (y[0] + x[1]) / s;
            q[2] = 0.25 * s;
            q[3] = (z[1] + y[2]) / s;
        } else {
            double s = 2.0 * Math.sqrt(1.0 + z[2] - x[0] - y[1]);
            q[0] = (x[1] - y[0]) / s;
            q[1] = (z[0] + x[2]) / s;
            q[2] = (z[1] + y[2]) / s;
            q[3] = 0.25 * s;
        }
        normalizeQ(q);
    }

    static void normalizeQ(double[] q) {
        double n = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        for (int i = 0; i < 4; i++) {
            q[i] /= n;
        }
    }

    /** Rotates inertial v into the body frame of body-to-inertial q. */
    static void toBody(double[] q, double[] v, double[] out) {
        double w = q[0];
        double x = -q[1];
        double y = -q[2];
        double z = -q[3];
        double tx = 2 * (y * v[2] - z * v[1]);
        double ty = 2 * (z * v[0] - x * v[2]);
        double tz = 2 * (x * v[1] - y * v[0]);
        out[0] = v[0] + w * tx + (y * tz - z * ty);
        out[1] = v[1] + w * ty + (z * tx - x * tz);
        out[2] = v[2] + w * tz + (x * ty - y * tx);
    }

    /**
     * Moves q toward target by at most maxAngleRad along the shortest arc (normalised linear
     * interpolation on the small step, exact at the end point).
     *
     * @return the remaining angle before the step, rad
     */
    static double slewToward(double[] q, double[] target, double maxAngleRad) {
        double d = q[0] * target[0] + q[1] * target[1] + q[2] * target[2] + q[3] * target[3];
        double sign = d < 0 ? -1 : 1;
        double angle = 2 * StrictMath.acos(Math.min(1, Math.abs(d)));
        if (angle <= maxAngleRad) {
            for (int i = 0; i < 4; i++) {
                q[i] = sign * target[i];
            }
            return angle;
        }
        double f = maxAngleRad / angle;
        for (int i = 0; i < 4; i++) {
            q[i] = q[i] + f * (sign * target[i] - q[i]);
        }
        normalizeQ(q);
        return angle;
    }
}

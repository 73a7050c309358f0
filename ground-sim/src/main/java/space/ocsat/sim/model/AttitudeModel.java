package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.adcs.Attitude;
import space.ocsat.hal.adcs.PointingMode;

/**
 * Attitude that follows the commanded pointing mode at a limited slew rate. Targets: nadir with yaw
 * steering (+z to nadir, ±y perpendicular to the Sun so the radiators stay edge-on and the arrays can
 * face the Sun by rotating about y) and Sun pointing (−z, the array normal at drive angle 0, to the Sun).
 * The sign of y is kept continuous, so β ≈ 0 needs no yaw flips; near the yaw-steering singularities
 * the rate limit makes the attitude lag, as a real controller would.
 */
public final class AttitudeModel implements Attitude {
    /** Slew rate limit, rad/s (assumption: 0.5 °/s for a large bus). */
    private static final double SLEW_RATE_RAD_PER_S = Math.toRadians(0.5);
    /** Settled when within this angle of the target, rad. */
    private static final double SETTLED_RAD = Math.toRadians(0.5);

    private final OrbitEnvironment env;
    private final double[] q = {1, 0, 0, 0};
    private final double[] target = new double[4];
    private final double[] x = new double[3];
    private final double[] y = new double[3];
    private final double[] z = new double[3];
    private final double[] sunBody = new double[3];
    private PointingMode mode;
    private boolean settled;

    public AttitudeModel(OrbitEnvironment env, PointingMode initial) {
        this.env = env;
        this.mode = initial;
        Quat.cross(env.positionTruthM(), env.velocityTruthMps(), y);
        Quat.normalize(y);
        computeTarget();
        System.arraycopy(target, 0, q, 0, 4);
        settled = true;
        Quat.toBody(q, env.sunDirectionTruth(), sunBody);
    }

    /** Advances the attitude by dtS seconds toward the current mode's target. */
    public void step(double dtS) {
        bodyY(q, y);
        computeTarget();
        double remaining = Quat.slewToward(q, target, SLEW_RATE_RAD_PER_S * dtS);
        settled = remaining <= SETTLED_RAD;
        Quat.toBody(q, env.sunDirectionTruth(), sunBody);
    }

    private void computeTarget() {
        double[] r = env.positionTruthM();
        double[] s = env.sunDirectionTruth();
        if (mode == PointingMode.SUN_POINTING) {
            z[0] = -s[0];
            z[1] = -s[1];
            z[2] = -s[2];
        } else {
            double rn = Math.sqrt(Quat.dot(r, r));
            z[0] = -r[0] / rn;
            z[1] = -r[1] / rn;
            z[2] = -r[2] / rn;
        }
        // y ⊥ Sun and ⊥ z: along z × s, sign kept near the previous y; degenerate: previous y ⊥ z
        Quat.cross(z, s, x);
        if (Quat.normalize(x) > 1e-3 && mode != PointingMode.SUN_POINTING) {
            double sign = Quat.dot(x, y) < 0 ? -1 : 1;
            y[0] = sign * x[0];
            y[1] = sign * x[1];
            y[2] = sign * x[2];
        } else {
            double d = Quat.dot(y, z);
            y[0] -= d * z[0];
            y[1] -= d * z[1];
            y[2] -= d * z[2];
            if (Quat.normalize(y) < 1e-6) {
                y[0] = z[1];
                y[1] = -z[0];
                y[2] = 0;
                Quat.normalize(y);
            }
        }
        Quat.cross(y, z, x);
        Quat.fromAxes(x, y, z, target);
    }

    /** Body y axis of q in the inertial frame. */
    private static void bodyY(double[] q, double[] out) {
        double w = q[0];
        double qx = q[1];
        double qy = q[2];
        double qz = q[3];
        out[0] = 2 * (qx * qy - w * qz);
        out[1] = 1 - 2 * (qx * qx + qz * qz);
        out[2] = 2 * (qy * qz + w * qx);
    }

    /** @return the Sun direction in the body frame (truth), unit vector */
    public double[] sunBody() {
        return sunBody;
    }

    @Override
    public double quaternion(int component) {
        return q[component];
    }

    @Override
    public PointingMode mode() {
        return mode;
    }

    @Override
    public DeviceStatus setMode(PointingMode newMode) {
        if (newMode == null || newMode == PointingMode.UNSPECIFIED) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        mode = newMode;
        return DeviceStatus.OK;
    }

    @Override
    public boolean settled() {
        return settled;
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.OK;
    }
}

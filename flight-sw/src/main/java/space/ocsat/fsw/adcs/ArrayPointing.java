package space.ocsat.fsw.adcs;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.hal.adcs.PointingMode;

/**
 * Attitude mode and solar array tracking. The attitude mode follows the satellite mode. In nadir/yaw
 * steering the drives track the Sun: the Sun direction from navigation is rotated into the body frame
 * with the measured attitude, and the drive angle that puts the array normal (sin a, 0, −cos a) on it is
 * atan2(s_x, −s_z). In Sun pointing the drives rest at zero, where the body already faces the array to
 * the Sun. Runs at 1 Hz.
 */
public final class ArrayPointing implements CycleTask {
    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final ModeManager modes;
    /** Smoothing of the measured slip per second (a drive still slewing shows a transient error too). */
    private static final double SLIP_GAIN = 0.2;
    private final double[] sunBody = new double[3];
    private final double[] lastSun = new double[3];
    private final boolean[] byEncoder;
    private final double[] slipRad;
    private boolean haveSun;

    public ArrayPointing(SensorFrame frame, ActuatorFrame cmd, ModeManager modes) {
        this.f = frame;
        this.cmd = cmd;
        this.modes = modes;
        this.byEncoder = new boolean[cmd.driveAngleRad.length];
        this.slipRad = new double[cmd.driveAngleRad.length];
    }

    /**
     * FDIR: the drive does not go where it is commanded; steer it by its encoder — command the wanted angle less
     * the slip it shows (measured − commanded, smoothed) — until the ground says otherwise.
     */
    public void steerByEncoder(int drive) {
        byEncoder[drive] = true;
    }

    @Override
    public void run(long nowNs) {
        PointingMode wanted = modes.mode().pointing();
        cmd.pointingMode = wanted;
        if (f.navOk) {
            System.arraycopy(f.sunDirection, 0, lastSun, 0, 3);
            haveSun = true;
        }
        double angle = 0;
        // without a navigation fix the last Sun direction serves: the Sun moves about 1° a day in inertial space
        if (wanted == PointingMode.NADIR_YAW_STEERING && haveSun && f.pointingMode == wanted) {
            Quaternions.rotateInverse(f.attitudeQ, lastSun, sunBody);
            angle = StrictMath.atan2(sunBody[0], -sunBody[2]);
        }
        for (int i = 0; i < cmd.driveAngleRad.length; i++) {
            double target = angle;
            if (byEncoder[i]) {
                double seen = f.driveAngleRad[i] - cmd.driveAngleRad[i];
                seen = seen - 2 * Math.PI * Math.rint(seen / (2 * Math.PI));
                slipRad[i] += SLIP_GAIN * (seen - slipRad[i]);
                target = angle - slipRad[i];
            }
            cmd.driveAngleRad[i] = target;
        }
    }
}

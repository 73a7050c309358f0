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
    /** A drive moving less than this in a second has settled: its error then is its slip, rad (0.5°). */
    private static final double SETTLED_RAD = Math.toRadians(0.5);
    private final double[] sunBody = new double[3];
    private final double[] lastSun = new double[3];
    private final boolean[] byEncoder;
    private final double[] slipRad;
    private final double[] lastAngleRad;
    private boolean haveSun;

    public ArrayPointing(SensorFrame frame, ActuatorFrame cmd, ModeManager modes) {
        this.f = frame;
        this.cmd = cmd;
        this.modes = modes;
        this.byEncoder = new boolean[cmd.driveAngleRad.length];
        this.slipRad = new double[cmd.driveAngleRad.length];
        this.lastAngleRad = new double[cmd.driveAngleRad.length];
    }

    /**
     * FDIR: the drive does not go where it is commanded; steer it by its encoder — command the wanted angle less
     * the slip it shows (measured − commanded, taken when the drive has settled, so a slew's lag is not mistaken
     * for slip). It stays so for the rest of the flight software's run.
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
                if (Math.abs(wrap(f.driveAngleRad[i] - lastAngleRad[i])) < SETTLED_RAD) {
                    slipRad[i] = wrap(f.driveAngleRad[i] - cmd.driveAngleRad[i]);
                }
                target = angle - slipRad[i];
            }
            lastAngleRad[i] = f.driveAngleRad[i];
            cmd.driveAngleRad[i] = target;
        }
    }

    /** @return the angle wrapped into [−π, π], rad */
    public static double wrap(double a) {
        return a - 2 * Math.PI * Math.rint(a / (2 * Math.PI));
    }
}

package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.adcs.ArrayDrives;

/** Solar array drives: each wing's angle slews toward its command at a limited rate, the short way round. */
public final class ArrayDriveModel implements ArrayDrives {
    private final double[] angleRad;
    private final double[] commandRad;
    private final double rateRadPerS;
    private final double[] slipRad;

    /** @param count number of drives (wings) @param rateRadPerS slew rate limit, rad/s */
    public ArrayDriveModel(int count, double rateRadPerS) {
        this.angleRad = new double[count];
        this.commandRad = new double[count];
        this.rateRadPerS = rateRadPerS;
        this.slipRad = new double[count];
    }

    /**
     * Fault injection (scenarios): the drive settles this far from where it is commanded (lost steps, a slipped
     * coupling); its encoder reads where it really is. 0 clears it.
     */
    public void setSlipRad(int drive, double rad) {
        slipRad[drive] = rad;
    }

    /** Advances every drive by dtS seconds. */
    public void step(double dtS) {
        double max = rateRadPerS * dtS;
        for (int i = 0; i < angleRad.length; i++) {
            double err = wrap(commandRad[i] + slipRad[i] - angleRad[i]);
            angleRad[i] = wrap(angleRad[i] + Math.max(-max, Math.min(max, err)));
        }
    }

    /** Wraps an angle into (−π, π]. */
    static double wrap(double a) {
        double w = a % (2 * Math.PI);
        if (w > Math.PI) {
            w -= 2 * Math.PI;
        } else if (w <= -Math.PI) {
            w += 2 * Math.PI;
        }
        return w;
    }

    /**
     * Cosine of the Sun's incidence on a wing: its normal is (sin a, 0, −cos a) in the body frame.
     *
     * @param drive   wing index
     * @param sunBody Sun direction in the body frame
     * @return cos θ, clamped at 0 when the Sun is behind the array
     */
    public double cosIncidence(int drive, double[] sunBody) {
        double a = angleRad[drive];
        return Math.max(0, StrictMath.sin(a) * sunBody[0] - StrictMath.cos(a) * sunBody[2]);
    }

    @Override
    public int count() { return angleRad.length; }

    @Override
    public double angleRad(int drive) { return angleRad[drive]; }

    @Override
    public double commandedAngleRad(int drive) { return commandRad[drive]; }

    @Override
    public DeviceStatus command(int drive, double target) {
        if (drive < 0 || drive >= angleRad.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (!Double.isFinite(target)) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        commandRad[drive] = wrap(target);
        return DeviceStatus.OK;
    }

    @Override
    public double maxRateRadPerS() { return rateRadPerS; }

    @Override
    public DeviceStatus status(int drive) {
        return drive >= 0 && drive < angleRad.length ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }
}

package space.ocsat.fsw.frame;

import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.PointingMode;

/**
 * What the cycle decided, preallocated; {@link Actuation} writes it to the HAL. The decide stage starts
 * from the previous cycle's decisions, so a law that does not run this cycle (a slower rate group)
 * leaves its outputs standing.
 */
public final class ActuatorFrame {
    public final boolean[] gpuPowerOn;
    /** Power cap per GPU, W. */
    public final double[] gpuCapW;
    /** Per GPU: checkpoint and stop taking work before the switch-off. */
    public final boolean[] gpuDrain;
    public final boolean[] heaterOn;
    public boolean pumpOn = true;
    /** Battery charge current limit, A. */
    public double chargeLimitA;
    /** Charge regulator end-of-charge pack voltage, V (0: leave the regulator's own setting). */
    public double endOfChargeV;
    public PointingMode pointingMode = PointingMode.NADIR_YAW_STEERING;
    /** Array drive targets, rad. */
    public final double[] driveAngleRad;
    public final boolean[] channelOn;
    public final boolean[] terminalPowerOn;
    /** Partner each terminal is to acquire ({@link #KEEP_PARTNER}: whatever it has; NO_PARTNER: release). */
    public final int[] terminalPartner;
    /** Per terminal: start its acquisition cycle again (the same partner), once; cleared when actuated. */
    public final boolean[] terminalReacquire;

    /** {@link #terminalPartner} value that leaves a terminal's partner alone. */
    public static final int KEEP_PARTNER = Integer.MIN_VALUE;

    /** Sizes every array for the devices the HAL has; starts with GPUs off at their minimum cap. */
    public ActuatorFrame(Hal hal) {
        int gpus = hal.gpus().count();
        gpuPowerOn = new boolean[gpus];
        gpuCapW = new double[gpus];
        gpuDrain = new boolean[gpus];
        java.util.Arrays.fill(gpuCapW, hal.gpus().minCapW());
        heaterOn = new boolean[hal.heaters().count()];
        driveAngleRad = new double[hal.arrayDrives().count()];
        channelOn = new boolean[hal.power().channelCount()];
        java.util.Arrays.fill(channelOn, true);
        terminalPowerOn = new boolean[hal.terminals().count()];
        terminalPartner = new int[terminalPowerOn.length];
        terminalReacquire = new boolean[terminalPowerOn.length];
        java.util.Arrays.fill(terminalPartner, KEEP_PARTNER);
    }
}

package space.ocsat.fsw.modes;

import space.ocsat.hal.adcs.PointingMode;

/** Satellite modes and what each allows. */
public enum Mode {
    UNSPECIFIED(false, PointingMode.SUN_POINTING),
    /** From power-on until the first cycle has sensed the hardware. */
    BOOT(false, PointingMode.SUN_POINTING),
    /** Survival: compute off, minimal loads, survival heaters, Sun pointing, ground link kept. */
    SAFE(false, PointingMode.SUN_POINTING),
    /** Healthy bus, compute off, nominal attitude. */
    STANDBY(false, PointingMode.NADIR_YAW_STEERING),
    /** Compute on within the power and thermal budgets. */
    OPERATIONAL(true, PointingMode.NADIR_YAW_STEERING);

    private final boolean computeAllowed;
    private final PointingMode pointing;

    Mode(boolean computeAllowed, PointingMode pointing) {
        this.computeAllowed = computeAllowed;
        this.pointing = pointing;
    }

    /** @return true if GPUs may be powered in this mode */
    public boolean computeAllowed() {
        return computeAllowed;
    }

    /** @return the attitude this mode flies */
    public PointingMode pointing() {
        return pointing;
    }
}

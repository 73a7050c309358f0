package space.ocsat.fsw.params;

import space.ocsat.fsw.config.FswConfig;

/**
 * Parameter table 1, the limits ops tune in flight: parameter {@code id} is its index here + 1. Ranges are the
 * bounds a command may set (REFERENCE.md: Li-ion depth of discharge, H100 temperatures and caps); defaults come
 * from {@link FswConfig}. Also: the shed floor must stay below the restore level, and the hard floor below both.
 */
public final class Limits {
    /** Table id of this table. */
    public static final int TABLE_ID = 1;
    public static final String[] NAMES = {"soc_shed_floor", "soc_restore_level", "soc_hard_floor",
        "coolant_outlet_max_k", "radiator_max_k", "gpu_die_max_k", "cap_rate_w_per_s", "charge_limit_a"};
    public static final String[] UNITS = {"-", "-", "-", "K", "K", "K", "W/s", "A"};
    public static final double[] MIN = {0.30, 0.35, 0.20, 300, 300, 330, 1, 1};
    public static final double[] MAX = {0.95, 1.00, 0.60, 353, 358, 360, 700, 100};

    public static final int SOC_SHED_FLOOR = 0;
    public static final int SOC_RESTORE_LEVEL = 1;
    public static final int SOC_HARD_FLOOR = 2;
    public static final int COOLANT_OUTLET_MAX_K = 3;
    public static final int RADIATOR_MAX_K = 4;
    public static final int GPU_DIE_MAX_K = 5;
    public static final int CAP_RATE_W_PER_S = 6;
    public static final int CHARGE_LIMIT_A = 7;

    private Limits() {
    }

    /** @return the defaults of a configuration, in table order */
    public static double[] defaults(FswConfig c) {
        return new double[] {c.socShedFloor, c.socRestoreLevel, c.socHardFloor, c.coolantOutletMaxK, c.radiatorMaxK,
            c.gpuDieMaxK, c.capRateWPerS, c.chargeLimitA};
    }

    /** @return true if the values hold together (hard floor < shed floor < restore level) */
    public static boolean consistent(double[] v) {
        return v[SOC_HARD_FLOOR] < v[SOC_SHED_FLOOR] && v[SOC_SHED_FLOOR] < v[SOC_RESTORE_LEVEL];
    }
}

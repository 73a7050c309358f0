package space.ocsat.hal.compute.nvidia;

import java.util.Arrays;
import space.ocsat.hal.DeviceStatus;

/**
 * One reading of every GPU in primitive arrays indexed by GPU: the layout of the worker's scratch table and of each
 * published buffer of the {@link Snapshot}. The doubles sit in one array per field ({@link #values}{@code [field][gpu]})
 * so a reader needs one method for all of them. Not thread-safe: the {@link Snapshot} guards the published copies.
 */
final class GpuTable {
    /** Board power draw, W. */
    static final int POWER_W = 0;
    /** Die temperature, K. */
    static final int TEMP_K = 1;
    /** Utilisation, fraction 0..1; NaN where the tool does not report it. */
    static final int UTILIZATION = 2;
    /** The power limit in force as the tool reads it back, W. */
    static final int CAP_W = 3;
    /** Lowest power limit the tool accepts for this GPU, W; NaN if not reported. */
    static final int MIN_LIMIT_W = 4;
    /** Highest power limit the tool accepts for this GPU, W; NaN if not reported. */
    static final int MAX_LIMIT_W = 5;
    static final int DOUBLE_FIELDS = 6;

    final double[][] values;
    /** Uncorrected ECC errors, volatile total; kept at its last value while the tool does not report it. */
    final long[] eccErrors;
    /** Performance state P0..P15 as 0..15, -1 if unknown. */
    final int[] pstate;
    final DeviceStatus[] status;
    /** True once the GPU is lost (its row gone, "[GPU is lost]"), until it answers again. */
    final boolean[] hung;

    GpuTable(int count) {
        values = new double[DOUBLE_FIELDS][count];
        for (double[] field : values) {
            Arrays.fill(field, Double.NaN);
        }
        eccErrors = new long[count];
        pstate = new int[count];
        Arrays.fill(pstate, -1);
        status = new DeviceStatus[count];
        Arrays.fill(status, DeviceStatus.NO_RESPONSE);
        hung = new boolean[count];
    }

    int count() {
        return status.length;
    }

    void copyFrom(GpuTable src) {
        for (int f = 0; f < DOUBLE_FIELDS; f++) {
            System.arraycopy(src.values[f], 0, values[f], 0, values[f].length);
        }
        System.arraycopy(src.eccErrors, 0, eccErrors, 0, eccErrors.length);
        System.arraycopy(src.pstate, 0, pstate, 0, pstate.length);
        System.arraycopy(src.status, 0, status, 0, status.length);
        System.arraycopy(src.hung, 0, hung, 0, hung.length);
    }
}

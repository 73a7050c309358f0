package space.ocsat.hal.compute.nvidia;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import space.ocsat.hal.DeviceStatus;

/**
 * Reads the output of the batched query ({@link #ARGS}) into a {@link GpuTable}. Runs on the worker thread only.
 *
 * <p>One row per GPU: {@code index, pci.bus_id, power.draw [W], temperature.gpu [°C], utilization.gpu [%],
 * power.limit [W], power.min_limit [W], power.max_limit [W], ecc.errors.uncorrected.volatile.total, pstate}. A cell
 * nvidia-smi cannot fill holds a bracketed reason:
 * <ul>
 *   <li>{@code [GPU is lost]}, {@code [GPU requires reset]} in any cell: the GPU is lost (NO_RESPONSE, hung);
 *       its other values keep their last reading;</li>
 *   <li>{@code [N/A]}, {@code [Not Supported]}, {@code [Insufficient Permissions]}: the value is unavailable;</li>
 *   <li>{@code [Unknown Error]} or anything else not a number: the value is in error.</li>
 * </ul>
 * Power draw, temperature and power limit are essential: one unavailable or in error makes the GPU FAILED (its
 * readings cannot be trusted), a value outside its physical range makes it OUT_OF_RANGE. The others are tolerated:
 * utilisation and the min/max limits read NaN, the ECC count keeps its last value (a board without ECC stays at 0),
 * pstate reads -1. Rows of GPUs beyond the configured count are ignored. A line that is not a row is kept as a
 * message; "Unable to determine the device handle for GPU
 * &lt;bus id&gt;: ..." names a GPU that is gone, matched to its index by the bus id of its earlier rows.
 */
final class QueryParser {
    static final String FIELDS = "index,pci.bus_id,power.draw,temperature.gpu,utilization.gpu,power.limit,"
            + "power.min_limit,power.max_limit,ecc.errors.uncorrected.volatile.total,pstate";
    static final List<String> ARGS = List.of("--query-gpu=" + FIELDS, "--format=csv,noheader,nounits");

    private static final int INDEX = 0;
    private static final int BUS_ID = 1;
    private static final int POWER = 2;
    private static final int TEMP = 3;
    private static final int UTIL = 4;
    private static final int LIMIT = 5;
    private static final int MIN_LIMIT = 6;
    private static final int MAX_LIMIT = 7;
    private static final int ECC = 8;
    private static final int PSTATE = 9;
    private static final int FIELD_COUNT = 10;

    private static final double KELVIN_AT_0_C = 273.15;
    /** Physical ranges outside which a reading is OUT_OF_RANGE (the tool has printed garbage). */
    private static final double MAX_POWER_W = 5000;
    private static final double MIN_TEMP_C = -60;
    private static final double MAX_TEMP_C = 200;

    private static final Pattern HANDLE_FAILURE = Pattern.compile(
            "Unable to determine the device handle for GPU\\s*([0-9A-Fa-f]+:[0-9A-Fa-f]+:[0-9A-Fa-f]+\\.[0-9A-Fa-f]+)");

    private enum Cell { NUMBER, UNAVAILABLE, ERROR, LOST }

    /** What one output said beyond the rows written into the table. Reused; {@link #parse} clears it. */
    static final class Result {
        int rows;
        final boolean[] seen;
        final boolean[] namedGone;
        /** The first line that was not a row, or null. */
        String message;

        Result(int count) {
            seen = new boolean[count];
            namedGone = new boolean[count];
        }
    }

    /** @return the number of GPUs the output lists (highest row index + 1), for discovery at start */
    static int gpusIn(String output) {
        int count = 0;
        for (String line : output.split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length == FIELD_COUNT) {
                int index = parseIndex(cells[INDEX].strip());
                count = Math.max(count, index + 1);
            }
        }
        return count;
    }

    /**
     * Parses {@code output} into {@code table}: each row overwrites its GPU's values and status; GPUs without a row are
     * left as they were (the caller decides what a missing row means).
     *
     * @param busIds per GPU, the normalised bus id of its last row (updated here)
     */
    void parse(String output, GpuTable table, String[] busIds, Result result) {
        result.rows = 0;
        result.message = null;
        Arrays.fill(result.seen, false);
        Arrays.fill(result.namedGone, false);
        for (String raw : output.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            int gpu = cells.length == FIELD_COUNT ? parseIndex(cells[INDEX].strip()) : -1;
            if (gpu < 0) {
                noteMessage(line, busIds, result);
            } else if (gpu < table.count() && !result.seen[gpu]) {
                result.seen[gpu] = true;
                result.rows++;
                readRow(cells, gpu, table, busIds);
            } // else a GPU beyond the configured count, or a repeated row: not ours
        }
    }

    private static void readRow(String[] cells, int g, GpuTable t, String[] busIds) {
        for (int i = 0; i < FIELD_COUNT; i++) {
            cells[i] = cells[i].strip();
            if (kind(cells[i]) == Cell.LOST) {
                t.status[g] = DeviceStatus.NO_RESPONSE;
                t.hung[g] = true;
                return;
            }
        }
        if (!cells[BUS_ID].startsWith("[")) {
            busIds[g] = normaliseBusId(cells[BUS_ID]);
        }
        double powerW = number(cells[POWER]);
        double tempC = number(cells[TEMP]);
        double capW = number(cells[LIMIT]);
        double[][] v = t.values;
        v[GpuTable.POWER_W][g] = powerW;
        v[GpuTable.TEMP_K][g] = tempC + KELVIN_AT_0_C;
        v[GpuTable.UTILIZATION][g] = number(cells[UTIL]) / 100;
        v[GpuTable.CAP_W][g] = capW;
        v[GpuTable.MIN_LIMIT_W][g] = number(cells[MIN_LIMIT]);
        v[GpuTable.MAX_LIMIT_W][g] = number(cells[MAX_LIMIT]);
        double ecc = number(cells[ECC]);
        if (ecc >= 0) {
            t.eccErrors[g] = (long) ecc;
        }
        t.pstate[g] = pstate(cells[PSTATE]);
        t.hung[g] = false;
        t.status[g] = status(powerW, tempC, capW, v[GpuTable.UTILIZATION][g]);
    }

    private static DeviceStatus status(double powerW, double tempC, double capW, double utilization) {
        if (Double.isNaN(powerW) || Double.isNaN(tempC) || Double.isNaN(capW)) {
            return DeviceStatus.FAILED;
        }
        boolean inRange = powerW >= 0 && powerW <= MAX_POWER_W && tempC >= MIN_TEMP_C && tempC <= MAX_TEMP_C
                && capW > 0 && capW <= MAX_POWER_W && !(utilization < 0 || utilization > 1);
        return inRange ? DeviceStatus.OK : DeviceStatus.OUT_OF_RANGE;
    }

    private static void noteMessage(String line, String[] busIds, Result result) {
        if (result.message == null) {
            result.message = line;
        }
        Matcher m = HANDLE_FAILURE.matcher(line);
        if (m.find()) {
            String bus = normaliseBusId(m.group(1));
            for (int g = 0; g < busIds.length; g++) {
                if (bus.equals(busIds[g])) {
                    result.namedGone[g] = true;
                }
            }
        }
    }

    private static Cell kind(String cell) {
        if (cell.startsWith("[") && cell.endsWith("]")) {
            String reason = cell.substring(1, cell.length() - 1).strip().toLowerCase(Locale.ROOT);
            switch (reason) {
                case "gpu is lost", "gpu requires reset":
                    return Cell.LOST;
                case "n/a", "not supported", "insufficient permissions":
                    return Cell.UNAVAILABLE;
                default:
                    return Cell.ERROR;
            }
        }
        if (cell.equalsIgnoreCase("N/A")) {
            return Cell.UNAVAILABLE;
        }
        return Double.isNaN(parse(cell)) ? Cell.ERROR : Cell.NUMBER;
    }

    /** @return the cell's number, NaN if it holds none */
    private static double number(String cell) {
        return kind(cell) == Cell.NUMBER ? parse(cell) : Double.NaN;
    }

    private static double parse(String cell) {
        if (cell.isEmpty() || !(Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-')) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(cell);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int parseIndex(String cell) {
        if (cell.isEmpty() || cell.length() > 4) {
            return -1;
        }
        for (int i = 0; i < cell.length(); i++) {
            if (!Character.isDigit(cell.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(cell);
    }

    private static int pstate(String cell) {
        if (cell.length() >= 2 && (cell.charAt(0) == 'P' || cell.charAt(0) == 'p')) {
            int p = parseIndex(cell.substring(1));
            return p <= 15 ? p : -1;
        }
        return -1;
    }

    /**
     * @return the bus id with a 4-digit domain, lower case: rows print "00000000:3B:00.0", older messages
     *         "0000:3B:00.0"
     */
    static String normaliseBusId(String busId) {
        String id = busId.strip().toLowerCase(Locale.ROOT);
        int colon = id.indexOf(':');
        if (colon < 0) {
            return id;
        }
        String domain = id.substring(0, colon);
        if (domain.length() > 4 && domain.substring(0, domain.length() - 4).chars().allMatch(c -> c == '0')) {
            domain = domain.substring(domain.length() - 4);
        }
        return domain + id.substring(colon);
    }
}

package space.ocsat.sim.report;

/**
 * Fixed-point number formatting that is the same on every JVM and locale (no {@code String.format}):
 * rounds half away from zero to the given decimals.
 */
public final class CsvFormat {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private CsvFormat() {
    }

    /**
     * Appends v with exactly {@code decimals} digits after the point (0–6).
     *
     * @return sb
     */
    public static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
        if (Double.isNaN(v)) {
            return sb.append("nan");
        }
        if (Double.isInfinite(v)) {
            return sb.append(v > 0 ? "inf" : "-inf");
        }
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(scaled % scale);
            for (int i = frac.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }
}

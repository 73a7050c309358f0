package space.ocsat.sim.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summary of one run: ordered keys in lowerCamelCase with units in their names, printed to the
 * console and written as {@code summary.json}. Wall-clock figures live here, never in the telemetry.
 */
public final class RunSummary {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /**
     * Adds a figure; numbers are written as JSON numbers, a nested summary as a JSON object, everything else as
     * strings.
     */
    public RunSummary put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** @return the value, or null */
    public Object get(String key) {
        return values.get(key);
    }

    /** @return the number under key @throws IllegalArgumentException if absent or not a number */
    public double number(String key) {
        Object v = values.get(key);
        if (!(v instanceof Number)) {
            throw new IllegalArgumentException("summary has no number " + key);
        }
        return ((Number) v).doubleValue();
    }

    /** @return the summary as a JSON object, one key per line */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sb.append("  \"").append(e.getKey()).append("\": ");
            Object v = e.getValue();
            if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (Double.isFinite(d)) {
                    sb.append(BigDecimalText.of(d));
                } else {
                    sb.append("null");
                }
            } else if (v instanceof RunSummary) {
                String inner = ((RunSummary) v).toJson().strip();
                sb.append(inner.replace("\n", "\n  "));
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                sb.append('"').append(escape(String.valueOf(v))).append('"');
            }
            sb.append(++i < values.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Shortest round-trip decimal text of a double, without exponent for ordinary magnitudes. */
    private static final class BigDecimalText {
        static String of(double d) {
            return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
    }
}

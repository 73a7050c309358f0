package space.ocsat.sim.ops;

import com.google.flatbuffers.Table;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import space.ocsat.sim.dictionary.Dictionary;
import space.ocsat.wire.Payload;
import space.ocsat.wire.TelemetryFrame;

/**
 * Turns a telemetry frame into one readable line: every field of its payload in schema order with its
 * unit, values outside their dictionary limits highlighted. Driven by the schema (fields, units and
 * limits from the .fbs files, values through the generated accessors), so a new telemetry point shows up
 * without touching this class.
 */
final class TelemetryPrinter {
    private final boolean ansi;
    private final Map<String, List<Dictionary.Field>> fields = new HashMap<>();

    /** @param ansi highlight in colour (a terminal) rather than with markers */
    TelemetryPrinter(boolean ansi) {
        this.ansi = ansi;
    }

    String format(TelemetryFrame frame) throws IOException, ReflectiveOperationException {
        String table = Payload.name(frame.payloadType());
        Class<?> type = Class.forName("space.ocsat.wire." + table);
        Table payload = (Table) frame.payload((Table) type.getDeclaredConstructor().newInstance());
        StringBuilder line = new StringBuilder(256)
                .append(Instant.ofEpochSecond(0, frame.timeUnixNs())).append(' ')
                .append(String.format(Locale.ROOT, "%-9s #%-6d", table, frame.sequence()));
        for (Dictionary.Field f : fields.computeIfAbsent(table, this::load)) {
            line.append("  ").append(f.name()).append(' ');
            if (f.type().startsWith("[")) {
                vector(line, type, payload, f);
            } else {
                value(line, f, type.getMethod(camel(f.name())).invoke(payload));
            }
            if (!f.unit().equals("-")) {
                line.append(' ').append(f.unit());
            }
        }
        return line.toString();
    }

    private List<Dictionary.Field> load(String table) {
        try {
            return Dictionary.fields(table);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void vector(StringBuilder line, Class<?> type, Table payload, Dictionary.Field f)
            throws ReflectiveOperationException {
        String getter = camel(f.name());
        int n = (Integer) type.getMethod(getter + "Length").invoke(payload);
        Method element = type.getMethod(getter, int.class);
        line.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                line.append(", ");
            }
            value(line, f, element.invoke(payload, i));
        }
        line.append(']');
    }

    private void value(StringBuilder line, Dictionary.Field f, Object v) throws ReflectiveOperationException {
        String elementType = f.type().replace("[", "").replace("]", "");
        String text;
        boolean bad = false;
        if (v instanceof Number && Character.isUpperCase(elementType.charAt(0))) {
            Class<?> names = Class.forName("space.ocsat.wire." + elementType);
            text = (String) names.getMethod("name", int.class).invoke(null, ((Number) v).intValue());
        } else if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            text = String.format(Locale.ROOT, Math.abs(d) >= 1000 ? "%.0f" : "%.3f", d);
            bad = f.outside(d);
        } else {
            text = String.valueOf(v);
            if (v instanceof Number) {
                bad = f.outside(((Number) v).doubleValue());
            }
        }
        if (bad) {
            line.append(ansi ? "\u001b[1;31m" + text + "\u001b[0m" : "!" + text + "!");
        } else {
            line.append(text);
        }
    }

    /** @return the generated accessor's name of a snake_case field */
    static String camel(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}

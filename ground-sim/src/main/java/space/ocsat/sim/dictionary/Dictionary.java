package space.ocsat.sim.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.sim.dictionary.Schema.Decl;
import space.ocsat.sim.dictionary.Schema.Member;

/**
 * Generates the command and telemetry dictionary ({@code docs/DICTIONARY.md}) from the .fbs schemas
 * packed in the flight software's jar, the events' argument meanings from {@link EventId}. Units come
 * from the field names' suffixes, ranges and limits from the doc comments. A test checks the committed
 * file against this output, so the dictionary cannot drift from the contract.
 */
public final class Dictionary {
    private static final List<String> FILES = List.of("common.fbs", "telecommand.fbs", "telemetry.fbs");
    private static final String[][] UNITS = {
        {"_kg_per_s", "kg/s"}, {"_unix_ns", "ns since 1970-01-01 UTC"}, {"_ns", "ns"}, {"_us", "µs"},
        {"_w", "W"}, {"_k", "K"}, {"_s", "s"}, {"_a", "A"}, {"_v", "V"}, {"_bps", "bit/s"}, {"_dbm", "dBm"}};
    private static final String[][] PACKETS = {
        {"PowerHk", "HK_POWER", "tm/hk/power"}, {"ThermalHk", "HK_THERMAL", "tm/hk/thermal"},
        {"ComputeHk", "HK_COMPUTE", "tm/hk/compute"}, {"LinksHk", "HK_LINKS", "tm/hk/links"},
        {"ExecHk", "HK_EXEC", "tm/hk/exec"}, {"Event", "EVENTS", "tm/event"}, {"CommandAck", "ACKS", "tm/ack"}};

    private Dictionary() {
    }

    /** One field of a table as the dictionary describes it. */
    public record Field(String name, String type, String unit, double low, double high) {
        /** @return true if the field has a limit and the value is outside it */
        public boolean outside(double v) {
            return v < low || v > high;
        }
    }

    private static Schema load() throws IOException {
        Schema schema = new Schema();
        for (String file : FILES) {
            try (InputStream in = Dictionary.class.getResourceAsStream("/fbs/" + file)) {
                if (in == null) {
                    throw new IOException("schema " + file + " is not on the class path (flight-sw jar, /fbs)");
                }
                schema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return schema;
    }

    /**
     * @param table a table of the schema, e.g. {@code PowerHk}
     * @return its fields in declaration order, with units and the "limit: a..b" bounds (±∞ if none)
     */
    public static List<Field> fields(String table) throws IOException {
        Decl decl = load().get(table);
        if (decl == null) {
            throw new IllegalArgumentException("no table " + table + " in the schemas");
        }
        List<Field> out = new java.util.ArrayList<>();
        for (Member m : decl.members()) {
            double low = Double.NEGATIVE_INFINITY;
            double high = Double.POSITIVE_INFINITY;
            java.util.regex.Matcher lim = java.util.regex.Pattern.compile("limit:\\s*([-\\d.]*)\\.\\.([-\\d.]*)").matcher(m.doc());
            if (lim.find()) {
                if (!lim.group(1).isEmpty()) {
                    low = Double.parseDouble(lim.group(1));
                }
                if (!lim.group(2).isEmpty()) {
                    high = Double.parseDouble(lim.group(2));
                }
            }
            out.add(new Field(m.name(), m.type(), unit(m.name()), low, high));
        }
        return out;
    }

    /** @return the dictionary as Markdown */
    public static String generate() throws IOException {
        Schema schema = load();
        StringBuilder md = new StringBuilder();
        md.append("# ocsat command and telemetry dictionary\n\n")
          .append("Generated from `flight-sw/src/main/fbs/*.fbs` by `./ocsat ops dictionary`; do not edit by hand ")
          .append("(a test fails when this file and the schemas disagree). Units follow the field names' ")
          .append("suffixes; ranges are checked on board on receipt, limits are highlighted by the ops console.\n\n");
        commands(md, schema);
        telemetry(md, schema);
        events(md);
        parameters(md);
        enums(md, schema);
        return md.toString();
    }

    /** The limits table (SetParameter, LoadParameterTable, DumpParameterTable), from the flight software's definition. */
    private static void parameters(StringBuilder md) {
        double[] defaults = space.ocsat.fsw.params.Limits.defaults(new space.ocsat.fsw.config.FswConfig());
        md.append("## Parameter table ").append(space.ocsat.fsw.params.Limits.TABLE_ID).append(" (limits)\n\n")
          .append("Set one with `SetParameter` (id or name in the console), replace all with `LoadParameterTable` ")
          .append("(values in id order; CRC-32C over them as little-endian doubles; armed first), read back with ")
          .append("`DumpParameterTable`. Persisted on board. Also checked: soc_hard_floor < soc_shed_floor < ")
          .append("soc_restore_level.\n\n| id | parameter | unit | range | default |\n|---|---|---|---|---|\n");
        for (int i = 0; i < defaults.length; i++) {
            md.append("| ").append(i + 1).append(" | ").append(space.ocsat.fsw.params.Limits.NAMES[i]).append(" | ")
              .append(space.ocsat.fsw.params.Limits.UNITS[i]).append(" | ")
              .append(plain(space.ocsat.fsw.params.Limits.MIN[i])).append("..")
              .append(plain(space.ocsat.fsw.params.Limits.MAX[i])).append(" | ").append(plain(defaults[i]))
              .append(" |\n");
        }
        md.append("\n");
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void commands(StringBuilder md, Schema schema) {
        md.append("## Commands\n\n")
          .append("Topic `ocsat/v1/{sat}/tc`, QoS 1. Every command travels in a `Telecommand`: the signed ")
          .append("`CommandBody` (satellite id, key id, sequence, execution time, command) and its HMAC-SHA256.\n\n");
        table(md, schema.get("CommandBody"), "field");
        Decl union = schema.get("Command");
        for (Member m : union.members()) {
            Decl cmd = schema.get(m.name());
            md.append("### ").append(m.name()).append(" (type ").append(m.value()).append(")\n\n");
            if (!cmd.doc().isEmpty()) {
                md.append(cmd.doc()).append("\n\n");
            }
            if (cmd.members().isEmpty()) {
                md.append("No arguments.\n\n");
            } else {
                table(md, cmd, "argument");
            }
        }
    }

    private static void telemetry(StringBuilder md, Schema schema) {
        md.append("## Telemetry\n\n")
          .append("Every message is one `TelemetryFrame` followed by its CRC-32C (4 bytes, little-endian).\n\n");
        table(md, schema.get("TelemetryFrame"), "field");
        for (String[] p : PACKETS) {
            Decl packet = schema.get(p[0]);
            md.append("### ").append(p[0]).append(" (stream ").append(p[1]).append(", topic `ocsat/v1/{sat}/")
              .append(p[2]).append("`)\n\n");
            if (!packet.doc().isEmpty()) {
                md.append(packet.doc()).append("\n\n");
            }
            table(md, packet, "point");
        }
    }

    private static void events(StringBuilder md) {
        md.append("## Events\n\n| id | event | severity | a | b | value |\n|---|---|---|---|---|---|\n");
        for (EventId id : EventId.values()) {
            if (id == EventId.UNSPECIFIED) {
                continue;
            }
            md.append("| ").append(id.ordinal()).append(" | ").append(id.name()).append(" | ")
              .append(id.severity().name()).append(" | ").append(id.argA()).append(" | ").append(id.argB())
              .append(" | ").append(id.valueMeaning()).append(" |\n");
        }
        md.append('\n');
    }

    private static void enums(StringBuilder md, Schema schema) {
        md.append("## Enumerations\n\n");
        for (Decl d : schema.decls.values()) {
            if (!d.kind().equals("enum")) {
                continue;
            }
            md.append("### ").append(d.name()).append(" (").append(d.type()).append(")\n\n");
            if (!d.doc().isEmpty()) {
                md.append(d.doc()).append("\n\n");
            }
            md.append("| value | name | meaning |\n|---|---|---|\n");
            for (Member m : d.members()) {
                md.append("| ").append(m.value()).append(" | ").append(m.name()).append(" | ").append(m.doc()).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static void table(StringBuilder md, Decl decl, String what) {
        md.append("| ").append(what).append(" | type | unit | range / limits | description |\n|---|---|---|---|---|\n");
        for (Member m : decl.members()) {
            md.append("| `").append(m.name()).append("` | ").append(m.type()).append(" | ").append(unit(m.name()))
              .append(" | ").append(bounds(m.doc())).append(" | ").append(description(m.doc())).append(" |\n");
        }
        md.append('\n');
    }

    static String unit(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        for (String[] u : UNITS) {
            if (f.endsWith(u[0])) {
                return u[1];
            }
        }
        return "-";
    }

    /** A "range: …" or "limit: …" clause: the keyword, the bounds, an optional trailing unit or remark. */
    private static final java.util.regex.Pattern BOUNDS =
            java.util.regex.Pattern.compile("(range|limit):\\s*([^\\s,]+(?:,\\s*or [^.;()]+)?)(\\s+(?:W|K|s|V|A)\\b)?");

    private static String bounds(String doc) {
        java.util.regex.Matcher m = BOUNDS.matcher(doc);
        return m.find() ? m.group(1) + " " + m.group(2).strip() : "-";
    }

    private static String description(String doc) {
        String d = BOUNDS.matcher(doc).replaceAll("").replaceAll("\\(\\s*\\)", "").strip();
        return d.isEmpty() || d.equals(".") ? "-" : d;
    }
}

package space.ocsat.sim.ops;

import com.google.flatbuffers.FlatBufferBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import space.ocsat.wire.Arm;
import space.ocsat.wire.Command;
import space.ocsat.wire.HeaterMode;
import space.ocsat.wire.Mode;
import space.ocsat.wire.Noop;
import space.ocsat.wire.ResetFault;
import space.ocsat.wire.SetGpuPower;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.SetHeater;
import space.ocsat.wire.SetHousekeepingRate;
import space.ocsat.wire.SetMode;
import space.ocsat.wire.SetMonitorEnabled;
import space.ocsat.wire.SetThermalLimits;
import space.ocsat.wire.Stream;

/**
 * The commands the ops console can send, by name, with their arguments ({@code --name value}), each
 * parsed and turned into the command table of telecommand.fbs. Unknown names and bad values get a
 * one-line error listing the valid choices.
 */
public final class CommandCatalog {
    /** One command: its union tag, argument names, and how to build it from the parsed arguments. */
    record Spec(byte type, List<String> args, Builder builder) {
    }

    @FunctionalInterface
    interface Builder {
        int build(FlatBufferBuilder b, Map<String, String> args);
    }

    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();
    /** Arguments that may be left out (the console fills them in: a table's CRC-32C). */
    private static final java.util.Set<String> OPTIONAL = java.util.Set.of("crc32c");

    static {
        SPECS.put("Noop", new Spec(Command.Noop, List.of(), (b, a) -> {
            Noop.startNoop(b);
            return Noop.endNoop(b);
        }));
        SPECS.put("SetMode", new Spec(Command.SetMode, List.of("mode"),
                (b, a) -> SetMode.createSetMode(b, enumValue("mode", a.get("mode"), Mode.names))));
        SPECS.put("SetGpuPowerCap", new Spec(Command.SetGpuPowerCap, List.of("gpu", "cap-w"),
                (b, a) -> SetGpuPowerCap.createSetGpuPowerCap(b, gpu(a.get("gpu")), (float) number("cap-w", a.get("cap-w")))));
        SPECS.put("SetGpuPower", new Spec(Command.SetGpuPower, List.of("gpu", "on"),
                (b, a) -> SetGpuPower.createSetGpuPower(b, gpu(a.get("gpu")), bool("on", a.get("on")))));
        SPECS.put("SetHeater", new Spec(Command.SetHeater, List.of("heater", "mode"),
                (b, a) -> SetHeater.createSetHeater(b, (int) number("heater", a.get("heater")),
                        enumValue("mode", a.get("mode"), HeaterMode.names))));
        SPECS.put("SetThermalLimits", new Spec(Command.SetThermalLimits,
                List.of("coolant-outlet-max-k", "radiator-max-k", "gpu-die-max-k"),
                (b, a) -> SetThermalLimits.createSetThermalLimits(b, (float) number("coolant-outlet-max-k", a.get("coolant-outlet-max-k")),
                        (float) number("radiator-max-k", a.get("radiator-max-k")), (float) number("gpu-die-max-k", a.get("gpu-die-max-k")))));
        SPECS.put("SetHousekeepingRate", new Spec(Command.SetHousekeepingRate, List.of("packet", "period-s"),
                (b, a) -> SetHousekeepingRate.createSetHousekeepingRate(b, enumValue("packet", a.get("packet"), Stream.names),
                        (float) number("period-s", a.get("period-s")))));
        SPECS.put("SetMonitorEnabled", new Spec(Command.SetMonitorEnabled, List.of("fault", "enabled"),
                (b, a) -> SetMonitorEnabled.createSetMonitorEnabled(b, (int) number("fault", a.get("fault")), bool("enabled", a.get("enabled")))));
        SPECS.put("ResetFault", new Spec(Command.ResetFault, List.of("fault"),
                (b, a) -> ResetFault.createResetFault(b, (int) number("fault", a.get("fault")))));
        SPECS.put("CancelScheduled", new Spec(Command.CancelScheduled, List.of("sequence"),
                (b, a) -> space.ocsat.wire.CancelScheduled.createCancelScheduled(b, integer("sequence", a.get("sequence")))));
        SPECS.put("AcknowledgeTelemetry", new Spec(Command.AcknowledgeTelemetry, List.of("stream", "up-to-sequence"),
                (b, a) -> space.ocsat.wire.AcknowledgeTelemetry.createAcknowledgeTelemetry(b,
                        enumValue("stream", a.get("stream"), Stream.names), integer("up-to-sequence", a.get("up-to-sequence")))));
        SPECS.put("RotateKey", new Spec(Command.RotateKey, List.of("new-key-id"),
                (b, a) -> space.ocsat.wire.RotateKey.createRotateKey(b, integer("new-key-id", a.get("new-key-id")))));
        SPECS.put("ReportSchedule", new Spec(Command.ReportSchedule, List.of(), (b, a) -> {
            space.ocsat.wire.ReportSchedule.startReportSchedule(b);
            return space.ocsat.wire.ReportSchedule.endReportSchedule(b);
        }));
        SPECS.put("SetParameter", new Spec(Command.SetParameter, List.of("id", "value"),
                (b, a) -> space.ocsat.wire.SetParameter.createSetParameter(b, parameterId(a.get("id")),
                        number("value", a.get("value")))));
        SPECS.put("LoadParameterTable", new Spec(Command.LoadParameterTable, List.of("table-id", "values", "crc32c"),
                (b, a) -> {
                    double[] values = numbers("values", a.get("values"));
                    long crc = a.get("crc32c") == null ? crc32c(values) : integer("crc32c", a.get("crc32c"));
                    int vector = space.ocsat.wire.LoadParameterTable.createValuesVector(b, values);
                    return space.ocsat.wire.LoadParameterTable.createLoadParameterTable(b,
                            (int) integer("table-id", a.get("table-id")), vector, crc);
                }));
        SPECS.put("LoadMonitorTable", new Spec(Command.LoadMonitorTable, List.of("entries"),
                (b, a) -> {
                    String[] rows = text("entries", a.get("entries")).split(";");
                    int[] offsets = new int[rows.length];
                    for (int i = 0; i < rows.length; i++) {
                        offsets[i] = monitorEntry(b, rows[i].trim());
                    }
                    return space.ocsat.wire.LoadMonitorTable.createLoadMonitorTable(b,
                            space.ocsat.wire.LoadMonitorTable.createEntriesVector(b, offsets));
                }));
        SPECS.put("DumpParameterTable", new Spec(Command.DumpParameterTable, List.of("table-id"),
                (b, a) -> space.ocsat.wire.DumpParameterTable.createDumpParameterTable(b,
                        (int) integer("table-id", a.get("table-id")))));
        SPECS.put("DumpFaultLog", new Spec(Command.DumpFaultLog, List.of(), (b, a) -> {
            space.ocsat.wire.DumpFaultLog.startDumpFaultLog(b);
            return space.ocsat.wire.DumpFaultLog.endDumpFaultLog(b);
        }));
        SPECS.put("ClearFaultLog", new Spec(Command.ClearFaultLog, List.of(), (b, a) -> {
            space.ocsat.wire.ClearFaultLog.startClearFaultLog(b);
            return space.ocsat.wire.ClearFaultLog.endClearFaultLog(b);
        }));
        SPECS.put("TerminalHandoff", new Spec(Command.TerminalHandoff, List.of("terminal", "partner"),
                (b, a) -> space.ocsat.wire.TerminalHandoff.createTerminalHandoff(b, (int) integer("terminal", a.get("terminal")),
                        (int) integer("partner", a.get("partner")))));
        SPECS.put("Arm", new Spec(Command.Arm, List.of("command", "window-s"),
                (b, a) -> Arm.createArm(b, (byte) enumValue("command", a.get("command"), Command.names),
                        (float) number("window-s", a.get("window-s")))));
    }

    private CommandCatalog() {
    }

    /** @return every command the catalog builds, by name */
    public static List<String> names() {
        return List.copyOf(SPECS.keySet());
    }

    /** @return the command's union tag @throws IllegalArgumentException listing the known commands */
    public static byte type(String name) {
        return spec(name).type();
    }

    /**
     * Builds a command from named arguments (names as {@code ops send} takes them, without the dashes).
     *
     * @return a builder of the command table
     * @throws IllegalArgumentException naming the bad or missing argument and the valid ones
     */
    public static ToIntFunction<FlatBufferBuilder> build(String name, Map<String, String> args) {
        List<String> words = new java.util.ArrayList<>();
        args.forEach((k, v) -> {
            words.add("--" + k);
            words.add(v);
        });
        return parse(name, words);
    }

    /** @throws IllegalArgumentException listing the known commands */
    static Spec spec(String name) {
        Spec s = SPECS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown command '" + name + "'; valid: " + String.join(", ", SPECS.keySet()));
        }
        return s;
    }

    /**
     * Parses {@code --name value} pairs against a command's arguments.
     *
     * @return a builder of the command table
     * @throws IllegalArgumentException naming the bad or missing argument and the valid ones
     */
    static ToIntFunction<FlatBufferBuilder> parse(String name, List<String> words) {
        Spec spec = spec(name);
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("--") || !spec.args().contains(w.substring(2))) {
                throw new IllegalArgumentException(name + " takes " + (spec.args().isEmpty() ? "no arguments"
                        : "--" + String.join(", --", spec.args())) + "; got '" + w + "'");
            }
            if (i + 1 >= words.size()) {
                throw new IllegalArgumentException(w + " needs a value");
            }
            args.put(w.substring(2), words.get(++i));
        }
        for (String a : spec.args()) {
            if (!args.containsKey(a) && !OPTIONAL.contains(a)) {
                throw new IllegalArgumentException(name + " needs --" + a);
            }
        }
        spec.builder().build(new FlatBufferBuilder(64), args);
        return b -> spec.builder().build(b, args);
    }

    private static int enumValue(String arg, String value, String[] names) {
        for (int i = 1; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("--" + arg + " must be one of "
                + String.join(", ", List.of(names).subList(1, names.length)).toUpperCase(Locale.ROOT) + "; got '" + value + "'");
    }

    /**
     * One monitor table row, {@code FAULT:UNIT:RESPONSE:PERSISTENCE_S:ENABLED} — e.g. {@code 7:4:EVENT_ONLY:0:false}
     * (unit -1: every unit; response KEEP or 0 persistence keep the current ones).
     */
    private static int monitorEntry(com.google.flatbuffers.FlatBufferBuilder b, String row) {
        String[] f = row.split(":");
        if (f.length != 5) {
            throw new IllegalArgumentException("--entries: a row is FAULT:UNIT:RESPONSE:PERSISTENCE_S:ENABLED, not '"
                    + row + "'");
        }
        int response = f[2].equalsIgnoreCase("KEEP") ? 0
                : enumValue("entries", f[2], space.ocsat.wire.FdirResponse.names);
        return space.ocsat.wire.MonitorEntry.createMonitorEntry(b, (int) integer("entries", f[0]),
                (short) integer("entries", f[1]), response, (int) integer("entries", f[3]), bool("entries", f[4]));
    }

    private static String text(String arg, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + arg + " is required");
        }
        return value;
    }

    private static double number(String arg, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + arg + " must be a number; got '" + value + "'");
        }
    }

    private static long integer(String arg, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + arg + " must be a whole number; got '" + value + "'");
        }
    }

    /** @return a parameter id of the limits table, given as its number or its name */
    private static int parameterId(String value) {
        int byName = List.of(space.ocsat.fsw.params.Limits.NAMES).indexOf(value);
        if (byName >= 0) {
            return byName + 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--id must be a parameter number or one of "
                    + String.join(", ", space.ocsat.fsw.params.Limits.NAMES) + "; got '" + value + "'");
        }
    }

    private static double[] numbers(String arg, String value) {
        String[] parts = value.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(arg, parts[i].strip());
        }
        return out;
    }

    /** The CRC-32C the satellite checks: over the values as little-endian IEEE-754 doubles, in order. */
    static long crc32c(double[] values) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8 * values.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes.array());
        return crc.getValue();
    }

    private static int gpu(String value) {
        return "all".equalsIgnoreCase(value) ? 255 : (int) number("gpu", value);
    }

    private static boolean bool(String arg, String value) {
        if ("true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value) || "off".equalsIgnoreCase(value)) {
            return false;
        }
        throw new IllegalArgumentException("--" + arg + " must be true/false (or on/off); got '" + value + "'");
    }
}

package space.ocsat.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.sim.ops.CommandCatalog;

/**
 * Timeline commands: built by the ops console's catalog from the scenario's arguments (camelCase here, as the ops
 * console's {@code --kebab-case} there: {@code capW} is {@code --cap-w}), signed with the run's key and put in the
 * flight software's inbox as an uplink would, so they go through authentication, validation and acks.
 */
final class ScenarioCommands {
    static final List<String> NAMES = CommandCatalog.names();

    private ScenarioCommands() {
    }

    /** @return the signed telecommand @throws IllegalArgumentException naming a bad argument */
    static byte[] encode(TelecommandEncoder signer, long sequence, String name, Map<String, Object> args) {
        return encode(signer, sequence, 0, name, args);
    }

    /** @param executeAtUnixNs time tag (UTC ns), 0 to run at once */
    static byte[] encode(TelecommandEncoder signer, long sequence, long executeAtUnixNs, String name,
                         Map<String, Object> args) {
        Map<String, String> kebab = new LinkedHashMap<>();
        args.forEach((k, v) -> kebab.put(kebab(k), text(v)));
        return signer.encode(sequence, executeAtUnixNs, CommandCatalog.type(name), CommandCatalog.build(name, kebab));
    }

    private static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('-').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

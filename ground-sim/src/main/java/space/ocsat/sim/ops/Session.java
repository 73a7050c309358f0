package space.ocsat.sim.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a live run publishes for the ops console in {@code session.json}: broker, satellites, key file. */
public final class Session {
    private static final Pattern BROKER = Pattern.compile("\"brokerUrl\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SATS = Pattern.compile("\"satellites\"\\s*:\\s*\\[\\s*(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"keyFile\"\\s*:\\s*\"([^\"]+)\"");

    final String brokerUrl;
    final long satelliteId;
    final Path keyFile;

    Session(String brokerUrl, long satelliteId, Path keyFile) {
        this.brokerUrl = brokerUrl;
        this.satelliteId = satelliteId;
        this.keyFile = keyFile;
    }

    /**
     * Reads {@code DIR/session.json}.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    static Session read(Path dir) {
        Path file = dir.resolve("session.json");
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("no session at " + file + " (start one with ./ocsat run --realtime)");
        }
        Matcher broker = BROKER.matcher(json);
        Matcher sat = SATS.matcher(json);
        Matcher key = KEY.matcher(json);
        if (!broker.find() || !sat.find() || !key.find()) {
            throw new IllegalArgumentException(file + " lacks brokerUrl, satellites or keyFile");
        }
        return new Session(broker.group(1), Long.parseLong(sat.group(1)), Path.of(key.group(1)));
    }
}

package space.ocsat.fsw.transport;

import space.ocsat.wire.Stream;

/**
 * The MQTT topic tree, versioned: {@code ocsat/v1/{sat}/tc} (commands, QoS 1), {@code …/tm/ack},
 * {@code …/tm/event}, {@code …/tm/hk/{packet}}, {@code …/tm/replay}, {@code …/status} (retained; last
 * will {@code offline}).
 */
public final class Topics {
    private final String base;
    private final String[] byStream;

    /** @param satelliteId the satellite's id */
    public Topics(long satelliteId) {
        base = "ocsat/v1/" + satelliteId + "/";
        byStream = new String[Stream.names.length];
        byStream[Stream.HK_POWER] = base + "tm/hk/power";
        byStream[Stream.HK_THERMAL] = base + "tm/hk/thermal";
        byStream[Stream.HK_COMPUTE] = base + "tm/hk/compute";
        byStream[Stream.HK_LINKS] = base + "tm/hk/links";
        byStream[Stream.HK_EXEC] = base + "tm/hk/exec";
        byStream[Stream.EVENTS] = base + "tm/event";
        byStream[Stream.ACKS] = base + "tm/ack";
        byStream[Stream.POINTS] = base + "tm/points";
    }

    /** @return the command topic */
    public String telecommand() {
        return base + "tc";
    }

    /** @return the topic of a telemetry stream, or null for an unknown stream */
    public String telemetry(int stream) {
        return stream >= 0 && stream < byStream.length ? byStream[stream] : null;
    }

    /** @return the store-and-forward backlog topic */
    public String replay() {
        return base + "tm/replay";
    }

    /** @return the retained status topic */
    public String status() {
        return base + "status";
    }

    /** @return every telemetry topic of this satellite, as an MQTT filter */
    public String allTelemetry() {
        return base + "tm/#";
    }
}

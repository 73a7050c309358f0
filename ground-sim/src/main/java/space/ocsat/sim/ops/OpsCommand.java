package space.ocsat.sim.ops;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ocsat ops}: the operators' console; attaches to a live run or to any broker and satellite. */
@Command(name = "ops", mixinStandardHelpOptions = true,
        description = "Command and watch a satellite through its MQTT broker.",
        subcommands = {SendCommand.class, WatchCommand.class, AckCommand.class, ScheduleCommand.class,
            DictionaryCommand.class})
public final class OpsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--session", paramLabel = "DIR", description = "Run folder of a live run (its session.json), e.g. runs/latest.")
    Path session;

    @Option(names = "--broker", paramLabel = "URL", description = "Broker URL (overrides the session's).")
    String broker;

    @Option(names = "--sat", paramLabel = "ID", description = "Satellite id (overrides the session's).")
    Long satellite;

    @Option(names = "--key", paramLabel = "FILE", description = "Key file (overrides the session's).")
    Path key;

    @Option(names = "--mqtt-user", paramLabel = "NAME", description = "MQTT user name (brokers with passwords).")
    String mqttUser;

    @Option(names = "--mqtt-password-file", paramLabel = "FILE",
            description = "File whose first line is the MQTT password (needs --mqtt-user).")
    Path mqttPasswordFile;

    @Option(names = "--mqtt-ca", paramLabel = "FILE",
            description = "CA certificate (PEM) the broker's TLS certificate must chain to (ssl:// brokers); "
                    + "default: the JVM's trust store.")
    Path mqttCa;

    /**
     * @return connect options for the broker with this console's credentials and TLS trust
     * @throws IllegalArgumentException if they cannot be read or used
     */
    org.eclipse.paho.client.mqttv3.MqttConnectOptions connectOptions(String brokerUrl) {
        try {
            return space.ocsat.fsw.transport.MqttSecurity.of(mqttUser, mqttPasswordFile, mqttCa)
                    .applyTo(new org.eclipse.paho.client.mqttv3.MqttConnectOptions(), brokerUrl);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--mqtt-password-file: " + e.getMessage(), e);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an ops command, e.g. 'ocsat ops send Noop'");
    }

    /** @return broker and satellite (no key needed: watching only reads) */
    Session resolveBroker() {
        Session base = session != null ? Session.read(session) : null;
        String url = broker != null ? broker : base != null ? base.brokerUrl : null;
        Long sat = satellite != null ? satellite : base != null ? Long.valueOf(base.satelliteId) : null;
        if (url == null || sat == null) {
            throw new IllegalArgumentException("give --session DIR, or --broker and --sat");
        }
        return new Session(url, sat, base != null ? base.keyFile : null);
    }

    /** @return the session with the command line's overrides applied */
    Session resolve() {
        Session base = session != null ? Session.read(session) : null;
        String url = broker != null ? broker : base != null ? base.brokerUrl : null;
        Long sat = satellite != null ? satellite : base != null ? Long.valueOf(base.satelliteId) : null;
        Path keyFile = key != null ? key : base != null ? base.keyFile : null;
        if (url == null || sat == null || keyFile == null) {
            throw new IllegalArgumentException("give --session DIR, or --broker, --sat and --key");
        }
        return new Session(url, sat, keyFile);
    }
}

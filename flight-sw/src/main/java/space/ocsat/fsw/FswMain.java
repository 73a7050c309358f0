package space.ocsat.fsw;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.transport.MqttSecurity;
import space.ocsat.hal.remote.Handshake;

/**
 * {@code ocsat fsw}: the flight software as its own program (the runnable jar {@code target/ocsat-flight-sw.jar}).
 * Options become a {@link FlightComputer.Options}; SIGTERM or Ctrl-C ends it cleanly (the store is flushed).
 * Exit codes: 0 at the end of a lockstep run, 1 on a failure, 2 on bad options; after SIGTERM the JVM's own 143
 * (128 + 15), once the shutdown is done.
 */
@Command(name = "ocsat fsw", mixinStandardHelpOptions = true, version = "ocsat fsw 0.1.0",
        description = "Run the flight software against a HAL (today: the HIL bridge of ./ocsat serve-hal).")
public final class FswMain implements Callable<Integer> {
    /** Exit code for bad options. */
    public static final int EXIT_USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(FswMain.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--sat-id", paramLabel = "ID", description = "Satellite id (default ${DEFAULT-VALUE}).")
    private long satelliteId = 1;

    @Option(names = "--hal", paramLabel = "BINDING", required = true,
            description = "HAL binding: remote:HOST:PORT (the HIL bridge served by ./ocsat serve-hal).")
    private String hal;

    @Option(names = "--driver", paramLabel = "DRIVER", description = "lockstep (the simulator steps time; default) "
            + "or realtime (the flight software's own 10 Hz driver; the simulator must serve --realtime).")
    private String driver = "lockstep";

    @Option(names = "--store", paramLabel = "DIR", description = "The flight computer's non-volatile store and "
            + "recorder (kept across restarts: a restart starts from them; default ${DEFAULT-VALUE}).")
    private Path store = Path.of("fsw-store");

    @Option(names = "--broker", paramLabel = "URL", description = "MQTT broker of the ground link, e.g. "
            + "tcp://127.0.0.1:1883. Without it the ground link is the rig's, over the HAL bridge.")
    private String broker;

    @Option(names = "--key-file", paramLabel = "FILE", description = "Command key file ('<key id> <hex key>' per "
            + "line). Without it every command is refused.")
    private Path keyFile;

    @Option(names = "--mqtt-user", paramLabel = "NAME", description = "MQTT user name (default with "
            + "--mqtt-password-file: the satellite id).")
    private String mqttUser;

    @Option(names = "--mqtt-password-file", paramLabel = "FILE", description = "File whose first line is the MQTT "
            + "password.")
    private Path mqttPasswordFile;

    @Option(names = "--mqtt-ca", paramLabel = "FILE", description = "CA certificate (PEM) of an ssl:// broker.")
    private Path mqttCa;

    @Option(names = "--no-fsync", description = "Do not force each store write to disk (fast lockstep tests).")
    private boolean noFsync;

    @Option(names = "--connect-timeout-s", paramLabel = "S", description = "How long to wait for the HAL (default "
            + "${DEFAULT-VALUE} s).")
    private double connectTimeoutS = 30;

    @Override
    public Integer call() throws Exception {
        FlightComputer.Options o = options();
        FlightComputer computer = new FlightComputer(o);
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            signalled = true;
            LOG.info("stopping (signal)");
            computer.stop();
            try {
                main.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fsw-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            computer.run();
        } catch (Handshake.RefusedException e) {
            throw new IllegalStateException("the simulator refused: " + e.getMessage(), e);
        } finally {
            computer.close();
            removeHook(hook);
        }
        return 0;
    }

    /** The run is over: the JVM's exit must not wait for a stop that is no longer needed. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (a signal ended the run): the hook is running
        }
    }

    private FlightComputer.Options options() {
        FlightComputer.Options o = new FlightComputer.Options();
        o.satelliteId = satelliteId;
        o.storeDir = store;
        o.fsync = !noFsync;
        o.brokerUrl = broker;
        o.connectTimeoutMs = (long) (connectTimeoutS * 1000);
        o.realtime = switch (driver) {
            case "lockstep" -> false;
            case "realtime" -> true;
            default -> throw usage("--driver must be lockstep or realtime, not '" + driver + "'");
        };
        String[] binding = hal.split(":", 2);
        if (!binding[0].equals("remote") || binding.length < 2) {
            // further bindings (real hardware, nvidia-smi GPUs) are chosen here
            throw usage("--hal must be remote:HOST:PORT (the only binding so far), not '" + hal + "'");
        }
        int colon = binding[1].lastIndexOf(':');
        try {
            o.halHost = binding[1].substring(0, colon).replace("[", "").replace("]", "");
            o.halPort = Integer.parseInt(binding[1].substring(colon + 1));
        } catch (RuntimeException e) {
            throw usage("--hal remote:HOST:PORT, not '" + hal + "'");
        }
        if (o.halHost.isEmpty() || o.halPort <= 0 || o.halPort > 65535) {
            throw usage("--hal remote:HOST:PORT with a port 1..65535, not '" + hal + "'");
        }
        try {
            if (keyFile != null) {
                o.keys = KeyTable.parse(Files.readAllLines(keyFile));
            } else {
                LOG.warn("no --key-file: every command will be refused");
            }
            String user = mqttUser != null || mqttPasswordFile == null ? mqttUser : Long.toString(satelliteId);
            o.security = MqttSecurity.of(user, mqttPasswordFile, mqttCa);
        } catch (IOException | IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return o;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Set by the shutdown hook: the JVM is already exiting (with 143 after SIGTERM), System.exit would block. */
    private static volatile boolean signalled;

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (!signalled) {
            System.exit(code);
        }
    }

    /** Runs the program with the given streams. @return the exit code */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FswMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("fsw: " + ex.getMessage() + " (see 'ocsat fsw --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, ignored) -> {
            LOG.error("failed: {}", ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
            LOG.debug("failure", ex);
            cmd.getErr().println("fsw: failed: " + (ex.getMessage() != null ? ex.getMessage()
                    : ex.getClass().getSimpleName()));
            return 1;
        });
        return cli.execute(args);
    }
}

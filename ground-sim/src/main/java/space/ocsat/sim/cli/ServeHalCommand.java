package space.ocsat.sim.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.hal.remote.BridgeCounter;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.hil.HilRun;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.options.DurationConverter;
import space.ocsat.sim.report.RunSummary;

/**
 * {@code ocsat serve-hal}: the simulator serves its simulated hardware over the HIL bridge to a flight software in
 * another process ({@code ocsat fsw --hal remote:HOST:PORT}) and runs a mission with it.
 */
@Command(name = "serve-hal", mixinStandardHelpOptions = true,
        description = "Serve the simulated satellite's HAL over TCP (the HIL bridge) to a flight software running "
                + "elsewhere ('ocsat fsw --hal remote:HOST:PORT') and run a mission with it.")
public final class ServeHalCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", description = "TCP port to listen on (default ${DEFAULT-VALUE}; 0 = any free port).")
    private int port = 4760;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}; "
            + "0.0.0.0 for a rig's flight computer on another machine).")
    private String bind = "127.0.0.1";

    @Option(names = "--sat-id", paramLabel = "ID", description = "Satellite id (default ${DEFAULT-VALUE}); a flight "
            + "software of another satellite is refused.")
    private long satelliteId = 1;

    @Option(names = "--seed", description = "Seed of every random source (default ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Simulated time: 60s, 90min, 3h, 1d. Default: 3 orbits.")
    private Double durationS;

    @ArgGroup(exclusive = true)
    private Driver driver = new Driver();

    /** --lockstep (default) or --realtime. */
    static final class Driver {
        @Option(names = "--lockstep", description = "Wait for the flight software's answer every tick (default): "
                + "deterministic, as fast as both sides go.")
        boolean lockstep;

        @Option(names = "--realtime", description = "Pace at real time (or --speed); the flight software runs its own "
                + "real-time driver (ocsat fsw --driver realtime).")
        boolean realtime;
    }

    @Option(names = "--speed", paramLabel = "N", description = "Real time: simulated seconds per wall second "
            + "(default ${DEFAULT-VALUE}).")
    private double speed = 1;

    @Option(names = {"--out", "--archive"}, paramLabel = "DIR", description = "Run folder for telemetry.frames and "
            + "summary.json (default runs/<timestamp>).")
    private Path out;

    @Option(names = "--no-archive", description = "Leave out the telemetry archive.")
    private boolean noArchive;

    @Option(names = "--connect-timeout-s", paramLabel = "S", description = "How long to wait for the flight software "
            + "(default ${DEFAULT-VALUE} s).")
    private double connectTimeoutS = 120;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--speed must be a positive number");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
        }
        MissionConfig mission = new MissionConfig();
        mission.seed = seed;
        mission.durationS = durationS != null ? durationS : 0;
        try {
            mission.validate();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        HilRun.Options o = new HilRun.Options();
        try {
            o.bind = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + ": unknown address");
        }
        o.port = port;
        o.satelliteId = satelliteId;
        o.realtime = driver.realtime;
        o.speed = speed;
        o.archive = !noArchive;
        o.connectTimeoutMs = (long) (connectTimeoutS * 1000);
        Path runDir = out != null ? RunFolder.checkOut(out, spec.commandLine()) : RunFolder.fresh(Path.of("runs"));
        PrintWriter console = spec.commandLine().getOut();
        try (HilRun run = new HilRun(mission, new SatelliteConfig(), o)) {
            double duration = mission.effectiveDurationS(run.simulation().orbit());
            String mode = o.realtime ? "realtime" : "lockstep";
            console.printf(Locale.ROOT, "ocsat serve-hal: satellite %d, %s simulated, seed %d, %s%s; HAL bridge on "
                            + "%s:%d -> %s%n", satelliteId, SummaryPrinter.duration(duration), seed, mode,
                    o.realtime ? String.format(Locale.ROOT, " at %gx", speed) : "", bind, run.port(), runDir);
            console.printf(Locale.ROOT, "ocsat serve-hal: waiting for the flight software: ./ocsat fsw --sat-id %d "
                    + "--hal remote:%s:%d --driver %s --store <dir>%n", satelliteId, bind, run.port(), mode);
            console.flush();
            RunSummary summary = run.run(duration, runDir,
                    new ProgressBar(System.err, !quiet && ProgressBar.onTerminal()));
            if (out == null) {
                RunFolder.linkLatest(runDir);
            }
            print(summary, console);
        }
        return 0;
    }

    private static void print(RunSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "  ticks           %.0f in %.1f s wall: %.0f ticks/s (%.0fx real time)%n",
                s.number("ticks"), s.number("wallSeconds"), s.number("ticksPerSecond"), s.number("speedup"));
        out.printf(Locale.ROOT, "  telemetry       %.0f frames archived%n", s.number("telemetryFramesArchived"));
        StringBuilder counters = new StringBuilder();
        for (BridgeCounter c : BridgeCounter.values()) {
            String key = HilRun.summaryKey(c);
            if (counters.length() > 0) {
                counters.append(", ");
            }
            counters.append(c.label()).append(' ').append(String.format(Locale.ROOT, "%.0f", s.number(key)));
        }
        out.println("  bridge          " + counters);
        out.printf(Locale.ROOT, "  flight software %.0f cycles without a new frame (its count)%n",
                s.number("fswFramesMissed"));
        out.flush();
    }
}

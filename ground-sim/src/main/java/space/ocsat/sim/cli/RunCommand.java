package space.ocsat.sim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.sim.options.DurationConverter;
import space.ocsat.sim.options.EpochConverter;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.transport.MqttSecurity;
import space.ocsat.hal.platform.FileMassMemory;
import space.ocsat.hal.platform.FileNonVolatileStore;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.MissionRun;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.report.RunSummary;

/** {@code ocsat run}: the reference satellite, flight software in lockstep with the simulator. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a mission faster than real time and write a run folder "
                + "(summary.json, telemetry.csv, events.csv).")
public final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Simulated time: a number with s, min, h or d (60s, 90min, 3h, 30d). Default: 3 orbits.")
    private Double durationS;

    @Option(names = "--altitude-km", paramLabel = "KM", description = "Circular orbit altitude (default ${DEFAULT-VALUE}).")
    private double altitudeKm = 550;

    @Option(names = "--inclination-deg", paramLabel = "DEG", description = "Inclination (default 53).")
    private Double inclinationDeg;

    @Option(names = "--sso", description = "Dawn-dusk sun-synchronous orbit (ascending node 18:00 local time).")
    private boolean sso;

    @Option(names = "--epoch", converter = EpochConverter.class, paramLabel = "UTC",
            description = "Start time, ISO-8601 (e.g. 2026-06-21T00:00:00Z; an offset is converted to UTC). "
                    + "Default 2026-03-20T12:00:00Z, with the node giving beta = 0 unless --sso.")
    private Instant epoch = MissionConfig.DEFAULT_EPOCH;

    @Option(names = "--age-years", paramLabel = "YEARS", description = "Mission age: array degradation, battery fade (default ${DEFAULT-VALUE}).")
    private double ageYears;

    @Option(names = "--seed", description = "Seed of every random source (default ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default runs/<timestamp> under the current directory, with runs/latest "
                    + "linking the newest; an existing folder's run files are replaced).")
    private Path out;

    @Option(names = "--key", paramLabel = "FILE",
            description = "Command key file ('<key id> <hex key>' per line). Default: a development key "
                    + "generated into the run folder as dev.key.")
    private Path keyFile;

    @Option(names = "--realtime", description = "Live: pace at real time (or --speed) and serve the ground link "
            + "on an embedded MQTT broker (127.0.0.1, free port) so ops can command it.")
    private boolean realtime;

    @Option(names = "--speed", paramLabel = "N", description = "Live runs: simulated seconds per wall second (default ${DEFAULT-VALUE}).")
    private double speed = 1;

    @Option(names = "--broker", paramLabel = "URL",
            description = "Live run on an external MQTT broker instead of the embedded one, e.g. tcp://127.0.0.1:1883.")
    private String broker;

    @Option(names = "--mqtt-user", paramLabel = "NAME", description = "Live runs: the flight software's MQTT user "
            + "name (default with --mqtt-password-file: the satellite id, as deploy/mosquitto/ocsat.acl expects).")
    private String mqttUser;

    @Option(names = "--mqtt-password-file", paramLabel = "FILE",
            description = "Live runs: file whose first line is the flight software's MQTT password.")
    private Path mqttPasswordFile;

    @Option(names = "--mqtt-ca", paramLabel = "FILE", description = "Live runs on an ssl:// broker: CA certificate "
            + "(PEM) its certificate must chain to (default: the JVM's trust store).")
    private Path mqttCa;

    @Option(names = "--no-archive", description = "Leave out the telemetry archive (telemetry.frames, ~100 MB per "
            + "simulated day): for month-long runs.")
    private boolean noArchive;

    @Option(names = "--csv-every", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Write a telemetry.csv row every DURATION of simulated time (default 1s; whole seconds).")
    private Double csvEveryS;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @CommandLine.ArgGroup(exclusive = false, heading = "Constellation (every satellite flies its own flight software):%n")
    private ConstellationOptions constellation;

    @Override
    public Integer call() throws Exception {
        if (sso && inclinationDeg != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--sso sets the inclination itself; drop --inclination-deg");
        }
        if (csvEveryS != null && (csvEveryS < 1 || csvEveryS != Math.rint(csvEveryS))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--csv-every takes whole seconds, at least 1s");
        }
        MissionConfig mission = new MissionConfig();
        mission.altitudeKm = altitudeKm;
        mission.inclinationDeg = inclinationDeg != null ? inclinationDeg : 53;
        mission.sunSynchronous = sso;
        mission.epoch = epoch;
        mission.ageYears = ageYears;
        mission.seed = seed;
        mission.durationS = durationS != null ? durationS : 0;
        try {
            mission.validate();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }

        Path runDir = out != null ? RunFolder.checkOut(out, spec.commandLine()) : RunFolder.fresh(Path.of("runs"));
        PrintWriter console = spec.commandLine().getOut();
        KeyTable keys = keyFile != null ? Keys.load(keyFile, spec.commandLine()) : Keys.generate(runDir, console);
        if (constellation != null && constellation.shell != null) {
            return constellation.run(mission, runDir, keys, console, spec.commandLine(), quiet, out == null);
        }
        boolean live = realtime || broker != null;
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--speed must be a positive number");
        }
        SatelliteConfig satellite = new SatelliteConfig();
        try (FileNonVolatileStore store = Stores.openFresh(runDir);
             FileMassMemory recorder = Stores.openFreshRecorder(runDir, satellite);
             LiveLink link = live ? LiveLink.open(broker, runDir, keyFile, console) : null) {
            FswConfig fswConfig = new FswConfig();
            Simulation sim = new Simulation(mission, satellite, fswConfig, store, recorder, keys);
            double duration = mission.effectiveDurationS(sim.orbit());
            console.printf(java.util.Locale.ROOT, "ocsat run: %s simulated (%.2f orbits of %.1f min), seed %d -> %s%n",
                    SummaryPrinter.duration(duration), duration / sim.orbit().nodalPeriodS(),
                    sim.orbit().nodalPeriodS() / 60, seed, runDir);
            console.flush();
            MissionRun run = new MissionRun(sim, runDir);
            if (noArchive) {
                run.withoutArchive();
            }
            if (csvEveryS != null) {
                run.csvEvery((int) Math.round(csvEveryS));
            }
            if (link != null) {
                String user = mqttUser != null || mqttPasswordFile == null ? mqttUser : Long.toString(fswConfig.satelliteId);
                MqttSecurity security;
                try {
                    security = MqttSecurity.of(user, mqttPasswordFile, mqttCa);
                } catch (java.io.IOException | IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--mqtt-*: " + e.getMessage());
                }
                run.pacedAt(speed).downlinkThrough(link.attach(sim.flightSoftware(), fswConfig.satelliteId, security,
                        console));
                StopOnSignal.install(run);
            }
            RunSummary summary = run.run(duration, new ProgressBar(System.err, !quiet && ProgressBar.onTerminal()));
            if (out == null) {
                RunFolder.linkLatest(runDir);
            }
            SummaryPrinter.print(summary, console);
        }
        return 0;
    }
}

package space.ocsat.sim.constellation;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.ground.GroundStation;
import space.ocsat.sim.links.CloudModel;
import space.ocsat.sim.links.GroundSite;
import space.ocsat.sim.links.GroundSites;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.links.WalkerConstellation;
import space.ocsat.sim.model.PartnerGeometry;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.model.TerminalModel;
import space.ocsat.sim.orbit.SunEphemeris;
import space.ocsat.sim.report.RunSummary;
import space.ocsat.wire.Stream;

/**
 * A constellation in one process: every satellite of a Walker shell is a full {@link Simulation} (its own flight
 * software, physics, store and recorder) on its own orbit, all on one simulated clock. Each simulated second the
 * satellites are stepped 10 cycles each, in parallel over a fixed thread pool, then meet at a barrier where, on one
 * thread and in satellite order:
 * <ol>
 *   <li>the {@link PointingTable} snapshot is taken (who points at whom, which satellite each station serves), which
 *       every satellite's terminals read during the next second;</li>
 *   <li>the {@link DataNetwork} gets this second's links (inter-satellite: both ends TRACKING each other, at the
 *       lower of their two rates; ground: the ground terminal TRACKING, at its rate) and each satellite's result data
 *       (the configured rate × the GPUs' draw over their full power), and moves it one hop;</li>
 *   <li>a satellite is <em>available</em> this second if it has a route to the ground (a ground link or a path);</li>
 *   <li>the {@link LinkLedger} observes every terminal (handoffs, gaps, why links ended), with the analytic geometry
 *       of the mean orbits as its {@link LinkLedger.Visibility};</li>
 *   <li>the shared weather steps (and a forced outage starts or ends).</li>
 * </ol>
 * Each satellite's telemetry is acknowledged in-process every 10 s (no archive). Nothing in the results depends on
 * the number of threads: satellites share only the snapshot and the weather, both written at the barrier.
 */
public final class ConstellationRun {
    /** How often each satellite's in-process ground acknowledges its telemetry, s. */
    static final int ACK_EVERY_S = 10;
    /** Backlog sampling interval for the time series, s. */
    public static final int SERIES_EVERY_S = 60;
    private static final int ISL_TERMINALS = OpticalTerminals.GROUND;

    private final MissionConfig mission;
    private final ConstellationConfig config;
    private final WalkerConstellation shell;
    private final List<GroundSite> sites;
    private final CloudModel weather;
    private final PointingTable table;
    private final Simulation[] sims;
    private final GroundStation[] grounds;
    private final PassiveConstellation[] probes;
    private final double[] sun = new double[3];
    private final double[] pos = new double[3];
    private final double[] vel = new double[3];
    private final double[] los = new double[3];
    private final long[] availableS;
    private final boolean[] hasGround;
    private final double fullComputeW;
    private DataNetwork network;
    private LinkLedger ledger;
    private Writer linkLog;
    private int secondsRun;
    private double[] backlogBits = new double[0];
    private double[] droppedBitsSeries = new double[0];

    /**
     * @param mission altitude, inclination, epoch, seed (its shell fields are replaced by {@code config}'s)
     * @param config  the shell, threads, data and weather settings
     * @param keys    the flight software's command keys (every satellite's)
     */
    public ConstellationRun(MissionConfig mission, ConstellationConfig config, KeyTable keys) {
        this.config = config.validate();
        mission.planes = config.planes;
        mission.perPlane = config.perPlane;
        mission.phasing = config.phasing;
        this.mission = mission.validate();
        this.shell = mission.constellation();
        this.sites = GroundSites.defaultNetwork();
        this.weather = new CloudModel(sites, PassiveConstellation.CLOUD_STEP_S, mission.seed);
        int n = shell.size();
        SatelliteConfig reference = new SatelliteConfig();
        this.table = new PointingTable(n, reference.terminals, sites.size());
        this.sims = new Simulation[n];
        this.grounds = new GroundStation[n];
        this.probes = new PassiveConstellation[n];
        for (int k = 0; k < n; k++) {
            SatelliteConfig sat = new SatelliteConfig();
            sat.recorderBlocks = config.recorderBlocks;
            FswConfig fsw = new FswConfig();
            fsw.satelliteId = k + 1L;
            PassiveConstellation world = new PassiveConstellation(shell, k, sites, weather);
            sims[k] = Simulation.inConstellation(mission, sat, fsw, new InMemoryNonVolatileStore(64, 4096),
                    new InMemoryMassMemory(sat.recorderBlocks, sat.recorderBlockBytes), keys, world,
                    new ActiveConstellation(world, table));
            grounds[k] = new GroundStation(Stream.names.length, (stream, seq, frame) -> { }, null);
            sims[k].setDownlinkPort(grounds[k]);
            probes[k] = new PassiveConstellation(shell, k, sites, weather);
        }
        this.availableS = new long[n];
        this.hasGround = new boolean[n];
        this.fullComputeW = reference.gpus * reference.gpuMaxCapW;
    }

    /** Logs every link end (time, satellite, terminal, partner, reason, the terminal's loss) as CSV to this writer. */
    public ConstellationRun loggingLinksTo(Writer log) {
        this.linkLog = log;
        return this;
    }

    /** @return the satellites' simulations, by id */
    public Simulation satellite(int id) {
        return sims[id];
    }

    /** @return the number of satellites */
    public int size() {
        return sims.length;
    }

    /**
     * Runs to the end.
     *
     * @param durationS simulated time, s (whole seconds)
     * @param progress  receives the completed fraction now and then
     * @return the summary (the {@code links} object and the run's figures)
     */
    public RunSummary run(double durationS, DoubleConsumer progress) throws IOException, InterruptedException {
        int seconds = (int) Math.ceil(durationS);
        int n = sims.length;
        network = new DataNetwork(n, config.storeBits, config.deadlineS, seconds);
        ledger = new LinkLedger(n, sims[0].satellite().terminals().count(), OpticalTerminals.GROUND,
                this::inView);
        backlogBits = new double[seconds / SERIES_EVERY_S + 1];
        droppedBitsSeries = new double[backlogBits.length];
        if (linkLog != null) {
            linkLog.write("timeS,satellite,terminal,partner,reason,loss\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(config.threads, r -> {
            Thread t = new Thread(r, "constellation-worker");
            t.setDaemon(true);
            return t;
        });
        List<Callable<Void>> blocks = blocks();
        long wallStartNs = System.nanoTime();
        try {
            table.snapshot(s -> sims[s].satellite().terminals());
            applyWeather(0);
            int reportEvery = Math.max(1, seconds / 200);
            for (int second = 1; second <= seconds; second++) {
                for (Future<Void> f : pool.invokeAll(blocks)) {
                    f.get();
                }
                barrier(second);
                secondsRun = second;
                if (second % reportEvery == 0) {
                    progress.accept((double) second / seconds);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a satellite failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wallS = (System.nanoTime() - wallStartNs) / 1e9;
        progress.accept(1.0);
        return summarize(seconds, wallS);
    }

    /** One task per thread, each stepping a contiguous range of satellites through one simulated second. */
    private List<Callable<Void>> blocks() {
        List<Callable<Void>> tasks = new ArrayList<>();
        int n = sims.length;
        int parts = Math.min(config.threads, n);
        for (int p = 0; p < parts; p++) {
            int from = p * n / parts;
            int to = (p + 1) * n / parts;
            tasks.add(() -> {
                for (int k = from; k < to; k++) {
                    stepSecond(k);
                }
                return null;
            });
        }
        return tasks;
    }

    private void stepSecond(int k) {
        Simulation sim = sims[k];
        for (int i = 0; i < Simulation.STEPS_PER_SECOND; i++) {
            sim.step();
        }
        long nowNs = sim.clock().nowNs();
        if (nowNs % (ACK_EVERY_S * 1_000_000_000L) == 0) {
            grounds[k].acknowledge(sim.flightSoftware().downlink(), nowNs);
        }
    }

    private void barrier(int second) throws IOException {
        table.snapshot(s -> sims[s].satellite().terminals());
        feedNetwork(second);
        observeLinks(second);
        applyWeather(second);
        if (second % SERIES_EVERY_S == 0) {
            int i = second / SERIES_EVERY_S;
            backlogBits[i] = network.queuedBits();
            droppedBitsSeries[i] = network.droppedBits();
        }
    }

    private void feedNetwork(int second) {
        int n = sims.length;
        network.beginSecond(second);
        for (int s = 0; s < n; s++) {
            TerminalModel t = sims[s].satellite().terminals();
            hasGround[s] = false;
            for (int i = 0; i < ISL_TERMINALS; i++) {
                int p = t.partnerId(i);
                if (t.state(i) == TerminalState.TRACKING && p > s && p < n) {
                    double back = trackingRateBps(p, s);
                    if (back > 0) {
                        network.link(s, p, Math.min(t.dataRateBps(i), back));
                    }
                }
            }
            int g = OpticalTerminals.GROUND;
            if (t.state(g) == TerminalState.TRACKING && t.dataRateBps(g) > 0) {
                network.groundLink(s, t.dataRateBps(g));
                hasGround[s] = true;
            }
            double fraction = sims[s].satellite().gpus().totalPowerW() / fullComputeW;
            network.generate(s, config.dataRateBps * fraction);
        }
        network.transfer();
        for (int s = 0; s < n; s++) {
            if (hasGround[s] || network.nextHop(s) >= 0) {
                availableS[s]++;
            }
        }
    }

    /** @return the rate at which satellite {@code s} tracks {@code target} on some terminal, 0 if it does not */
    private double trackingRateBps(int s, int target) {
        TerminalModel t = sims[s].satellite().terminals();
        for (int i = 0; i < ISL_TERMINALS; i++) {
            if (t.partnerId(i) == target && t.state(i) == TerminalState.TRACKING) {
                return t.dataRateBps(i);
            }
        }
        return 0;
    }

    private void observeLinks(int second) throws IOException {
        for (int s = 0; s < sims.length; s++) {
            TerminalModel t = sims[s].satellite().terminals();
            for (int i = 0; i < t.count(); i++) {
                int p = t.state(i) == TerminalState.TRACKING ? t.partnerId(i) : -1;
                LinkLedger.Reason why = reason(s, t, i);
                if (linkLog != null && p < 0 && ledger.partner(s, i) >= 0) {
                    linkLog.write(String.format(Locale.ROOT, "%d,%d,%d,%d,%s,%s%n", second, s, i, ledger.partner(s, i),
                            why, t.lastLoss(i)));
                }
                ledger.observe(s, i, second, p, why);
            }
        }
        ledger.endSecond();
    }

    /** Why a terminal is not tracking its last partner now: its state and, if it lost lock, the loss. */
    private LinkLedger.Reason reason(int s, TerminalModel t, int i) {
        TerminalState state = t.state(i);
        if (state == TerminalState.OFF || sims[s].flightSoftware().links().isolated(i)) {
            return LinkLedger.Reason.FAULT;
        }
        if (state != TerminalState.LOST) {
            return LinkLedger.Reason.PLANNED; // released or turned to another partner by the plan
        }
        return switch (t.lastLoss(i)) {
            case EARTH_BLOCKS, OUT_OF_FIELD, BELOW_MASK, SUN, CLOUDS, STATION_BUSY -> LinkLedger.Reason.GEOMETRY;
            case FAULT -> LinkLedger.Reason.FAULT;
            default -> LinkLedger.Reason.LOSS_OF_LOCK;
        };
    }

    /** Holds the configured stations cloudy during the outage and steps the weather to the next second. */
    private void applyWeather(int second) {
        for (int k : config.cloudedSites) {
            weather.forceCloudy(k, second >= config.cloudFromS && second < config.cloudUntilS);
        }
        weather.step();
    }

    /** The ledger's geometry: the mean orbits at any time (clouds as they are now). */
    private boolean inView(int satellite, int terminal, int partner, double runS) {
        double unixS = shell.epochUnixS() + runS;
        shell.orbit(satellite).stateAt(runS, pos, vel);
        SunEphemeris.directionEci(unixS, sun);
        probes[satellite].update(unixS, pos, vel, sun);
        return probes[satellite].accepts(terminal, partner)
                && probes[satellite].look(terminal, partner, los) == PartnerGeometry.View.CLEAR;
    }

    private RunSummary summarize(int seconds, double wallS) {
        int n = sims.length;
        double availabilityMin = 1;
        double availabilitySum = 0;
        for (int s = 0; s < n; s++) {
            double a = seconds > 0 ? (double) availableS[s] / seconds : 0;
            availabilityMin = Math.min(availabilityMin, a);
            availabilitySum += a;
        }
        double generatedGB = network.generatedBits() / 8e9;
        double deliveredGB = network.deliveredBits() / 8e9;
        RunSummary links = new RunSummary()
                .put("handoffs", ledger.handoffs())
                .put("overlappableHandoffs", ledger.overlappable())
                .put("gaplessFraction", ledger.gaplessFraction())
                .put("gapP50Seconds", ledger.gapQuantileS(0.5))
                .put("gapP99Seconds", ledger.gapQuantileS(0.99))
                .put("gapMaxSeconds", ledger.gapQuantileS(1.0))
                .put("availabilityMin", availabilityMin)
                .put("availabilityMean", availabilitySum / n)
                .put("dataGeneratedGB", generatedGB)
                .put("dataDeliveredGB", deliveredGB)
                .put("dataDeliveredFraction", generatedGB > 0 ? deliveredGB / generatedGB : Double.NaN)
                .put("dataOnTimeFraction", network.onTimeFraction(seconds))
                .put("dataDroppedGB", network.droppedBits() / 8e9)
                .put("dataQueuedEndGB", network.queuedBits() / 8e9)
                .put("latencyMaxSeconds", network.latencyMaxS())
                .put("linksEndedGeometry", ledger.ended(LinkLedger.Reason.GEOMETRY))
                .put("linksEndedLossOfLock", ledger.ended(LinkLedger.Reason.LOSS_OF_LOCK))
                .put("linksEndedFault", ledger.ended(LinkLedger.Reason.FAULT))
                .put("linksEndedPlanned", ledger.ended(LinkLedger.Reason.PLANNED));
        int isolated = 0;
        for (Simulation sim : sims) {
            for (int t = 0; t < sim.flightSoftware().links().count(); t++) {
                isolated += sim.flightSoftware().links().isolated(t) ? 1 : 0;
            }
        }
        return new RunSummary()
                .put("epoch", mission.epoch.toString())
                .put("seed", mission.seed)
                .put("constellation", config.planes + "x" + config.perPlane)
                .put("phasing", config.phasing)
                .put("satellites", n)
                .put("altitudeKm", mission.altitudeKm)
                .put("inclinationDeg", Math.toDegrees(mission.inclinationRad()))
                .put("durationS", (double) seconds)
                .put("dataRateGbps", config.dataRateBps / 1e9)
                .put("storeGB", config.storeBits / 8e9)
                .put("deadlineS", config.deadlineS)
                .put("cloudedSites", java.util.Arrays.toString(config.cloudedSites))
                .put("terminalsIsolated", isolated)
                .put("links", links)
                .put("threads", config.threads)
                .put("wallSeconds", wallS)
                .put("speedup", wallS > 0 ? seconds / wallS : 0);
    }

    /** @return per satellite, the fraction of the run's seconds it had a route to the ground */
    public double availability(int satellite) {
        return secondsRun == 0 ? 0 : (double) availableS[satellite] / secondsRun;
    }

    /** @return the data network (after {@link #run}) */
    public DataNetwork network() {
        return network;
    }

    /** @return the link ledger (after {@link #run}) */
    public LinkLedger ledger() {
        return ledger;
    }

    /** @return bits queued in every store at each {@link #SERIES_EVERY_S} mark (index i: i × 60 s) */
    public double[] backlogBitsSeries() {
        return backlogBits.clone();
    }

    /** @return bits dropped since the start at each {@link #SERIES_EVERY_S} mark */
    public double[] droppedBitsSeries() {
        return droppedBitsSeries.clone();
    }

    /** @return the shared weather */
    public CloudModel weather() {
        return weather;
    }
}

package space.ocsat.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.exec.CycleStats;
import space.ocsat.fsw.exec.RealTimeDriver;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.sim.model.SimulatedSatellite;
import space.ocsat.sim.report.EventsCsv;
import space.ocsat.sim.report.RunStats;
import space.ocsat.sim.report.RunSummary;
import space.ocsat.sim.report.TelemetryArchive;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.sim.ground.GroundStation;
import space.ocsat.wire.Stream;
import space.ocsat.sim.report.TelemetryCsv;

/**
 * Runs a {@link Simulation} for a duration and writes the run folder: {@code telemetry.csv} (one row per
 * simulated second), {@code events.csv}, the telemetry archive (every frame the flight software sent down)
 * and {@code summary.json}. Everything but the wall-clock figures
 * in the summary is a function of the mission and seed alone.
 */
public final class MissionRun {
    private final Simulation sim;
    private final Path outDir;
    private double speed;
    /** How often the in-process ground acknowledges telemetry in a batch run, simulated seconds. */
    static final int ACK_EVERY_S = 10;

    private DownlinkPort transport;
    private boolean archiveFrames = true;
    private java.util.function.Consumer<Simulation> everySecond = s -> { };
    private int csvEveryS = 1;
    private GroundStation ground;
    private volatile boolean stopRequested;

    /** @param outDir run folder, created if missing */
    public MissionRun(Simulation sim, Path outDir) {
        this.sim = sim;
        this.outDir = outDir;
    }

    /**
     * Paces the run against the wall clock: {@code speed} simulated seconds per wall second (1 = real
     * time); 0 (the default) runs as fast as the machine allows.
     */
    public MissionRun pacedAt(double simSecondsPerWallSecond) {
        this.speed = simSecondsPerWallSecond;
        return this;
    }

    /** Calls {@code hook} after every simulated second (a scenario's timeline and expectations run there). */
    public MissionRun onEverySecond(java.util.function.Consumer<Simulation> hook) {
        this.everySecond = hook;
        return this;
    }

    /** Leaves out the telemetry archive (every frame, ~100 MB per simulated day): for month-long runs. */
    public MissionRun withoutArchive() {
        this.archiveFrames = false;
        return this;
    }

    /** Writes a telemetry.csv row every {@code seconds} simulated seconds instead of every one (the summary still samples every second). */
    public MissionRun csvEvery(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("the CSV interval is at least 1 s, got " + seconds);
        }
        this.csvEveryS = seconds;
        return this;
    }

    /**
     * Sends the telemetry through a real link (a live run): the ground that acknowledges it is then the ops side
     * ({@code ocsat ops ack}), and the archive keeps what went down the link. Without it the run's own in-process
     * ground receives and acknowledges everything.
     */
    public MissionRun downlinkThrough(DownlinkPort link) {
        this.transport = link;
        return this;
    }

    /** @return the run's ground station (null before {@link #run}) */
    public GroundStation ground() {
        return ground;
    }

    /** Ends the run at the next simulated second; the run folder is still written in full. */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Runs to the end.
     *
     * @param durationS simulated duration, s
     * @param progress  receives the completed fraction 0..1 now and then (may be a no-op)
     * @return the summary (also written to summary.json)
     */
    public RunSummary run(double durationS, DoubleConsumer progress) throws IOException {
        Files.createDirectories(outDir);
        Thread runner = Thread.currentThread();
        if (speed > 0) {
            sim.flightSoftware().commanding().inbox().onArrival(() -> java.util.concurrent.locks.LockSupport.unpark(runner));
        }
        long steps = Simulation.stepsFor(durationS);
        long reportEvery = Math.max(Simulation.STEPS_PER_SECOND, steps / 200);
        RunStats stats = new RunStats(sim);
        EventsCsv events;
        long wallStartNs = System.nanoTime();
        try (BufferedWriter tmOut = Files.newBufferedWriter(outDir.resolve("telemetry.csv"), StandardCharsets.UTF_8);
             BufferedWriter evOut = Files.newBufferedWriter(outDir.resolve("events.csv"), StandardCharsets.UTF_8);
             TelemetryArchive archive = archiveFrames ? new TelemetryArchive(outDir.resolve(TelemetryArchive.FILE_NAME))
                     : null) {
            ground = new GroundStation(Stream.names.length, archive != null ? archive : (stream, seq, frame) -> { },
                    transport);
            if (!archiveFrames) {
                Files.deleteIfExists(outDir.resolve(TelemetryArchive.FILE_NAME));
            }
            sim.setDownlinkPort(ground);
            TelemetryCsv telemetry = new TelemetryCsv(tmOut);
            events = new EventsCsv(evOut);
            stats.everySecond();
            telemetry.write(sim, stats);
            long k = 1;
            for (; k <= steps && !stopRequested; k++) {
                if (speed > 0) {
                    pace(wallStartNs, k);
                }
                sim.step();
                stats.afterStep();
                if (transport == null && k % (ACK_EVERY_S * Simulation.STEPS_PER_SECOND) == 0) {
                    ground.acknowledge(sim.flightSoftware().downlink(), sim.clock().nowNs());
                }
                if (k % Simulation.STEPS_PER_SECOND == 0) {
                    stats.everySecond();
                    if (k % ((long) csvEveryS * Simulation.STEPS_PER_SECOND) == 0) {
                        telemetry.write(sim, stats);
                    }
                    everySecond.accept(sim);
                    events.drain(sim.flightSoftware().events());
                }
                if (k % reportEvery == 0) {
                    progress.accept((double) k / steps);
                }
            }
            events.drain(sim.flightSoftware().events());
            ground.flush();
            durationS = Math.min(durationS, (k - 1) * Simulation.STEP_S);
        }
        double wallS = (System.nanoTime() - wallStartNs) / 1e9;
        progress.accept(1.0);
        RunSummary summary = summarize(stats, events, durationS, wallS);
        Files.writeString(outDir.resolve("summary.json"), summary.toJson(), StandardCharsets.UTF_8);
        return summary;
    }

    /**
     * Waits until the wall clock reaches step k's time at the configured speed, accepting commands as they arrive
     * (as the flight software's real-time driver does between cycles), unless the step is about due.
     */
    private void pace(long wallStartNs, long k) {
        long dueNs = wallStartNs + (long) (k * Simulation.STEP_S * 1e9 / speed);
        long waitNs;
        while ((waitNs = dueNs - System.nanoTime()) > 0) {
            FlightSoftware fsw = sim.flightSoftware();
            if (waitNs > RealTimeDriver.GUARD_NS && fsw.commanding().inbox().pending()) {
                fsw.acceptCommands(sim.clock().nowNs());
            } else {
                java.util.concurrent.locks.LockSupport.parkNanos(waitNs);
            }
        }
    }

    private RunSummary summarize(RunStats stats, EventsCsv events, double durationS, double wallS) {
        SimulatedSatellite sat = sim.satellite();
        FlightSoftware fsw = sim.flightSoftware();
        CycleStats cycles = fsw.executive().stats();
        double periodS = sim.orbit().nodalPeriodS();
        double orbits = durationS / periodS;
        double eclipseS = stats.completeEclipses() > 0 ? stats.meanEclipseS() : stats.umbraS() / Math.max(1, orbits);
        double throughputJ = sat.power().batteryThroughputJ();
        MissionConfig m = sim.mission();
        double boundJ = stats.computeBoundJ();
        RunSummary summary = new RunSummary()
                .put("epoch", m.epoch.toString())
                .put("seed", m.seed)
                .put("altitudeKm", m.altitudeKm)
                .put("inclinationDeg", Math.toDegrees(m.inclinationRad()))
                .put("sunSynchronous", m.sunSynchronous)
                .put("ageYears", m.ageYears)
                .put("durationS", durationS)
                .put("orbitPeriodMinutes", periodS / 60)
                .put("orbits", orbits)
                .put("betaDeg", Math.toDegrees(0.5 * (stats.betaMinRad() + stats.betaMaxRad())))
                .put("betaMinDeg", Math.toDegrees(stats.betaMinRad()))
                .put("betaMaxDeg", Math.toDegrees(stats.betaMaxRad()))
                .put("eclipses", stats.completeEclipses())
                .put("eclipseMinutesPerOrbit", eclipseS / 60)
                .put("umbraMinutesTotal", stats.umbraS() / 60)
                .put("socMin", stats.socMin())
                .put("socMax", stats.socMax())
                .put("socEnd", sat.battery().socTruth())
                .put("eclipseExits", stats.eclipseExits())
                .put("eclipseExitsBelowFloor", stats.eclipseExitsBelowFloor())
                .put("socEclipseExitMin", stats.socEclipseExitMin())
                .put("gpuTempMaxK", stats.gpuTempMaxK())
                .put("gpuSlowdownSeconds", stats.gpuSlowdownS())
                .put("coolantTempMaxK", stats.coolantTempMaxK())
                .put("coolantTempMinK", stats.coolantTempMinK())
                .put("radiatorTempMaxK", stats.radiatorTempMaxK())
                .put("batteryTempMinK", stats.batteryTempMinK())
                .put("batteryTempMaxK", stats.batteryTempMaxK())
                .put("avionicsTempMinK", stats.avionicsTempMinK())
                .put("terminalsTempMinK", stats.terminalsTempMinK())
                .put("gpuEnergyKWh", stats.gpuEnergyJ() / 3.6e6)
                .put("computeBoundKWh", boundJ / 3.6e6)
                .put("computeYield", boundJ > 0 ? stats.gpuEnergyJ() / boundJ : 0)
                .put("solarEnergyKWh", sat.power().solarEnergyJ() / 3.6e6)
                .put("loadEnergyKWh", sat.power().loadEnergyJ() / 3.6e6)
                .put("batteryLossKWh", sat.power().lossEnergyJ() / 3.6e6)
                .put("unservedLoadKWh", sat.power().unservedEnergyJ() / 3.6e6)
                .put("batteryThroughputKWh", throughputJ / 3.6e6)
                .put("energyClosureErrorJ", stats.energyClosureErrorJ())
                .put("energyClosureRelative", throughputJ > 0 ? Math.abs(stats.energyClosureErrorJ()) / throughputJ : 0)
                .put("modeChanges", fsw.modeTransitions())
                .put("modeEnd", fsw.mode().name())
                .put("gpuSheds", events.count(EventId.GPU_SHED))
                .put("faultsConfirmed", events.count(EventId.FAULT_CONFIRMED))
                .put("events", fsw.events().published())
                .put("cycles", cycles.cycles())
                .put("cycleSlips", cycles.slips())
                .put("watchdogExpirations", sat.watchdog().expirations())
                .put("cycleExecMeanMicros", sim.execWallMeanNs() / 1e3)
                .put("cycleExecMaxMicros", sim.execWallMaxNs() / 1e3)
                .put("telemetryFrames", fsw.frames().framesEncoded())
                .put("telemetryBacklogEnd", fsw.downlink().backlog())
                .put("telemetryFramesLost", fsw.downlink().lost());
        putLinks(summary, durationS);
        return summary
                .put("wallSeconds", wallS)
                .put("speedup", durationS / wallS);
    }

    /** Terminal names as the summary's keys spell them, in index order. */
    private static final String[] TERMINAL_KEYS = {"Fore", "Aft", "Left", "Right", "Ground"};

    /**
     * Link figures: per terminal, the fraction of the run it tracked and how often it locked and lost lock (truth);
     * the flight software's handoffs, failed acquisitions, unexpected losses of lock (since its last boot) and
     * isolated terminals.
     */
    private void putLinks(RunSummary summary, double durationS) {
        space.ocsat.sim.model.TerminalModel terminals = sim.satellite().terminals();
        int n = Math.min(terminals.count(), TERMINAL_KEYS.length);
        for (int t = 0; t < n; t++) {
            summary.put("link" + TERMINAL_KEYS[t] + "TrackingFraction",
                    durationS > 0 ? terminals.trackingSeconds(t) / durationS : 0)
                    .put("link" + TERMINAL_KEYS[t] + "Locks", terminals.acquisitions(t))
                    .put("link" + TERMINAL_KEYS[t] + "Losses", terminals.losses(t));
        }
        space.ocsat.fsw.links.LinkManager links = sim.flightSoftware().links();
        int isolated = 0;
        for (int t = 0; t < links.count(); t++) {
            isolated += links.isolated(t) ? 1 : 0;
        }
        summary.put("linkHandoffs", links.handoffs())
                .put("linkAcquisitionsFailed", links.failedTotal())
                .put("linkLossesOfLock", links.lossesTotal())
                .put("terminalsIsolated", isolated);
    }
}

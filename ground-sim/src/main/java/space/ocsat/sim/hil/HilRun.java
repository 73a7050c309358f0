package space.ocsat.sim.hil;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleConsumer;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.config.LinkConfigCodec;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.hal.remote.BridgeCounter;
import space.ocsat.hal.remote.BridgeCounters;
import space.ocsat.hal.remote.ServedHal;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.ground.GroundStation;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.report.RunSummary;
import space.ocsat.sim.report.TelemetryArchive;
import space.ocsat.wire.Stream;

/**
 * A mission whose flight software runs elsewhere, on the HIL bridge ({@code ocsat serve-hal}). The world is built as
 * for an in-process run — a {@link Simulation} of the same mission, satellite and fault wiring, whose HAL
 * ({@link Simulation#flightHal()}) is what the bridge serves; its own flight software is never run — and each tick
 * is the in-process step with the flight-software cycle replaced by a bridge exchange: SENSORS out, ACTUATORS back
 * and applied in call order, then the physics by one step. The ground is the in-process ground too: the same
 * {@link GroundStation} archives the telemetry that rides the ACTUATORS frames and acknowledges every
 * {@link #ACK_EVERY_S} simulated seconds, its acknowledgements riding the next SENSORS frame. So in lockstep the
 * telemetry archive is byte for byte the in-process run's (the determinism test holds it to that).
 *
 * <p>Real time: tick 0 is exchanged in lockstep (the flight software's first cycle loads its code); from tick 1 on the
 * loop is paced on the wall clock ({@code speed} simulated seconds per second) and does not wait: at each tick
 * boundary it applies the newest answer that came, and counts a tick whose answer did not come in time.
 */
public final class HilRun implements AutoCloseable {
    /** How often the ground acknowledges telemetry, simulated seconds (as MissionRun's in-process ground). */
    public static final int ACK_EVERY_S = 10;

    /** How the bridge is served. */
    public static final class Options {
        public InetAddress bind = InetAddress.getLoopbackAddress();
        /** TCP port; 0 takes a free one ({@link HilRun#port()}). */
        public int port;
        public long satelliteId = 1;
        public boolean realtime;
        /** Real time: simulated seconds per wall second. */
        public double speed = 1;
        /** Write the telemetry archive (telemetry.frames) into the run folder. */
        public boolean archive = true;
        public long connectTimeoutMs = 120_000;
        public int answerTimeoutMs = 60_000;
        public long reconnectTimeoutMs = 60_000;
    }

    private final Options o;
    private final Simulation sim;
    private final BridgeCounters counters = new BridgeCounters();
    private final ServedHal served;
    private final BridgeServer server;

    /**
     * Builds the world and listens for the flight software.
     *
     * @throws IOException if the port cannot be bound
     */
    public HilRun(MissionConfig mission, SatelliteConfig satellite, Options options) throws IOException {
        this.o = options;
        FswConfig fsw = new FswConfig();
        fsw.satelliteId = o.satelliteId;
        // the in-process flight software the Simulation boots is never run: a small store and recorder do
        this.sim = new Simulation(mission, satellite, fsw, new InMemoryNonVolatileStore(64, 4096),
                new InMemoryMassMemory(64, satellite.recorderBlockBytes), KeyTable.empty());
        sim.satellite().setProcessorRunning(false); // the flight computer's watchdog is its own, across the bridge
        this.served = new ServedHal(sim.flightHal(), o.satelliteId, counters);
        this.server = new BridgeServer(o.bind, o.port, o.satelliteId, o.realtime, o.speed,
                LinkConfigCodec.encode(sim.fswConfig().links), served, counters);
    }

    /** @return the port the bridge listens on */
    public int port() {
        return server.port();
    }

    /** @return the simulation (physics, clock, orbit) */
    public Simulation simulation() {
        return sim;
    }

    /** @return this end's bridge counters */
    public BridgeCounters counters() {
        return counters;
    }

    /**
     * Waits for the flight software, runs the mission to its end and writes the run folder ({@code telemetry.frames},
     * {@code summary.json}).
     *
     * @param durationS simulated duration, s
     * @param outDir    run folder
     * @param progress  receives the completed fraction now and then
     */
    public RunSummary run(double durationS, Path outDir, DoubleConsumer progress) throws IOException {
        Files.createDirectories(outDir);
        long steps = Simulation.stepsFor(durationS);
        long reportEvery = Math.max(Simulation.STEPS_PER_SECOND, steps / 200);
        long ackEvery = (long) ACK_EVERY_S * Simulation.STEPS_PER_SECOND;
        Path archiveFile = outDir.resolve(TelemetryArchive.FILE_NAME);
        long wallStartNs;
        long archived;
        server.awaitFlightSoftware(o.connectTimeoutMs);
        try (TelemetryArchive archive = o.archive ? new TelemetryArchive(archiveFile) : null) {
            GroundStation ground = new GroundStation(Stream.names.length,
                    archive != null ? archive : (stream, sequence, frame) -> { }, null);
            if (!o.archive) {
                Files.deleteIfExists(archiveFile);
            }
            served.link().setUp(ground.up());
            ServedHal.DownlinkSink sink = (stream, sequence, frame, replay) -> ground.offer(stream, sequence, frame,
                    replay);
            GroundStation.Acknowledger acks = (stream, upTo) -> served.link().queueAck(stream, upTo);
            wallStartNs = System.nanoTime();
            long paceStartNs = wallStartNs;
            for (long k = 1; k <= steps; k++) {
                if (o.realtime && k > 1) {
                    pace(paceStartNs, k - 1);
                    server.applyNewest(k - 1, sink);
                } else {
                    // real time too exchanges tick 0 in lockstep: the flight software's first cycle runs every rate
                    // group and loads their code, which a cold JVM may take longer than a tick to do
                    server.exchange(k - 1, sim.clock().nowNs(), sink, o.answerTimeoutMs, o.reconnectTimeoutMs);
                }
                sim.satellite().step(Simulation.STEP_S);
                if (k % ackEvery == 0) {
                    ground.acknowledge(acks);
                }
                if (o.realtime && k < steps) {
                    if (k == 1) {
                        server.startRealTime();
                    }
                    server.send(k, sim.clock().nowNs());
                    if (k == 1) {
                        paceStartNs = System.nanoTime(); // the real-time clock starts as tick 1 leaves
                    }
                }
                if (k % reportEvery == 0) {
                    progress.accept((double) k / steps);
                }
            }
            ground.flush();
            archived = archive != null ? archive.frames() : 0;
        } finally {
            server.close();
        }
        double wallS = (System.nanoTime() - wallStartNs) / 1e9;
        progress.accept(1.0);
        RunSummary summary = summarize(durationS, steps, wallS, archived);
        Files.writeString(outDir.resolve("summary.json"), summary.toJson());
        return summary;
    }

    /** Waits until {@code ticks} ticks after {@code startNs} (wall) at the configured speed. */
    private void pace(long startNs, long ticks) {
        long dueNs = startNs + (long) (ticks * Simulation.STEP_S * 1e9 / o.speed);
        long waitNs;
        while ((waitNs = dueNs - System.nanoTime()) > 0) {
            LockSupport.parkNanos(waitNs);
        }
    }

    private RunSummary summarize(double durationS, long ticks, double wallS, long archived) {
        RunSummary s = new RunSummary()
                .put("mode", o.realtime ? "realtime" : "lockstep")
                .put("satelliteId", o.satelliteId)
                .put("seed", sim.mission().seed)
                .put("durationS", durationS)
                .put("ticks", ticks)
                .put("socEnd", sim.satellite().battery().socTruth())
                .put("telemetryFramesArchived", archived);
        for (BridgeCounter c : BridgeCounter.values()) {
            s.put(summaryKey(c), counters.get(c));
        }
        return s.put("fswFramesMissed", served.framesMissedReported())
                .put("wallSeconds", wallS)
                .put("ticksPerSecond", ticks / Math.max(wallS, 1e-9))
                .put("speedup", durationS / Math.max(wallS, 1e-9));
    }

    /** @return the summary.json key of a bridge counter: {@code bridgeFramesLate} for FRAMES_LATE */
    public static String summaryKey(BridgeCounter c) {
        StringBuilder b = new StringBuilder("bridge");
        for (String part : c.name().toLowerCase(Locale.ROOT).split("_")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

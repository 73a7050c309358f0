package space.ocsat.fsw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.config.LinkConfigCodec;
import space.ocsat.fsw.exec.BetweenCycles;
import space.ocsat.fsw.exec.CycleBoundary;
import space.ocsat.fsw.exec.Executive;
import space.ocsat.fsw.exec.RealTimeDriver;
import space.ocsat.fsw.transport.MqttSecurity;
import space.ocsat.fsw.transport.MqttTransportDriver;
import space.ocsat.fsw.transport.RigLink;
import space.ocsat.hal.platform.FileMassMemory;
import space.ocsat.hal.platform.FileNonVolatileStore;
import space.ocsat.hal.platform.ProcessWatchdog;
import space.ocsat.hal.remote.BridgeCounters;
import space.ocsat.hal.remote.Handshake;
import space.ocsat.hal.remote.RemoteHal;
import space.ocsat.hal.remote.RemoteHalDriver;
import space.ocsat.hal.time.MonotonicClock;
import space.ocsat.hal.time.RigClock;
import space.ocsat.hal.wire.DriverMode;

/**
 * The flight software as its own program ({@code ocsat fsw}): the composition root of the flight computer. It opens
 * the computer's own memories (the non-volatile store and the recorder, files in the store folder, kept across
 * restarts, so the software starts from them after a crash) and its watchdog, binds the HAL, builds the flight
 * software over it and drives it — in lockstep with a HIL simulator, or on its real-time driver — until the run ends
 * or it is told to stop ({@link #stop}, from SIGTERM), then flushes the store and disconnects.
 *
 * <p>HAL bindings: {@code remote:HOST:PORT} (the HIL bridge, {@code space.ocsat.hal.remote}) is the only one today.
 * A binding for real hardware composes here the same way: e.g. the bridge's devices with the GPUs replaced by
 * {@code space.ocsat.hal.compute.nvidia.NvidiaSmiGpus} through {@code Hal.toBuilder().gpus(…)}.
 *
 * <p>The ground link: with a broker, MQTT as in flight ({@link MqttTransportDriver}); without one, the rig's
 * simulated ground link over the bridge ({@link RigLink}), which a lockstep run needs for a reproducible archive.
 */
public final class FlightComputer implements AutoCloseable {
    /** Slots of the flight computer's non-volatile store (as the simulator gives an in-process flight software). */
    public static final int STORE_SLOTS = 64;
    /** Bytes per store slot. */
    public static final int STORE_SLOT_BYTES = 4096;
    /** Blocks of the recorder's mass memory (the reference satellite's, as ground-sim's SatelliteConfig). */
    public static final int RECORDER_BLOCKS = 16_384;
    /** Bytes per recorder block. */
    public static final int RECORDER_BLOCK_BYTES = 2048;
    /** The watchdog timeout the computer reports, ns. */
    public static final long WATCHDOG_TIMEOUT_NS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(FlightComputer.class);

    /** What the program was asked to do. */
    public static final class Options {
        public long satelliteId = 1;
        /** MQTT broker URL, or null for the rig's ground link over the bridge. */
        public String brokerUrl;
        public MqttSecurity security = MqttSecurity.NONE;
        public KeyTable keys = KeyTable.empty();
        public Path storeDir = Path.of("fsw-store");
        public String halHost;
        public int halPort;
        public boolean realtime;
        /** Force every store write to disk (flight); off for fast lockstep tests. */
        public boolean fsync = true;
        public long connectTimeoutMs = 30_000;
    }

    private final Options o;
    private final ProcessWatchdog watchdog;
    private final FileNonVolatileStore store;
    private final FileMassMemory recorder;
    private final BridgeCounters counters = new BridgeCounters();
    private final RemoteHalDriver bridge;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private MqttTransportDriver transport;
    private RealTimeDriver realTime;
    private FlightSoftware fsw;
    private long cycles;

    /** Opens the computer's memories and watchdog. */
    public FlightComputer(Options options) throws IOException {
        this.o = options;
        this.watchdog = ProcessWatchdog.open(o.storeDir, WATCHDOG_TIMEOUT_NS);
        this.store = FileNonVolatileStore.open(o.storeDir.resolve("nvs.bin"), STORE_SLOTS, STORE_SLOT_BYTES, o.fsync);
        this.recorder = FileMassMemory.open(o.storeDir.resolve("recorder.bin"), RECORDER_BLOCKS, RECORDER_BLOCK_BYTES);
        this.bridge = new RemoteHalDriver(o.halHost, o.halPort, o.satelliteId,
                o.realtime ? DriverMode.REALTIME : DriverMode.LOCKSTEP, counters);
    }

    /**
     * Connects to the HAL, boots the flight software and runs it until the simulator ends the run (lockstep) or
     * {@link #stop} is called.
     */
    public void run() throws IOException, InterruptedException, Handshake.RefusedException {
        LOG.info("satellite {}: {} HAL bridge at {}:{}, store {}{}", o.satelliteId, o.realtime ? "real-time" : "lockstep",
                o.halHost, o.halPort, o.storeDir, watchdog.causedLastReset() ? " (after a reset)" : "");
        Handshake.WelcomeInfo welcome = bridge.connect(o.connectTimeoutMs);
        FswConfig config = new FswConfig();
        config.satelliteId = o.satelliteId;
        if (welcome.tables().length > 0) {
            LinkConfigCodec.decode(welcome.tables(), config.links);
        }
        if (o.realtime) {
            runRealTime(config, welcome.speed());
        } else {
            runLockstep(config);
        }
    }

    private void runLockstep(FswConfig config) throws IOException {
        RemoteHal remote = new RemoteHal(bridge.layoutOrFail(), o.satelliteId, null, watchdog, store, recorder,
                counters);
        RigLink rig = new RigLink(remote);
        // lockstep: the execution-time clock is the simulated one (execution takes no simulated time), as in process
        fsw = new FlightSoftware(remote.hal(), config, remote.frameClock(), rig, o.keys);
        attachBroker();
        LOG.info("booted (mode {}, restored from the store: {}); running in lockstep", fsw.mode(),
                fsw.restoredFromStore());
        try {
            while (!stopping && bridge.awaitSensors(remote)) {
                long nowNs = remote.timeNs();
                deliver(rig, nowNs);
                fsw.runCycle(nowNs);
                cycles++;
                bridge.send(remote.actuators());
            }
        } catch (IOException e) {
            if (!stopping) {
                throw e;
            }
        }
    }

    private void runRealTime(FswConfig config, double speed) throws InterruptedException, IOException {
        RigClock clock = new RigClock();
        RemoteHal remote = new RemoteHal(bridge.layoutOrFail(), o.satelliteId, clock, watchdog, store, recorder,
                counters);
        RigLink rig = new RigLink(remote);
        fsw = new FlightSoftware(remote.hal(), config, new MonotonicClock(), rig, o.keys);
        attachBroker();
        // tick 0 in lockstep: the first cycle runs every rate group and loads their code, which a cold JVM may take
        // longer than a tick to do; the simulator starts its real-time clock once it has the answer
        if (!bridge.awaitSensors(remote)) {
            throw new IOException("the simulator closed the connection before the first tick");
        }
        clock.hold(remote.timeNs());
        deliver(rig, remote.timeNs());
        fsw.runCycle(remote.timeNs());
        cycles++;
        bridge.send(remote.actuators());
        bridge.startRealTime();
        RemoteHalDriver.Arrival first = bridge.awaitFirstFrame(o.connectTimeoutMs);
        if (first == null) {
            throw new IOException("no sensor frame within " + o.connectTimeoutMs + " ms");
        }
        // run each cycle half a period after its sensor frame left the simulator, so the answer is back half a
        // period before the next tick: the clock reads the frame's time half a period after it arrived
        long half = Executive.PERIOD_NS / 2;
        clock.anchor(first.timeNs() - half, first.wallNs(), speed);
        long now = clock.nowNs();
        long firstDeadline = Math.floorDiv(now + Executive.PERIOD_NS - 1, Executive.PERIOD_NS) * Executive.PERIOD_NS;
        FlightSoftware f = fsw;
        realTime = new RealTimeDriver(f.executive(), clock, Executive.PERIOD_NS, "fsw-control", new BetweenCycles() {
            @Override
            public boolean pending() {
                return f.commanding().inbox().pending();
            }

            @Override
            public void run(long nowNs) {
                f.acceptCommands(nowNs);
            }
        }).boundary(new CycleBoundary() {
            @Override
            public void beforeCycle(long nowNs) {
                if (bridge.latch(remote)) {
                    deliver(rig, nowNs);
                }
            }

            @Override
            public void afterCycle(long nowNs) {
                bridge.offer(remote.actuators());
                cycles++;
            }
        }).firstDeadline(firstDeadline).clockRate(speed);
        f.commanding().inbox().onArrival(realTime::wake);
        LOG.info("booted (mode {}, restored from the store: {}); real time at {}x, first cycle at t={} s", fsw.mode(),
                fsw.restoredFromStore(), speed, firstDeadline / 1e9);
        realTime.start();
        stopped.await();
    }

    /** The rig's ground link: its acknowledgements and telecommands, unless the ground link is a broker. */
    private void deliver(RigLink rig, long nowNs) {
        if (transport == null) {
            rig.deliver(fsw.downlink(), fsw.commanding().inbox(), nowNs);
        }
    }

    private void attachBroker() throws IOException {
        if (o.brokerUrl == null) {
            return;
        }
        transport = new MqttTransportDriver(o.brokerUrl, o.satelliteId, fsw.commanding().inbox(), o.security).start();
        fsw.housekeeping().setDownlinkDropCounter(transport::framesDropped);
        fsw.downlink().attach(transport.port());
        LOG.info("ground link: MQTT broker {}", o.brokerUrl);
    }

    /** Ends the run: real time stops after the cycle in progress; lockstep at once (any thread, e.g. SIGTERM). */
    public void stop() {
        stopping = true;
        stopped.countDown();
        if (!o.realtime) {
            bridge.close(); // unblocks the control thread's wait for the next frame
        }
    }

    /** @return the bridge counters of this end */
    public BridgeCounters counters() {
        return counters;
    }

    /** Stops the driver, disconnects, flushes the store and the recorder, and marks a clean shutdown. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (realTime != null) {
            realTime.close();
        }
        bridge.close();
        if (transport != null) {
            transport.close();
        }
        store.flush();
        recorder.flush();
        LOG.info("stopped after {} cycles; bridge: {}", cycles, counters);
        store.close();
        recorder.close();
        watchdog.close();
    }
}

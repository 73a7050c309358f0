package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import space.ocsat.hal.Hal;
import space.ocsat.hal.platform.MassMemory;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.Watchdog;
import space.ocsat.hal.time.Clock;
import space.ocsat.hal.wire.Actuators;
import space.ocsat.hal.wire.BridgeFrame;
import space.ocsat.hal.wire.FrameKind;
import space.ocsat.hal.wire.Sensors;

/**
 * The remote HAL binding: the devices a simulator (or a rig) serves over the HIL bridge, as a {@link Hal} for the
 * flight software. The watchdog, the non-volatile store and the mass memory are the flight computer's own and stay
 * local: they are given here, not served.
 *
 * <p>One cycle: {@link #accept} decodes the tick's SENSORS frame into preallocated arrays (the devices' getters read
 * them); the cycle runs and its device commands are recorded in call order (see {@link RemoteDevices} for the status
 * a setter returns at once); {@link #actuators} encodes them, and the telemetry offered to the rig's ground link, as
 * the tick's ACTUATORS frame. Both allocate nothing in steady state. Control thread only.
 *
 * <p>Time: in lockstep the HAL clock is the latched frame's simulated time ({@link #frameClock}); in real time the
 * caller gives a local clock anchored to the simulation's.
 */
public final class RemoteHal {
    /** The bridge protocol version both ends must speak (bridge.fbs). */
    public static final int PROTOCOL_VERSION = 1;

    private final long satelliteId;
    private final Layout layout;
    private final SensorState state;
    /** A frame is decoded here first, and taken only once it decoded whole. */
    private final SensorState incoming;
    private LinkState link = new LinkState();
    private LinkState incomingLink = new LinkState();
    private final CommandLog commands = new CommandLog();
    private final DownlinkQueue downlink = new DownlinkQueue();
    private final BridgeCounters counters;
    private final FlatBufferBuilder builder = new FlatBufferBuilder(256 * 1024);
    private final BridgeFrame frame = new BridgeFrame();
    private final Sensors sensors = new Sensors();
    private final Clock frameClock = this::timeNs;
    private final Hal hal;
    private long tick = -1;
    private long timeNs;
    private long framesMissed;

    /**
     * @param layout      the devices, from the simulator's WELCOME
     * @param satelliteId this satellite; frames about another are rejected
     * @param clock       the HAL clock, or null for the latched frame's time (lockstep)
     * @param watchdog    the flight computer's watchdog
     * @param store       the flight computer's non-volatile store
     * @param massMemory  the flight computer's recorder memory
     * @param counters    where this end counts
     */
    public RemoteHal(Layout layout, long satelliteId, Clock clock, Watchdog watchdog, NonVolatileStore store,
                     MassMemory massMemory, BridgeCounters counters) {
        this.layout = layout;
        this.satelliteId = satelliteId;
        this.counters = counters;
        this.state = new SensorState(layout);
        this.incoming = new SensorState(layout);
        SensorState s = state;
        CommandLog c = commands;
        this.hal = Hal.builder().clock(clock != null ? clock : frameClock)
                .solarArray(new RemoteDevices.Solar(s, c, counters)).battery(new RemoteDevices.Pack(s, c, counters))
                .power(new RemoteDevices.Pdu(s, c, counters))
                .thermalSensors(new RemoteDevices.UnitSensors(s, c, counters))
                .heaters(new RemoteDevices.HeaterSet(s, c, counters)).coolant(new RemoteDevices.Coolant(s, c, counters))
                .radiators(new RemoteDevices.Panels(s, c, counters)).attitude(new RemoteDevices.Adcs(s, c, counters))
                .arrayDrives(new RemoteDevices.Drives(s, c, counters)).gpus(new RemoteDevices.Gpus(s, c, counters))
                .terminals(new RemoteDevices.Terminals(s, c, counters)).navigation(new RemoteDevices.Nav(s, c, counters))
                .watchdog(watchdog).store(store).massMemory(massMemory).build();
    }

    /** @return the HAL to build the flight software over */
    public Hal hal() {
        return hal;
    }

    /** @return a clock reading the latched frame's simulated time, ns */
    public Clock frameClock() {
        return frameClock;
    }

    /** @return the devices' layout */
    public Layout layout() {
        return layout;
    }

    /**
     * Takes a SENSORS frame: checks its header (version, satellite, kind), that its tick is newer than the last one
     * taken, and its shape against the layout; then replaces every reading with its own, all or nothing. A frame that
     * fails is counted and changes nothing. Never throws for bad bytes.
     *
     * @param bytes the frame, position at its start (not changed)
     * @return true if taken
     */
    public boolean accept(ByteBuffer bytes) {
        try {
            BridgeFrame f = Frames.root(bytes, frame, counters);
            if (f == null || !Frames.accept(f, FrameKind.SENSORS, satelliteId, counters)) {
                return false;
            }
            if (f.tick() <= tick) {
                counters.increment(BridgeCounter.REJECTED_UNEXPECTED);
                return false;
            }
            Sensors s = f.sensors(sensors);
            if (s == null || !incoming.decode(s, incomingLink)) {
                counters.increment(BridgeCounter.REJECTED_MALFORMED);
                return false;
            }
            state.copyFrom(incoming);
            LinkState taken = incomingLink;
            incomingLink = link;
            link = taken;
            if (tick >= 0 && f.tick() > tick + 1) {
                counters.add(BridgeCounter.FRAMES_SKIPPED, f.tick() - tick - 1);
            }
            tick = f.tick();
            timeNs = f.timeNs();
            counters.increment(BridgeCounter.FRAMES_RECEIVED);
            return true;
        } catch (RuntimeException e) {
            // Java FlatBuffers has no verifier: a corrupted buffer throws here (DESIGN.md §8)
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            return false;
        }
    }

    /** A cycle ran without a new SENSORS frame (real time): counted, and reported in the next ACTUATORS. */
    public void missedFrame() {
        framesMissed++;
        counters.increment(BridgeCounter.FRAMES_MISSED);
    }

    /** @return the tick of the latched frame (−1 before the first) */
    public long tick() {
        return tick;
    }

    /** @return the simulated time of the latched frame, ns */
    public long timeNs() {
        return timeNs;
    }

    /**
     * @return the rig's ground link as the latched frame reported it: its acknowledgements and telecommands are the
     *         caller's to deliver once, then {@link LinkState#clear()}
     */
    public LinkState link() {
        return link;
    }

    /**
     * Offers a telemetry frame to the rig's ground link (when the flight software has no broker of its own): copied
     * into this cycle's ACTUATORS frame if the link is up.
     *
     * @return false if the link is down or the cycle's share is full (the recorder keeps the frame)
     */
    public boolean offerDownlink(int stream, long sequence, ByteBuffer frameBytes, boolean replay) {
        if (!link.up()) {
            return false;
        }
        if (!downlink.offer(stream, sequence, frameBytes, replay)) {
            counters.increment(BridgeCounter.OVERFLOWS);
            return false;
        }
        return true;
    }

    /**
     * Encodes the cycle's ACTUATORS frame, answering the latched tick, and empties the cycle's commands and downlink.
     *
     * @return the frame's bytes (valid until the next call)
     */
    public ByteBuffer actuators() {
        FlatBufferBuilder b = builder;
        b.clear();
        int commandsVector = commands.encode(b);
        int downlinkVector = downlink.encode(b);
        int body = Actuators.createActuators(b, commandsVector, downlinkVector, framesMissed);
        Frames.startRoot(b, FrameKind.ACTUATORS, satelliteId, tick, timeNs);
        BridgeFrame.addActuators(b, body);
        commands.clear();
        downlink.clear();
        return Frames.finish(b);
    }

    /** @return this end's counters */
    public BridgeCounters counters() {
        return counters;
    }
}

package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.wire.Actuators;
import space.ocsat.hal.wire.BridgeFrame;
import space.ocsat.hal.wire.CommandOp;
import space.ocsat.hal.wire.DeviceCommand;
import space.ocsat.hal.wire.Downlink;
import space.ocsat.hal.wire.FrameKind;

/**
 * The serving end of the bridge: a {@link Hal} (the simulator's, with whatever wraps it) turned into SENSORS frames,
 * and ACTUATORS frames turned back into calls on it, in the order the flight software made them. Its readings pass
 * through the same {@link SensorState} the binding decodes into. Control thread only.
 */
public final class ServedHal {
    /** What {@link #apply} made of a frame. */
    public enum Applied {
        /** The tick's commands were applied. */
        APPLIED,
        /** The frame answers a tick already past (real time: applied, late). */
        LATE,
        /** The frame was rejected (counted); nothing applied. */
        REJECTED
    }

    /** Where the telemetry that rode an ACTUATORS frame goes (the rig's ground station). */
    @FunctionalInterface
    public interface DownlinkSink {
        /** @param frame the frame's bytes (valid during the call) */
        void accept(int stream, long sequence, ByteBuffer frame, boolean replay);
    }

    private static final PointingMode[] POINTING_MODES = PointingMode.values();

    private final Hal hal;
    private final long satelliteId;
    private final Layout layout;
    private final SensorState state;
    private final LinkState link = new LinkState();
    private final BridgeCounters counters;
    private final FlatBufferBuilder builder = new FlatBufferBuilder(64 * 1024);
    private final BridgeFrame frame = new BridgeFrame();
    private final Actuators actuators = new Actuators();
    private final DeviceCommand command = new DeviceCommand();
    private final Downlink down = new Downlink();
    private long framesMissedReported;
    private long lastAnswered = -1;
    private static final int STATUSES = DeviceStatus.values().length;

    public ServedHal(Hal hal, long satelliteId, BridgeCounters counters) {
        this.hal = hal;
        this.satelliteId = satelliteId;
        this.counters = counters;
        this.layout = Layout.of(hal);
        this.state = new SensorState(layout);
    }

    /** @return the served devices' layout (for the WELCOME) */
    public Layout layout() {
        return layout;
    }

    /** @return the rig's ground link: what the next SENSORS frame carries up */
    public LinkState link() {
        return link;
    }

    /**
     * Samples every device and encodes the tick's SENSORS frame with the ground link's acknowledgements and
     * telecommands, which are then forgotten.
     *
     * @return the frame's bytes (valid until the next call)
     */
    public ByteBuffer sensors(long tick, long timeNs) {
        state.sample(hal);
        FlatBufferBuilder b = builder;
        b.clear();
        int body = state.encode(b, link);
        link.clear();
        Frames.startRoot(b, FrameKind.SENSORS, satelliteId, tick, timeNs);
        BridgeFrame.addSensors(b, body);
        return Frames.finish(b);
    }

    /**
     * Applies an ACTUATORS frame: checks its header, that it answers {@code tick} (or, with {@code lateAllowed}, an
     * earlier tick after {@code lastApplied}) and that every command is well formed; then calls the devices in the
     * frame's order, counting each status that differs from the one the binding returned, and hands its telemetry to
     * {@code sink}. Never throws for bad bytes.
     *
     * @param bytes       the frame, position at its start (not changed)
     * @param tick        the tick whose answer is due
     * @param lastApplied the last tick applied (a frame at or before it is stale)
     * @param lateAllowed real time: an answer to an earlier tick is still applied (counted late)
     */
    public Applied apply(ByteBuffer bytes, long tick, long lastApplied, boolean lateAllowed, DownlinkSink sink) {
        Actuators a;
        long answers;
        try {
            BridgeFrame f = Frames.root(bytes, frame, counters);
            if (f == null || !Frames.accept(f, FrameKind.ACTUATORS, satelliteId, counters)) {
                return Applied.REJECTED;
            }
            answers = f.tick();
            if (answers <= lastApplied || answers > tick || (answers < tick && !lateAllowed)) {
                counters.increment(BridgeCounter.REJECTED_UNEXPECTED);
                return Applied.REJECTED;
            }
            a = f.actuators(actuators);
            if (a == null || !wellFormed(a)) {
                counters.increment(BridgeCounter.REJECTED_MALFORMED);
                return Applied.REJECTED;
            }
        } catch (RuntimeException e) {
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            return Applied.REJECTED;
        }
        counters.increment(BridgeCounter.FRAMES_RECEIVED);
        for (int i = 0; i < a.commandsLength(); i++) {
            a.commands(command, i);
            DeviceStatus got = call(command.op(), command.unit(), command.arg(), command.value());
            if (got == null || got.ordinal() != command.expected()) {
                counters.increment(BridgeCounter.STATUS_MISMATCHES);
            }
        }
        for (int i = 0; i < a.downlinkLength(); i++) {
            a.downlink(down, i);
            sink.accept(down.stream(), down.sequence(), down.dataAsByteBuffer(), down.replay());
        }
        framesMissedReported = a.framesMissed();
        lastAnswered = answers;
        return answers == tick ? Applied.APPLIED : Applied.LATE;
    }

    /** @return the tick the last applied ACTUATORS frame answered (−1 before the first) */
    public long lastAnswered() {
        return lastAnswered;
    }

    /** @return the cycles the flight software reported running without a new frame (its last ACTUATORS) */
    public long framesMissedReported() {
        return framesMissedReported;
    }

    private boolean wellFormed(Actuators a) {
        int n = a.commandsLength();
        if (n > CommandLog.CAPACITY || a.downlinkLength() > DownlinkQueue.MAX_FRAMES) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            a.commands(command, i);
            int op = command.op();
            if (op < CommandOp.PDU_CHANNEL || op > CommandOp.TERMINAL_ACQUIRE
                    || command.expected() >= STATUSES) {
                return false;
            }
            command.value(); // the last field: throws here, before anything is applied, if the vector is cut short
        }
        for (int i = 0; i < a.downlinkLength(); i++) {
            a.downlink(down, i);
            int bytes = down.dataLength();
            if (down.stream() < 0 || bytes <= 0 || bytes > FrameChannel.MAX_FRAME_BYTES) {
                return false;
            }
            down.data(bytes - 1); // likewise for the frame's last byte
            down.sequence();
            down.replay();
        }
        return true;
    }

    /** Calls the device a command names, or answers NO_SUCH_UNIT itself for a unit outside the layout. */
    private DeviceStatus call(int op, int unit, int arg, double value) {
        boolean on = arg != 0;
        return switch (op) {
            case CommandOp.PDU_CHANNEL -> in(unit, layout.pduChannels) ? hal.power().setChannel(unit, on) : none();
            case CommandOp.GPU_POWER -> in(unit, layout.gpus) ? hal.gpus().setPowered(unit, on) : none();
            case CommandOp.GPU_CAP -> in(unit, layout.gpus) ? hal.gpus().setPowerCapW(unit, value) : none();
            case CommandOp.GPU_DRAIN -> in(unit, layout.gpus) ? hal.gpus().setDrain(unit, on) : none();
            case CommandOp.HEATER -> in(unit, layout.heaters()) ? hal.heaters().set(unit, on) : none();
            case CommandOp.PUMP -> hal.coolant().setPump(on);
            case CommandOp.CHARGE_LIMIT -> hal.battery().setChargeCurrentLimitA(value);
            case CommandOp.END_OF_CHARGE -> hal.battery().setEndOfChargeVoltageV(value);
            case CommandOp.POINTING_MODE -> hal.attitude().setMode(arg >= 0 && arg < POINTING_MODES.length
                    ? POINTING_MODES[arg] : null);
            case CommandOp.DRIVE -> in(unit, layout.drives) ? hal.arrayDrives().command(unit, value) : none();
            case CommandOp.TERMINAL_POWER -> in(unit, layout.terminals) ? hal.terminals().setPowered(unit, on) : none();
            case CommandOp.TERMINAL_ACQUIRE -> in(unit, layout.terminals) ? hal.terminals().acquire(unit, arg) : none();
            default -> null;
        };
    }

    private static boolean in(int unit, int count) {
        return unit >= 0 && unit < count;
    }

    private static DeviceStatus none() {
        return DeviceStatus.NO_SUCH_UNIT;
    }
}

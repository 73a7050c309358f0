package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import space.ocsat.hal.wire.BridgeFrame;
import space.ocsat.hal.wire.DriverMode;
import space.ocsat.hal.wire.FrameKind;
import space.ocsat.hal.wire.Hello;
import space.ocsat.hal.wire.Welcome;

/**
 * The first frames of a connection: the flight software's HELLO (its satellite and driver) and the simulator's
 * WELCOME (the layout, the pace, the tables the rig hands over) or refusal. Allocates: once per connection.
 */
public final class Handshake {
    private Handshake() {
    }

    /** What the flight software says first. */
    public record HelloInfo(long satelliteId, int mode) {
    }

    /** What the simulator answers. */
    public record WelcomeInfo(int mode, double speed, Layout layout, byte[] tables) {
    }

    /** The simulator refused the connection; the message says why. */
    public static final class RefusedException extends Exception {
        public RefusedException(String why) {
            super(why);
        }
    }

    /** @return a HELLO frame */
    public static ByteBuffer hello(long satelliteId, int mode) {
        FlatBufferBuilder b = new FlatBufferBuilder(128);
        int hello = Hello.createHello(b, (byte) mode);
        Frames.startRoot(b, FrameKind.HELLO, satelliteId, 0, 0);
        BridgeFrame.addHello(b, hello);
        return Frames.finish(b);
    }

    /**
     * Reads a HELLO (the simulator's side; any satellite: the caller decides).
     *
     * @return what it says, or null if it is not a HELLO of this protocol (counted)
     */
    public static HelloInfo readHello(ByteBuffer bytes, BridgeCounters counters) {
        try {
            BridgeFrame f = Frames.root(bytes, new BridgeFrame(), counters);
            if (f == null) {
                return null;
            }
            if (f.version() != RemoteHal.PROTOCOL_VERSION) {
                counters.increment(BridgeCounter.REJECTED_VERSION);
                return null;
            }
            if (f.kind() != FrameKind.HELLO || f.hello() == null) {
                counters.increment(BridgeCounter.REJECTED_UNEXPECTED);
                return null;
            }
            return new HelloInfo(f.satelliteId(), f.hello().mode());
        } catch (RuntimeException e) {
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            return null;
        }
    }

    /** @return a WELCOME frame accepting the connection */
    public static ByteBuffer welcome(long satelliteId, int mode, double speed, Layout layout, byte[] tables) {
        FlatBufferBuilder b = new FlatBufferBuilder(4096);
        int layoutOffset = layout.encode(b);
        int tablesOffset = Welcome.createTablesVector(b, tables);
        int welcome = Welcome.createWelcome(b, (byte) mode, speed, layoutOffset, tablesOffset, 0);
        Frames.startRoot(b, FrameKind.WELCOME, satelliteId, 0, 0);
        BridgeFrame.addWelcome(b, welcome);
        return Frames.finish(b);
    }

    /** @return a WELCOME frame refusing the connection, and why */
    public static ByteBuffer refusal(long satelliteId, String why) {
        FlatBufferBuilder b = new FlatBufferBuilder(256);
        int reason = b.createString(why);
        Welcome.startWelcome(b);
        Welcome.addRefusal(b, reason);
        int welcome = Welcome.endWelcome(b);
        Frames.startRoot(b, FrameKind.WELCOME, satelliteId, 0, 0);
        BridgeFrame.addWelcome(b, welcome);
        return Frames.finish(b);
    }

    /**
     * Reads the simulator's answer (the flight software's side).
     *
     * @return the welcome, or null if the frame is not one for this satellite and protocol (counted)
     * @throws RefusedException if the simulator refused
     */
    public static WelcomeInfo readWelcome(ByteBuffer bytes, long satelliteId, BridgeCounters counters)
            throws RefusedException {
        String refusal;
        try {
            BridgeFrame f = Frames.root(bytes, new BridgeFrame(), counters);
            if (f == null || !Frames.accept(f, FrameKind.WELCOME, satelliteId, counters)) {
                return null;
            }
            Welcome w = f.welcome();
            if (w == null) {
                counters.increment(BridgeCounter.REJECTED_MALFORMED);
                return null;
            }
            refusal = w.refusal();
            if (refusal == null) {
                byte[] tables = new byte[w.tablesLength()];
                for (int i = 0; i < tables.length; i++) {
                    tables[i] = (byte) w.tables(i);
                }
                if (w.mode() != DriverMode.LOCKSTEP && w.mode() != DriverMode.REALTIME || !(w.speed() > 0)) {
                    counters.increment(BridgeCounter.REJECTED_MALFORMED);
                    return null;
                }
                return new WelcomeInfo(w.mode(), w.speed(), Layout.decode(w.layout()), tables);
            }
        } catch (RuntimeException e) {
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            return null;
        }
        throw new RefusedException(refusal);
    }
}

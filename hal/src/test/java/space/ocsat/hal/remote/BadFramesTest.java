package space.ocsat.hal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import space.ocsat.hal.wire.BridgeFrame;
import space.ocsat.hal.wire.FrameKind;
import space.ocsat.hal.wire.Sensors;

/**
 * Truncated, corrupted, wrong-version, wrong-satellite, wrong-kind and stale frames are rejected with a counter at
 * both ends, never with an exception, and leave the state they reached untouched.
 */
class BadFramesTest {
    private static final long SAT = RemoteHalTest.SAT;
    private static final long SEED = 20261124L;

    private final FakeSatellite sat = new FakeSatellite(21);
    private final ServedHal served = new ServedHal(sat.hal, SAT, new BridgeCounters());

    private static byte[] copy(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    /** A SENSORS frame as the simulator sends it, but with any version and satellite. */
    private byte[] sensorsFrame(int version, long satelliteId, long tick) {
        SensorState state = new SensorState(served.layout());
        state.sample(sat.hal);
        FlatBufferBuilder b = new FlatBufferBuilder(4096);
        int body = state.encode(b, new LinkState());
        BridgeFrame.startBridgeFrame(b);
        BridgeFrame.addVersion(b, version);
        BridgeFrame.addKind(b, FrameKind.SENSORS);
        BridgeFrame.addSatelliteId(b, satelliteId);
        BridgeFrame.addTick(b, tick);
        BridgeFrame.addSensors(b, body);
        b.finish(BridgeFrame.endBridgeFrame(b));
        return b.sizedByteArray();
    }

    @Test
    void theBindingRejectsBadSensorFramesWithACounterAndKeepsItsReadings() {
        BridgeCounters c = new BridgeCounters();
        RemoteHal remote = RemoteHalTest.remoteFor(served, c);
        byte[] good = copy(served.sensors(5, 500_000_000L));
        assertThat(remote.accept(ByteBuffer.wrap(good))).isTrue();
        var before = FakeSatellite.readings(remote.hal());

        byte[] next = copy(served.sensors(6, 600_000_000L));
        for (int n = 0; n < next.length; n += 7) {
            assertThat(remote.accept(ByteBuffer.wrap(next, 0, n).slice())).as("truncated to %d bytes", n).isFalse();
        }
        assertThat(c.get(BridgeCounter.REJECTED_MALFORMED)).isEqualTo((next.length + 6) / 7);
        assertThat(c.rejected()).isEqualTo((next.length + 6) / 7);

        assertThat(remote.accept(ByteBuffer.wrap(sensorsFrame(RemoteHal.PROTOCOL_VERSION + 1, SAT, 9)))).isFalse();
        assertThat(c.get(BridgeCounter.REJECTED_VERSION)).isEqualTo(1);
        assertThat(remote.accept(ByteBuffer.wrap(sensorsFrame(RemoteHal.PROTOCOL_VERSION, SAT + 1, 9)))).isFalse();
        assertThat(c.get(BridgeCounter.REJECTED_SATELLITE)).isEqualTo(1);
        assertThat(remote.accept(ByteBuffer.wrap(good))).as("the same tick again").isFalse();
        assertThat(remote.accept(Handshake.hello(SAT, 1))).as("a HELLO is no SENSORS").isFalse();
        assertThat(c.get(BridgeCounter.REJECTED_UNEXPECTED)).isEqualTo(2);

        assertThat(FakeSatellite.readings(remote.hal())).isEqualTo(before);
        assertThat(remote.tick()).isEqualTo(5);
        assertThat(remote.accept(ByteBuffer.wrap(next))).isTrue();
    }

    @Test
    void aFrameShapedForOtherDevicesIsRejected() {
        BridgeCounters c = new BridgeCounters();
        FakeSatellite other = new FakeSatellite(22);
        ServedHal otherServed = new ServedHal(other.hal, SAT, new BridgeCounters());
        RemoteHal remote = RemoteHalTest.remoteFor(otherServed, c);
        // a layout the other way round: the binding expects one more GPU than the frame carries
        Layout layout = otherServed.layout();
        assertThat(layout.gpus).isEqualTo(FakeSatellite.GPUS);
        FlatBufferBuilder b = new FlatBufferBuilder(1024);
        Sensors.startSensors(b);
        int body = Sensors.endSensors(b);
        Frames.startRoot(b, FrameKind.SENSORS, SAT, 0, 0);
        BridgeFrame.addSensors(b, body);
        assertThat(remote.accept(Frames.finish(b))).as("empty vectors").isFalse();
        assertThat(c.get(BridgeCounter.REJECTED_MALFORMED)).isEqualTo(1);
    }

    @Test
    void corruptedBytesNeverThrowAndEveryFrameIsCountedOnce() {
        Random random = new Random(SEED);
        byte[] good = copy(served.sensors(0, 0));
        BridgeCounters c = new BridgeCounters();
        RemoteHal remote = RemoteHalTest.remoteFor(served, c);
        int attempts = 5000;
        for (int i = 0; i < attempts; i++) {
            byte[] bad = good.clone();
            for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            remote.accept(ByteBuffer.wrap(bad));
        }
        assertThat(c.get(BridgeCounter.FRAMES_RECEIVED) + c.rejected()).as("seed %d", SEED).isEqualTo(attempts);
    }

    @Test
    void theSimulatorRejectsBadActuatorFramesWithACounterAndAppliesNothing() {
        BridgeCounters fswSide = new BridgeCounters();
        RemoteHal remote = RemoteHalTest.remoteFor(served, fswSide);
        remote.accept(served.sensors(4, 0));
        remote.hal().coolant().setPump(true);
        remote.offerDownlink(3, 9, ByteBuffer.wrap(new byte[] {1, 2, 3}), false);
        byte[] good = copy(remote.actuators());
        BridgeCounters c = new BridgeCounters();
        ServedHal sim = new ServedHal(sat.hal, SAT, c);
        ServedHal.DownlinkSink none = (s, q, f, r) -> { };

        for (int n = 0; n < good.length; n += 5) {
            assertThat(sim.apply(ByteBuffer.wrap(good, 0, n).slice(), 4, 3, false, none))
                    .isEqualTo(ServedHal.Applied.REJECTED);
        }
        assertThat(c.get(BridgeCounter.REJECTED_MALFORMED)).isGreaterThan(0);
        assertThat(sim.apply(ByteBuffer.wrap(good), 5, 4, false, none)).as("stale").isEqualTo(ServedHal.Applied.REJECTED);
        assertThat(sim.apply(ByteBuffer.wrap(good), 3, 2, false, none)).as("from the future")
                .isEqualTo(ServedHal.Applied.REJECTED);
        assertThat(c.get(BridgeCounter.REJECTED_UNEXPECTED)).isEqualTo(2);
        ServedHal otherSat = new ServedHal(sat.hal, SAT + 1, c);
        assertThat(otherSat.apply(ByteBuffer.wrap(good), 4, 3, false, none)).isEqualTo(ServedHal.Applied.REJECTED);
        assertThat(c.get(BridgeCounter.REJECTED_SATELLITE)).isEqualTo(1);
        assertThat(sat.calls).as("nothing applied").isEmpty();

        assertThat(sim.apply(ByteBuffer.wrap(good), 4, 3, false, none)).isEqualTo(ServedHal.Applied.APPLIED);
        assertThat(sat.calls).containsExactly("pump true");
    }

    @Test
    void theSimulatorRejectsAHelloOfAnotherVersionAndTheBindingAWelcomeForAnotherSatellite() throws Exception {
        BridgeCounters c = new BridgeCounters();
        FlatBufferBuilder b = new FlatBufferBuilder(64);
        BridgeFrame.startBridgeFrame(b);
        BridgeFrame.addVersion(b, 99);
        BridgeFrame.addKind(b, FrameKind.HELLO);
        b.finish(BridgeFrame.endBridgeFrame(b));
        assertThat(Handshake.readHello(b.dataBuffer(), c)).isNull();
        assertThat(c.get(BridgeCounter.REJECTED_VERSION)).isEqualTo(1);
        assertThat(Handshake.readHello(ByteBuffer.wrap(new byte[] {1, 2, 3}), c)).isNull();
        assertThat(c.get(BridgeCounter.REJECTED_MALFORMED)).isEqualTo(1);

        ByteBuffer welcome = Handshake.welcome(SAT + 1, 1, 1, served.layout(), new byte[0]);
        assertThat(Handshake.readWelcome(welcome, SAT, c)).isNull();
        assertThat(c.get(BridgeCounter.REJECTED_SATELLITE)).isEqualTo(1);
        assertThatThrownBy(() -> Handshake.readWelcome(Handshake.refusal(SAT, "not today"), SAT, c))
                .isInstanceOf(Handshake.RefusedException.class).hasMessage("not today");
        Handshake.WelcomeInfo ok = Handshake.readWelcome(Handshake.welcome(SAT, 2, 4.0, served.layout(),
                new byte[] {1, 2}), SAT, c);
        assertThat(ok.speed()).isEqualTo(4.0);
        assertThat(ok.tables()).containsExactly(1, 2);
        assertThat(ok.layout().sameAs(served.layout())).isTrue();
    }

    @Test
    void aFrameWhoseCrcFailsIsSkippedAndALengthOutOfRangeEndsTheConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
             Socket server = listener.accept()) {
            FrameChannel in = new FrameChannel(server);
            BridgeCounters c = new BridgeCounters();
            OutputStream out = client.getOutputStream();
            byte[] corrupt = FrameChannel.wire(new byte[] {1, 2, 3, 4});
            corrupt[5] ^= 1;
            out.write(corrupt);
            out.write(FrameChannel.wire(new byte[] {5, 6, 7}));
            assertThat(in.receive(c)).isNull();
            assertThat(c.get(BridgeCounter.REJECTED_MALFORMED)).isEqualTo(1);
            assertThat(copy(in.receive(c))).containsExactly(5, 6, 7);
            out.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f});
            assertThatThrownBy(() -> in.receive(c)).isInstanceOf(IOException.class).hasMessageContaining("out of step");
            assertThat(c.get(BridgeCounter.REJECTED_MALFORMED)).isEqualTo(2);
        }
    }
}

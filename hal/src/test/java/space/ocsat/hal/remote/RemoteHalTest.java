package space.ocsat.hal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.hal.platform.Watchdog;

/** Both ends of the bridge without a socket: every reading and every command crosses unchanged. */
class RemoteHalTest {
    static final long SAT = 7;

    static RemoteHal remoteFor(ServedHal served, BridgeCounters counters) {
        return new RemoteHal(served.layout(), SAT, null, mock(Watchdog.class), new InMemoryNonVolatileStore(4, 64),
                new InMemoryMassMemory(4, 64), counters);
    }

    @Test
    void everyReadingOfEveryDeviceCrossesTheBridgeUnchanged() {
        FakeSatellite sat = new FakeSatellite(11);
        ServedHal served = new ServedHal(sat.hal, SAT, new BridgeCounters());
        BridgeCounters counters = new BridgeCounters();
        RemoteHal remote = remoteFor(served, counters);

        assertThat(remote.accept(served.sensors(0, 500_000_000L))).isTrue();

        assertThat(FakeSatellite.readings(remote.hal())).isEqualTo(FakeSatellite.readings(sat.hal));
        assertThat(remote.hal().clock().nowNs()).isEqualTo(500_000_000L);
        assertThat(remote.tick()).isZero();
        assertThat(counters.get(BridgeCounter.FRAMES_RECEIVED)).isEqualTo(1);
        assertThat(counters.rejected()).isZero();
    }

    @Test
    void commandsReachTheDevicesInCallOrderAndTheBindingAnswersAsTheHalContractSays() {
        FakeSatellite sat = new FakeSatellite(12);
        BridgeCounters simSide = new BridgeCounters();
        ServedHal served = new ServedHal(sat.hal, SAT, simSide);
        RemoteHal remote = remoteFor(served, new BridgeCounters());
        remote.accept(served.sensors(0, 0));
        Hal h = remote.hal();
        // GPU 0 is off in the frame, GPU 1 on and not hung (FakeSatellite)
        List<DeviceStatus> got = new ArrayList<>();
        got.add(h.gpus().setPowerCapW(0, 400));          // OFF: unpowered
        got.add(h.gpus().setPowered(0, true));           // OK
        got.add(h.gpus().setPowerCapW(0, 400));          // OK: powered earlier in this cycle
        got.add(h.gpus().setPowerCapW(1, 900));          // OUT_OF_RANGE: above the 700 W maximum
        got.add(h.gpus().setDrain(1, true));             // OK
        got.add(h.heaters().set(9, true));               // NO_SUCH_UNIT: not forwarded
        got.add(h.heaters().set(2, false));              // OK
        got.add(h.coolant().setPump(false));             // OK
        got.add(h.battery().setChargeCurrentLimitA(-1)); // OUT_OF_RANGE
        got.add(h.battery().setEndOfChargeVoltageV(110.7));
        got.add(h.attitude().setMode(PointingMode.NADIR_YAW_STEERING));
        got.add(h.arrayDrives().command(1, Double.NaN)); // OUT_OF_RANGE
        got.add(h.arrayDrives().command(0, 0.25));
        got.add(h.power().setChannel(3, true));
        got.add(h.terminals().acquire(0, 5));            // OFF: terminal 0 is OFF in the frame
        got.add(h.terminals().acquire(1, 1004));
        assertThat(got).containsExactly(DeviceStatus.OFF, DeviceStatus.OK, DeviceStatus.OK, DeviceStatus.OUT_OF_RANGE,
                DeviceStatus.OK, DeviceStatus.NO_SUCH_UNIT, DeviceStatus.OK, DeviceStatus.OK,
                DeviceStatus.OUT_OF_RANGE, DeviceStatus.OK, DeviceStatus.OK, DeviceStatus.OUT_OF_RANGE,
                DeviceStatus.OK, DeviceStatus.OK, DeviceStatus.OFF, DeviceStatus.OK);
        // commands the binding accepted show in the commanded-state getters for the rest of the cycle
        assertThat(h.gpus().isPowered(0)).isTrue();
        assertThat(h.gpus().powerCapW(0)).isEqualTo(400);
        assertThat(h.arrayDrives().commandedAngleRad(0)).isEqualTo(0.25);

        ServedHal.Applied applied = served.apply(remote.actuators(), 0, -1, false, (s, q, f, r) -> { });

        assertThat(applied).isEqualTo(ServedHal.Applied.APPLIED);
        assertThat(sat.calls).containsExactly("cap 0 400.0", "gpu 0 true", "cap 0 400.0", "cap 1 900.0",
                "drain 1 true", "heater 2 false", "pump false", "charge -1.0", "eoc 110.7", "mode NADIR_YAW_STEERING",
                "drive 1 NaN", "drive 0 0.25", "channel 3 true", "acquire 0 5", "acquire 1 1004");
        // the fake device said OK to all: the five the binding refused are counted as mismatches
        assertThat(simSide.get(BridgeCounter.STATUS_MISMATCHES)).isEqualTo(5);
    }

    @Test
    void theGroundLinkRidesTheFramesBothWays() {
        FakeSatellite sat = new FakeSatellite(13);
        ServedHal served = new ServedHal(sat.hal, SAT, new BridgeCounters());
        RemoteHal remote = remoteFor(served, new BridgeCounters());
        served.link().queueAck(2, 77);
        served.link().queueAck(5, 3);
        byte[] tc = {1, 2, 3, 4, 5};
        served.link().queueUplink(tc, 1, 3);

        remote.accept(served.sensors(0, 0));

        LinkState link = remote.link();
        assertThat(link.up()).isTrue();
        assertThat(link.acks()).isEqualTo(2);
        assertThat(link.ackStream(1)).isEqualTo(5);
        assertThat(link.ackUpTo(0)).isEqualTo(77);
        assertThat(link.uplinks()).isEqualTo(1);
        assertThat(java.util.Arrays.copyOfRange(link.uplinkBytes(), link.uplinkOffset(0),
                link.uplinkOffset(0) + link.uplinkLength(0))).containsExactly(2, 3, 4);

        assertThat(remote.offerDownlink(3, 41, ByteBuffer.wrap(new byte[] {9, 8, 7}), false)).isTrue();
        assertThat(remote.offerDownlink(4, 2, ByteBuffer.wrap(new byte[] {6}), true)).isTrue();
        List<String> down = new ArrayList<>();
        served.apply(remote.actuators(), 0, -1, false, (stream, seq, frame, replay) -> {
            byte[] b = new byte[frame.remaining()];
            frame.duplicate().get(b);
            down.add(stream + "#" + seq + (replay ? " replay " : " ") + java.util.Arrays.toString(b));
        });
        assertThat(down).containsExactly("3#41 [9, 8, 7]", "4#2 replay [6]");

        served.link().setUp(false);
        remote.accept(served.sensors(1, 100_000_000L));
        assertThat(remote.link().acks()).isZero();
        assertThat(remote.offerDownlink(3, 42, ByteBuffer.wrap(new byte[] {1}), false)).as("link down").isFalse();
    }

    @Test
    void aNewerFrameReplacesTheReadingsAndSkippedTicksAreCounted() {
        FakeSatellite sat = new FakeSatellite(14);
        ServedHal served = new ServedHal(sat.hal, SAT, new BridgeCounters());
        BridgeCounters counters = new BridgeCounters();
        RemoteHal remote = remoteFor(served, counters);
        remote.accept(served.sensors(0, 0));
        remote.accept(served.sensors(3, 300_000_000L));
        assertThat(remote.tick()).isEqualTo(3);
        assertThat(remote.timeNs()).isEqualTo(300_000_000L);
        assertThat(counters.get(BridgeCounter.FRAMES_SKIPPED)).isEqualTo(2);
        remote.missedFrame();
        assertThat(counters.get(BridgeCounter.FRAMES_MISSED)).isEqualTo(1);
    }
}

package space.ocsat.fsw.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.wire.ComputeHk;
import space.ocsat.wire.Event;
import space.ocsat.wire.ExecHk;
import space.ocsat.wire.Payload;
import space.ocsat.wire.PowerHk;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;
import space.ocsat.wire.ThermalHk;

class TelemetryFramesTest {
    private static final long TICK_NS = 100_000_000L;
    private final FakeHal fake = new FakeHal();
    private final List<ByteBuffer> frames = new ArrayList<>();
    private final FswConfig config = new FswConfig();

    private FlightSoftware fsw() {
        config.satelliteId = 42;
        return new FlightSoftware(fake.hal, config, () -> 0L, (stream, sequence, frame) -> {
            ByteBuffer copy = ByteBuffer.allocate(frame.remaining());
            copy.put(frame.duplicate()).flip();
            frames.add(copy);
        }, space.ocsat.fsw.cmd.KeyTable.empty());
    }

    private void seconds(FlightSoftware fsw, int s) {
        for (int i = 0; i < s * 10; i++) {
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }

    private List<TelemetryFrame> decoded(int stream) {
        List<TelemetryFrame> out = new ArrayList<>();
        for (ByteBuffer f : frames) {
            TelemetryFrame frame = TelemetryFrame.getRootAsTelemetryFrame(f.duplicate());
            if (frame.stream() == stream) {
                out.add(frame);
            }
        }
        return out;
    }

    @Test
    void sendsEveryHousekeepingPacketOncePerSecondWithGaplessSequencesAndValidCrcs() {
        seconds(fsw(), 5);
        for (int stream : new int[] {Stream.HK_POWER, Stream.HK_THERMAL, Stream.HK_COMPUTE, Stream.HK_LINKS, Stream.HK_EXEC}) {
            List<TelemetryFrame> packets = decoded(stream);
            assertThat(packets).as(Stream.name(stream)).hasSize(5);
            for (int i = 0; i < packets.size(); i++) {
                assertThat(packets.get(i).sequence()).isEqualTo(i);
                assertThat(packets.get(i).satelliteId()).isEqualTo(42);
                assertThat(packets.get(i).timeNs()).isEqualTo(i * 1_000_000_000L);
            }
        }
        assertThat(frames).allSatisfy(f -> assertThat(FrameEncoder.crcValid(f)).isTrue());
    }

    @Test
    void housekeepingCarriesTheCyclesValuesInTheirUnits() {
        fake.batteryA = 12.5;
        fake.gpuTempK[2] = 341.0;
        seconds(fsw(), 2);
        TelemetryFrame power = decoded(Stream.HK_POWER).get(1);
        assertThat(power.payloadType()).isEqualTo(Payload.PowerHk);
        PowerHk p = (PowerHk) power.payload(new PowerHk());
        assertThat(p.batteryA()).isEqualTo(12.5f);
        assertThat(p.stringCurrentALength()).isEqualTo(2);
        assertThat(p.chargeLimitA()).isEqualTo(50f);

        ComputeHk c = (ComputeHk) decoded(Stream.HK_COMPUTE).get(1).payload(new ComputeHk());
        assertThat(c.gpuTempKLength()).isEqualTo(4);
        assertThat(c.gpuTempK(2)).isEqualTo(341.0f);
        assertThat(c.gpusPowered()).isEqualTo(4);

        ThermalHk t = (ThermalHk) decoded(Stream.HK_THERMAL).get(1).payload(new ThermalHk());
        assertThat(t.coolantOutletK()).isCloseTo(305f, within(1e-3f));
        assertThat(t.radiatorKLength()).isEqualTo(4);

        ExecHk e = (ExecHk) decoded(Stream.HK_EXEC).get(1).payload(new ExecHk());
        assertThat(e.mode()).isEqualTo(space.ocsat.wire.Mode.OPERATIONAL);
        assertThat(e.cycles()).isEqualTo(10);
    }

    @Test
    void sendsEveryEventAsAnEventFrameInOrder() {
        FlightSoftware fsw = fsw();
        seconds(fsw, 1);
        List<TelemetryFrame> events = decoded(Stream.EVENTS);
        assertThat(events).hasSize((int) fsw.events().published());
        Event boot = (Event) events.get(0).payload(new Event());
        assertThat(boot.id()).isEqualTo(space.ocsat.wire.EventId.BOOT);
        Event mode = (Event) events.get(1).payload(new Event());
        assertThat(mode.id()).isEqualTo(space.ocsat.wire.EventId.MODE_CHANGED);
        assertThat(mode.b()).isEqualTo(space.ocsat.wire.Mode.OPERATIONAL);
        assertThat(events.get(1).sequence()).isEqualTo(1);
    }

    @Test
    void aCorruptedFrameFailsItsCrc() {
        seconds(fsw(), 1);
        ByteBuffer f = frames.get(0);
        f.put(8, (byte) (f.get(8) ^ 0x10));
        assertThat(FrameEncoder.crcValid(f)).isFalse();
    }

    @Test
    void commandedPeriodSpacesAPacketOut() {
        FlightSoftware fsw = fsw();
        assertThat(fsw.housekeeping().setPeriod(Stream.HK_THERMAL, 50)).isTrue();
        assertThat(fsw.housekeeping().setPeriod(Stream.EVENTS, 50)).isFalse();
        seconds(fsw, 10);
        assertThat(decoded(Stream.HK_THERMAL)).hasSize(2);
        assertThat(decoded(Stream.HK_POWER)).hasSize(10);
    }
}

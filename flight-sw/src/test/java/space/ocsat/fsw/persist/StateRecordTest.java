package space.ocsat.fsw.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;

class StateRecordTest {
    private static final long TICK_NS = 100_000_000L;
    private final FakeHal fake = new FakeHal();

    private void run(FlightSoftware fsw, int cycles) {
        for (int i = 0; i < cycles; i++) {
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }

    @Test
    void firstBootFindsNoRecordAndStartsFromTheOpenCircuitVoltage() {
        FlightSoftware fsw = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        assertThat(fsw.restoredFromStore()).isFalse();
    }

    @Test
    void restoresTheStateOfChargeCountAfterAProcessorReset() {
        FlightSoftware before = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        fake.batteryA = -100;
        run(before, 201);
        double savedSoc = before.socEstimate();

        fake.batteryA = 0;
        fake.batteryV = 28 * 4.0;
        FlightSoftware after = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        run(after, 1);

        assertThat(after.restoredFromStore()).isTrue();
        assertThat(after.socEstimate()).as("the count, not the (different) OCV reading")
                .isCloseTo(savedSoc, within(1e-3));
    }

    @Test
    void countsOnlyFromTheFirstSampleAfterARestoreNotFromTimeZero() {
        FlightSoftware before = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        run(before, 101);
        double savedSoc = before.socEstimate();

        fake.nowNs += 3_600_000_000_000L;
        fake.batteryA = -50;
        FlightSoftware after = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        run(after, 11);

        assertThat(after.socEstimate()).as("one second at 50 A from a 100 Ah pack, not an hour")
                .isCloseTo(savedSoc - 50.0 / 360_000, within(2e-5));
    }

    @Test
    void ignoresARecordThatIsNotOurs() {
        fake.hal.store().write(StateRecord.SLOT, ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        FlightSoftware fsw = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        assertThat(fsw.restoredFromStore()).isFalse();
    }
}

package space.ocsat.fsw.persist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.tm.EventId;

/** A processor reset: a new flight software on the same hardware and store, as the watchdog leaves it. */
class RestartTest {
    private static final long TICK_NS = 100_000_000L;
    private final FakeHal fake = new FakeHal();

    private void seconds(FlightSoftware fsw, int s) {
        for (int i = 0; i < s * 10; i++) {
            fake.wiggleTemperatures();
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }


    @Test
    void aResetKeepsTheModeAndEveryIsolation() {
        FlightSoftware before = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        seconds(before, 5);
        for (int s = 0; s < 10; s++) {
            fake.gpuEcc[2] += 500; // an ECC storm isolates GPU 2
            seconds(before, 1);
        }
        for (int i = 0; i < 400; i++) {
            fake.wiggleTemperatures();
            fake.radiatorK[1] = 300.05; // frozen: isolated after 30 s
            before.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(before.governor().isolated(2)).isTrue();
        assertThat(before.thermalEstimate().radiatorIsolated(1)).isTrue();
        assertThat(before.thermalEstimate().radiatorIsolated(0)).isFalse();
        assertThat(before.requestMode(Mode.SAFE)).isTrue();
        seconds(before, 3);
        assertThat(before.mode()).isEqualTo(Mode.SAFE);

        FlightSoftware after = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        seconds(after, 3);
        assertThat(after.mode()).as("a reset in SAFE stays in SAFE").isEqualTo(Mode.SAFE);
        assertThat(after.governor().isolated(2)).isTrue();
        assertThat(after.governor().isolated(1)).isFalse();
        assertThat(after.thermalEstimate().radiatorIsolated(1)).isTrue();
        assertThat(after.thermalEstimate().radiatorIsolated(0)).isFalse();
        assertThat(after.restarts()).isEqualTo(1);
        assertThat(after.events().id(0)).isEqualTo(EventId.BOOT);
        assertThat(after.events().argA(0)).isEqualTo(Mode.SAFE.ordinal());
    }

    @Test
    void theFirstBootStartsInTheConfiguredMode() {
        FlightSoftware first = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        seconds(first, 2);
        assertThat(first.mode()).isEqualTo(Mode.OPERATIONAL);
        assertThat(first.restarts()).isZero();
    }

    @Test
    void aRestartThatFindsTheStoreGoneStartsInSafeWithAFreshStoreAndRefusesCommands() {
        FlightSoftware before = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        seconds(before, 20);
        fake.afterReset = true;
        space.ocsat.hal.Hal replaced = fake.hal.toBuilder()
                .store(new space.ocsat.hal.platform.InMemoryNonVolatileStore(48, 1024)).build();
        FlightSoftware after = new FlightSoftware(replaced, new FswConfig(), () -> 0L);
        assertThat(after.events().id(1)).isEqualTo(EventId.STORE_REINITIALISED);
        assertThat(after.events().argA(1)).as("missing").isEqualTo(StoreHealth.Verdict.MISSING.ordinal());
        assertThat(after.commanding().antiReplayLost()).isTrue();
        assertThat(after.restarts()).as("the reset-cause register says it is a restart").isEqualTo(1);
        seconds(after, 2);
        assertThat(after.mode()).isEqualTo(Mode.SAFE);
    }
}

package space.ocsat.fsw.persist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;

class BootRecordTest {
    private static final long MINUTE_NS = 60_000_000_000L;
    private static final long WINDOW_NS = 30 * MINUTE_NS;
    private final InMemoryNonVolatileStore store = new InMemoryNonVolatileStore(16, 1024);

    @Test
    void theFirstPowerOnIsNotARestartAndEveryLaterBootIs() {
        assertThat(BootRecord.boot(store, 0, WINDOW_NS, false).restarts()).isZero();
        assertThat(BootRecord.boot(store, 60 * MINUTE_NS, WINDOW_NS, true).restarts()).isEqualTo(1);
        BootRecord third = BootRecord.boot(store, 200 * MINUTE_NS, WINDOW_NS, true);
        assertThat(third.restarts()).isEqualTo(2);
        assertThat(third.bootLoop()).isFalse();
    }

    @Test
    void threeRestartsWithinTheWindowAreABootLoop() {
        BootRecord.boot(store, 0, WINDOW_NS, false);
        assertThat(BootRecord.boot(store, 10 * MINUTE_NS, WINDOW_NS, true).bootLoop()).isFalse();
        assertThat(BootRecord.boot(store, 20 * MINUTE_NS, WINDOW_NS, true).bootLoop()).as("two restarts").isFalse();
        BootRecord third = BootRecord.boot(store, 35 * MINUTE_NS, WINDOW_NS, true);
        assertThat(third.bootLoop()).as("the third restart, 25 min after the first").isTrue();
        assertThat(BootRecord.boot(store, 80 * MINUTE_NS, WINDOW_NS, true).bootLoop())
                .as("the last three restarts now span 60 min").isFalse();
    }

    @Test
    void aResetThatFindsNoRecordStillCountsARestart() {
        BootRecord lostStore = BootRecord.boot(store, 10 * MINUTE_NS, WINDOW_NS, true);
        assertThat(lostStore.restarts()).isEqualTo(1);
        assertThat(BootRecord.boot(store, 20 * MINUTE_NS, WINDOW_NS, true).restarts()).isEqualTo(2);
    }
}

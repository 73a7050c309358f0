package space.ocsat.fsw.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import space.ocsat.hal.platform.Watchdog;
import space.ocsat.hal.time.MonotonicClock;
import space.ocsat.fsw.tm.EventLog;

/**
 * Real threads and a real clock, kept short (about a second). Bounds are loose enough for a shared
 * 2-core machine; the drift check is what absolute deadlines guarantee: the cycle count tracks elapsed
 * time, it does not fall behind by the accumulated jitter.
 */
class RealTimeDriverTest {
    private static final long PERIOD_NS = 10_000_000L;
    private final Watchdog watchdog = new Watchdog() {
        @Override public void kick() { }
        @Override public long timeoutNs() { return 1_000_000_000L; }
    };

    @Test
    void keepsAbsoluteDeadlinesSoCyclesTrackElapsedTime() throws Exception {
        MonotonicClock clock = new MonotonicClock();
        Executive executive = new Executive(clock, watchdog, new EventLog(64));
        AtomicInteger cycles = new AtomicInteger();
        executive.register(Stage.SENSE, Rate.HZ_10, now -> cycles.incrementAndGet());

        long startNs = clock.nowNs();
        RealTimeDriver driver = new RealTimeDriver(executive, clock, PERIOD_NS, "rt-test").start();
        Thread.sleep(1000);
        driver.close();
        long elapsedNs = clock.nowNs() - startNs;

        long expected = elapsedNs / PERIOD_NS;
        long accounted = cycles.get() + executive.stats().slips();
        assertThat(accounted).isBetween(expected - 2, expected + 2);
    }

    @Test
    void reportsOverrunCyclesAsSlipsAndSkipsThem() throws Exception {
        MonotonicClock clock = new MonotonicClock();
        EventLog events = new EventLog(64);
        Executive executive = new Executive(clock, watchdog, events);
        AtomicInteger cycles = new AtomicInteger();
        executive.register(Stage.DECIDE, Rate.HZ_10, now -> {
            if (cycles.incrementAndGet() == 5) {
                long until = clock.nowNs() + 3 * PERIOD_NS + PERIOD_NS / 2;
                while (clock.nowNs() < until) {
                    Thread.onSpinWait();
                }
            }
        });

        RealTimeDriver driver = new RealTimeDriver(executive, clock, PERIOD_NS, "rt-slip").start();
        Thread.sleep(300);
        driver.close();

        assertThat(executive.stats().slips()).isGreaterThanOrEqualTo(3);
        assertThat(events.published()).isGreaterThanOrEqualTo(1);
    }
}

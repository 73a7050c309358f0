package space.ocsat.fsw.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.hal.platform.Watchdog;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class ExecutiveTest {
    private final Watchdog watchdog = mock(Watchdog.class);
    private final EventLog events = new EventLog(64);
    private final Executive executive = new Executive(() -> 0L, watchdog, events);
    private final List<String> trace = new ArrayList<>();

    @Test
    void runsStagesInDataFlowOrderAndTasksInRegistrationOrderWithinAStage() {
        executive.register(Stage.REPORT, Rate.HZ_10, now -> trace.add("report"))
                .register(Stage.ACT, Rate.HZ_10, now -> trace.add("act"))
                .register(Stage.DECIDE, Rate.HZ_1, now -> trace.add("decide-1hz"))
                .register(Stage.DECIDE, Rate.HZ_10, now -> trace.add("decide-10hz"))
                .register(Stage.PROTECT, Rate.HZ_10, now -> trace.add("protect"))
                .register(Stage.ESTIMATE, Rate.HZ_10, now -> trace.add("estimate"))
                .register(Stage.SENSE, Rate.HZ_10, now -> trace.add("sense"));

        executive.runCycle(0);

        assertThat(trace).containsExactly("sense", "estimate", "protect", "decide-1hz", "decide-10hz", "act", "report");
    }

    @Test
    void runsEachRateGroupOnItsDivisorOfTheBaseTick() {
        int[] runs = new int[3];
        executive.register(Stage.DECIDE, Rate.HZ_10, now -> runs[0]++)
                .register(Stage.DECIDE, Rate.HZ_1, now -> runs[1]++)
                .register(Stage.DECIDE, Rate.HZ_0_1, now -> runs[2]++);

        for (int k = 0; k < 1000; k++) {
            executive.runCycle(k * Executive.PERIOD_NS);
        }

        assertThat(runs).containsExactly(1000, 100, 10);
    }

    @Test
    void kicksTheWatchdogOnceEveryCompletedCycle() {
        for (int k = 0; k < 25; k++) {
            executive.runCycle(k * Executive.PERIOD_NS);
        }
        verify(watchdog, times(25)).kick();
    }

    @Test
    void countsSlipsAndEmitsOneThrottledEventPerTenSeconds() {
        for (int k = 0; k < 50; k++) {
            executive.recordSlip(1, k * Executive.PERIOD_NS);
        }

        assertThat(executive.stats().slips()).isEqualTo(50);
        assertThat(executive.stats().cyclesSinceSlip()).isZero();
        assertThat(events.published()).isEqualTo(1);
        assertThat(events.id(0)).isEqualTo(EventId.CYCLE_SLIP);

        for (int k = 0; k < 60; k++) {
            executive.recordSlip(1, (50 + k) * Executive.PERIOD_NS);
        }
        assertThat(events.published()).isEqualTo(2);
        assertThat(events.argB(1)).as("slips suppressed since the last event").isEqualTo(99);
    }

    @Test
    void slipsAdvanceTheTickSoRateGroupsStayAlignedWithTime() {
        int[] oneHz = new int[1];
        executive.register(Stage.DECIDE, Rate.HZ_1, now -> oneHz[0]++);
        executive.runCycle(0);
        executive.recordSlip(9, 0);
        executive.runCycle(10 * Executive.PERIOD_NS);
        assertThat(oneHz[0]).isEqualTo(2);
        assertThat(executive.cycle()).isEqualTo(11);
    }

    @Test
    void refusesRegistrationAfterTheFirstCycle() {
        executive.runCycle(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> executive.register(Stage.SENSE, Rate.HZ_10, now -> { }))
                .isInstanceOf(IllegalStateException.class);
    }
}

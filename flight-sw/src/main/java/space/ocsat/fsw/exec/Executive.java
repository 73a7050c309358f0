package space.ocsat.fsw.exec;

import space.ocsat.hal.platform.Watchdog;
import space.ocsat.hal.time.Clock;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The control cycle: a 10 Hz base tick; each cycle runs the stages in data-flow order and, within each
 * stage, its members in registration order, each on the cycles its rate's divisor selects (every cycle
 * for 10 Hz, every 10th for 1 Hz, every 100th for 0.1 Hz).
 * Pure with respect to time: {@link #runCycle(long)} is all a driver calls. Allocation-free once built.
 */
public final class Executive {
    /** Base tick period, ns (10 Hz). */
    public static final long PERIOD_NS = 100_000_000L;
    private static final int MAX_TASKS_PER_STAGE = 24;
    /** At most one slip event per this many cycles (10 s); the rest are counted. */
    private static final long SLIP_EVENT_INTERVAL_CYCLES = 100;

    private final CycleTask[][] tasks = new CycleTask[Stage.values().length][MAX_TASKS_PER_STAGE];
    private final int[][] divisors = new int[Stage.values().length][MAX_TASKS_PER_STAGE];
    private final int[] taskCounts = new int[Stage.values().length];
    private final Clock execClock;
    private final Watchdog watchdog;
    private final EventLog events;
    private final CycleStats stats = new CycleStats();
    private long cycle;
    private long lastSlipEventCycle = Long.MIN_VALUE / 2;
    private long suppressedSlips;
    private boolean started;

    /**
     * @param execClock monotonic clock used only to measure execution time (wall-clock figures)
     * @param watchdog  kicked at the end of every completed cycle
     * @param events    where slip events go
     */
    public Executive(Clock execClock, Watchdog watchdog, EventLog events) {
        this.execClock = execClock;
        this.watchdog = watchdog;
        this.events = events;
    }

    /**
     * Registers a task; only before the first cycle. Stages run in data-flow order; within a stage, tasks
     * run in registration order, each on the cycles its rate selects.
     */
    public Executive register(Stage stage, Rate rate, CycleTask task) {
        if (started) {
            throw new IllegalStateException("tasks are registered before the first cycle");
        }
        int s = stage.ordinal();
        int n = taskCounts[s];
        if (n == MAX_TASKS_PER_STAGE) {
            throw new IllegalStateException("too many tasks in " + stage);
        }
        tasks[s][n] = task;
        divisors[s][n] = rate.divisor();
        taskCounts[s] = n + 1;
        return this;
    }

    /**
     * Runs one control cycle.
     *
     * @param nowNs mission time of this cycle, ns (from the HAL clock, read once by the driver)
     */
    public void runCycle(long nowNs) {
        started = true;
        long startNs = execClock.nowNs();
        for (int s = 0; s < tasks.length; s++) {
            CycleTask[] stage = tasks[s];
            int[] divisor = divisors[s];
            int n = taskCounts[s];
            for (int i = 0; i < n; i++) {
                if (cycle % divisor[i] == 0) {
                    stage[i].run(nowNs);
                }
            }
        }
        watchdog.kick();
        cycle++;
        stats.recordExecution(execClock.nowNs() - startNs);
    }

    /**
     * Called by the real-time driver when cycles were missed: counts them, keeps the rate groups aligned
     * with time, and emits one throttled event.
     *
     * @param missedCycles number of base ticks that passed without a cycle, ≥ 1
     * @param nowNs        mission time, ns
     */
    public void recordSlip(long missedCycles, long nowNs) {
        stats.recordSlip(missedCycles);
        cycle += missedCycles;
        if (cycle - lastSlipEventCycle >= SLIP_EVENT_INTERVAL_CYCLES) {
            events.publish(nowNs, EventId.CYCLE_SLIP, missedCycles, suppressedSlips, stats.slips());
            lastSlipEventCycle = cycle;
            suppressedSlips = 0;
        } else {
            suppressedSlips += missedCycles;
        }
    }

    /** @return cycles run or skipped since start (the base tick count) */
    public long cycle() {
        return cycle;
    }

    /** @return execution statistics */
    public CycleStats stats() {
        return stats;
    }
}

package space.ocsat.fsw.exec;

import java.util.concurrent.locks.LockSupport;
import space.ocsat.hal.time.Clock;

/**
 * Runs the executive on its own thread on absolute deadlines: cycle k starts at {@code origin + k·period},
 * so jitter never accumulates into drift. A cycle that ends after the next deadline is a slip: the
 * missed ticks are skipped (not run late) and reported to the executive. While it waits it does the
 * {@link BetweenCycles} work as soon as {@link #wake()} signals it, unless the next deadline is less than
 * {@link #GUARD_NS} away.
 */
public final class RealTimeDriver implements AutoCloseable {
    /** Between-cycle work is not started closer than this to the next deadline, ns. */
    public static final long GUARD_NS = 500_000;

    private final BetweenCycles betweenCycles;
    private final Executive executive;
    private final Clock clock;
    private final long periodNs;
    private final Thread thread;
    private volatile boolean running = true;
    private CycleBoundary boundary = CycleBoundary.NONE;
    private long firstDeadlineNs;
    private boolean firstDeadlineSet;
    private double clockRate = 1;

    /**
     * @param executive the executive to drive
     * @param clock     the HAL clock: deadlines and {@code nowNs} both come from it
     * @param periodNs  base tick period, ns
     * @param name      thread name
     */
    public RealTimeDriver(Executive executive, Clock clock, long periodNs, String name) {
        this(executive, clock, periodNs, name, BetweenCycles.NONE);
    }

    /** @param betweenCycles work done while waiting, when {@link #wake()} signals it */
    public RealTimeDriver(Executive executive, Clock clock, long periodNs, String name, BetweenCycles betweenCycles) {
        this.betweenCycles = betweenCycles;
        if (periodNs <= 0) {
            throw new IllegalArgumentException("period must be positive, got " + periodNs + " ns");
        }
        this.executive = executive;
        this.clock = clock;
        this.periodNs = periodNs;
        this.thread = new Thread(this::loop, name);
    }

    /** Work right before and after every cycle (a frame-moving HAL binding); before {@link #start()} only. */
    public RealTimeDriver boundary(CycleBoundary b) {
        this.boundary = b;
        return this;
    }

    /**
     * The first cycle's deadline on the clock (default: the clock when the thread starts), to put the cycles at a
     * chosen phase (a HIL rig's half period after each sensor frame); before {@link #start()} only.
     */
    public RealTimeDriver firstDeadline(long deadlineNs) {
        this.firstDeadlineNs = deadlineNs;
        this.firstDeadlineSet = true;
        return this;
    }

    /**
     * Clock nanoseconds per wall nanosecond (default 1): a clock that runs faster than the wall (a simulation paced at
     * N times real time) is waited on for a correspondingly shorter wall time; before {@link #start()} only.
     */
    public RealTimeDriver clockRate(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("clock rate must be positive, got " + rate);
        }
        this.clockRate = rate;
        return this;
    }

    /** Starts the control thread. */
    public RealTimeDriver start() {
        thread.start();
        return this;
    }

    private void loop() {
        long deadlineNs = firstDeadlineSet ? firstDeadlineNs : clock.nowNs();
        while (running) {
            waitUntil(deadlineNs);
            if (!running) {
                break;
            }
            long nowNs = clock.nowNs();
            boundary.beforeCycle(nowNs);
            executive.runCycle(nowNs);
            boundary.afterCycle(nowNs);
            deadlineNs += periodNs;
            long lateNs = clock.nowNs() - deadlineNs;
            if (lateNs >= 0) {
                long missed = lateNs / periodNs + 1;
                deadlineNs += missed * periodNs;
                executive.recordSlip(missed, clock.nowNs());
            }
        }
    }

    private void waitUntil(long deadlineNs) {
        long remainingNs;
        while (running && (remainingNs = deadlineNs - clock.nowNs()) > 0) {
            if (remainingNs > GUARD_NS && betweenCycles.pending()) {
                betweenCycles.run(clock.nowNs());
            } else {
                LockSupport.parkNanos(clockRate == 1 ? remainingNs : (long) (remainingNs / clockRate));
            }
        }
    }

    /** Wakes the control thread to do its between-cycle work (any thread; an I/O thread after a receipt). */
    public void wake() {
        LockSupport.unpark(thread);
    }

    /** Stops the control thread after the cycle in progress and waits for it. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        LockSupport.unpark(thread);
        thread.join();
    }
}

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

    /** Starts the control thread. */
    public RealTimeDriver start() {
        thread.start();
        return this;
    }

    private void loop() {
        long deadlineNs = clock.nowNs();
        while (running) {
            waitUntil(deadlineNs);
            if (!running) {
                break;
            }
            executive.runCycle(clock.nowNs());
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
                LockSupport.parkNanos(remainingNs);
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

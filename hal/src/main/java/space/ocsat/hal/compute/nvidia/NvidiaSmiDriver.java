package space.ocsat.hal.compute.nvidia;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.time.Clock;

/**
 * The nvidia-smi worker: one daemon thread that, once per period, applies the queued cap changes (at most
 * {@link NvidiaSmiConfig#maxCapCallsPerPeriod()} {@code -i N -pl W} processes) and then runs the one batched query,
 * and publishes what it read to the {@link Snapshot}. It alone runs processes, writes the scratch table, the counters
 * it owns and {@link #lastError()}; the control thread only queues caps ({@link #requestCap}) and reads.
 *
 * <p>Deadlines are absolute (no drift); a cycle that overruns the period counts a slip and the next starts at once,
 * without bursts to catch up. A query that fails keeps every GPU's last values and marks it NO_RESPONSE; lost GPUs
 * stay hung until they answer again.
 */
final class NvidiaSmiDriver implements Runnable {
    static final String THREAD_NAME = "ocsat-nvidia-smi";
    /** No cap queued for a GPU (a NaN never queued: caps are validated finite). */
    private static final long NO_CAP = Double.doubleToRawLongBits(Double.NaN);
    /** A queued cap this close to the one in force needs no call, W (the tool prints 2 decimals). */
    private static final double SAME_CAP_W = 0.005;
    private static final long JOIN_MS = 5000;
    private static final String[] REFUSALS = {
        "insufficient permissions", "not supported", "failed", "not a valid", "terminating early"};

    private final Clock clock;
    private final long periodNs;
    private final long capRetryNs;
    private final int maxCapCalls;
    private final int count;
    private final ToolRunner runner;
    private final QueryParser parser = new QueryParser();
    private final QueryParser.Result result;
    private final GpuTable scratch;
    private final boolean[] wasHung;
    /** GPUs that have had a row since start: only those can disappear. */
    private final boolean[] answered;
    private final String[] busIds;
    private final Snapshot snapshot;
    private final AtomicLongArray counters = new AtomicLongArray(NvidiaSmiCounter.values().length);
    private final AtomicLongArray pendingCapBits;
    private final AtomicIntegerArray capRefused;
    private final boolean[] retryWaiting;
    private final long[] retryAtNs;
    private int nextCapGpu;
    private volatile String lastError = "";
    private volatile boolean running = true;
    private Thread thread;

    NvidiaSmiDriver(NvidiaSmiConfig config, ToolRunner runner, int count) {
        this.clock = config.clock();
        this.periodNs = config.periodNs();
        this.capRetryNs = config.capRetryNs();
        this.maxCapCalls = config.maxCapCallsPerPeriod();
        this.count = count;
        this.runner = runner;
        this.result = new QueryParser.Result(count);
        this.scratch = new GpuTable(count);
        this.wasHung = new boolean[count];
        this.answered = new boolean[count];
        this.busIds = new String[count];
        this.snapshot = new Snapshot(count);
        this.pendingCapBits = new AtomicLongArray(count);
        for (int g = 0; g < count; g++) {
            pendingCapBits.set(g, NO_CAP);
        }
        this.capRefused = new AtomicIntegerArray(count);
        this.retryWaiting = new boolean[count];
        this.retryAtNs = new long[count];
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Starts the worker thread; the caller has run and {@link #accept accepted} the first query. */
    void start() {
        thread = new Thread(this, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the worker, killing a process it is running, and deletes the output file. */
    void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(JOIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runner.close();
    }

    @Override
    public void run() {
        long next = clock.nowNs() + periodNs;
        while (waitUntil(next)) {
            try {
                applyCaps(clock.nowNs());
                accept(runner.run(QueryParser.ARGS), clock.nowNs());
            } catch (RuntimeException e) {
                increment(NvidiaSmiCounter.QUERY_FAILURES);
                lastError = "worker: " + e;
            }
            next += periodNs;
            long now = clock.nowNs();
            if (next - now < 0) {
                increment(NvidiaSmiCounter.CYCLE_SLIPS);
                next = now;
            }
        }
    }

    private boolean waitUntil(long deadlineNs) {
        for (;;) {
            if (!running) {
                return false;
            }
            long remainingNs = deadlineNs - clock.nowNs();
            if (remainingNs <= 0) {
                return true;
            }
            LockSupport.parkNanos(this, remainingNs);
        }
    }

    /** Reads one query's result into the scratch table and publishes it. Worker thread (or constructor) only. */
    void accept(ToolResult r, long nowNs) {
        increment(NvidiaSmiCounter.QUERIES_RUN);
        noteProcess(r);
        System.arraycopy(scratch.hung, 0, wasHung, 0, count);
        if (r.outcome() != ToolResult.Outcome.EXITED) {
            queryFailed(r);
            for (int g = 0; g < count; g++) {
                scratch.status[g] = DeviceStatus.NO_RESPONSE;
            }
        } else {
            parser.parse(r.output(), scratch, busIds, result);
            for (int g = 0; g < count; g++) {
                if (result.seen[g]) {
                    answered[g] = true;
                } else {
                    // a GPU that answered before, now gone from a query that lists others or named gone: lost;
                    // else the tool said nothing about it (or it never existed: a count set too high)
                    scratch.status[g] = DeviceStatus.NO_RESPONSE;
                    scratch.hung[g] |= answered[g] && (result.rows > 0 || result.namedGone[g]);
                }
            }
            if (r.exitCode() != 0 || result.rows == 0) {
                lastError = "query: " + (result.message == null ? r.describe()
                        : "exit " + r.exitCode() + ": " + result.message);
                increment(NvidiaSmiCounter.QUERY_FAILURES);
            } else if (result.message != null) {
                lastError = "query: " + result.message;
            }
        }
        for (int g = 0; g < count; g++) {
            if (scratch.hung[g] && !wasHung[g]) {
                increment(NvidiaSmiCounter.GPUS_LOST);
            }
        }
        snapshot.publish(scratch, nowNs);
    }

    private void queryFailed(ToolResult r) {
        lastError = "query: " + r.describe();
        increment(NvidiaSmiCounter.QUERY_FAILURES);
    }

    private void noteProcess(ToolResult r) {
        if (r.outcome() == ToolResult.Outcome.START_FAILED) {
            increment(NvidiaSmiCounter.TOOL_START_FAILURES);
        } else if (r.outcome() == ToolResult.Outcome.TIMED_OUT) {
            increment(NvidiaSmiCounter.TIMEOUTS);
        }
    }

    /** Runs the queued cap changes, round robin over the GPUs, at most the per-period budget. */
    private void applyCaps(long nowNs) {
        int calls = 0;
        for (int k = 0; k < count && calls < maxCapCalls && running; k++) {
            int g = (nextCapGpu + k) % count;
            if (pendingCapBits.get(g) == NO_CAP || (retryWaiting[g] && retryAtNs[g] - nowNs > 0)) {
                continue;
            }
            retryWaiting[g] = false;
            double capW = Double.longBitsToDouble(pendingCapBits.getAndSet(g, NO_CAP));
            if (scratch.hung[g]) {
                continue; // a lost GPU takes no command; its status already says so
            }
            if (Math.abs(capW - scratch.values[GpuTable.CAP_W][g]) < SAME_CAP_W) {
                capRefused.set(g, 0);
                continue;
            }
            setPowerLimit(g, capW, nowNs);
            calls++;
            nextCapGpu = (g + 1) % count;
        }
    }

    private void setPowerLimit(int g, double capW, long nowNs) {
        String watts = String.format(Locale.ROOT, "%.2f", capW);
        ToolResult r = runner.run(List.of("-i", Integer.toString(g), "-pl", watts));
        noteProcess(r);
        if (r.succeeded() && !refused(r.output())) {
            increment(NvidiaSmiCounter.CAP_CHANGES_APPLIED);
            capRefused.set(g, 0);
        } else {
            // the error text first: a reader that sees the counter move also sees why
            lastError = "-i " + g + " -pl " + watts + ": " + r.describe();
            capRefused.set(g, 1);
            retryWaiting[g] = true;
            retryAtNs[g] = nowNs + capRetryNs;
            increment(NvidiaSmiCounter.CAP_CHANGES_REFUSED);
        }
    }

    /** nvidia-smi exits 0 for a GPU that does not support -pl ("... not supported ... Treating as warning"). */
    private static boolean refused(String output) {
        String text = output.toLowerCase(Locale.ROOT);
        for (String refusal : REFUSALS) {
            if (text.contains(refusal)) {
                return true;
            }
        }
        return false;
    }

    /** Queues a cap for the worker; the latest per GPU wins. Any thread; no allocation. */
    void requestCap(int gpu, double capW) {
        pendingCapBits.set(gpu, Double.doubleToRawLongBits(capW));
    }

    /** @return true if the last -pl tried on this GPU was refused */
    boolean capRefused(int gpu) {
        return capRefused.get(gpu) != 0;
    }

    void increment(NvidiaSmiCounter counter) {
        counters.incrementAndGet(counter.ordinal());
    }

    long counter(NvidiaSmiCounter counter) {
        return counters.get(counter.ordinal());
    }

    String lastError() {
        return lastError;
    }
}

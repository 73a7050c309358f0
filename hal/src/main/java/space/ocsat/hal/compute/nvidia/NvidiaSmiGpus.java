package space.ocsat.hal.compute.nvidia;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.compute.GpuModules;
import space.ocsat.hal.time.Clock;

/**
 * {@link GpuModules} on real NVIDIA GPUs through the driver's {@code nvidia-smi} tool (see the package documentation
 * for what each call maps to and what each failure reads as).
 *
 * <p>Every method here returns at once without running a process, blocking or allocating: getters read the latest
 * {@link Snapshot} the worker ({@link NvidiaSmiDriver}, one daemon thread) published; {@link #setPowerCapW} validates
 * and queues. Call the commands ({@code set...}) from one control thread; getters and counters from any thread.
 * The constructor runs the first query itself (bounded by the process timeout), so the GPU count, the settable range
 * and a first reading exist before the control loop starts.
 */
public final class NvidiaSmiGpus implements GpuModules, AutoCloseable {
    private final int count;
    private final double minCapW;
    private final double maxCapW;
    private final long staleAfterNs;
    private final Clock clock;
    private final NvidiaSmiDriver driver;
    private final Snapshot snapshot;
    private final boolean[] drainRequested;
    private volatile boolean closed;

    /** nvidia-smi on the PATH, every setting at its default ({@link NvidiaSmiConfig}). */
    public NvidiaSmiGpus() {
        this(new NvidiaSmiConfig());
    }

    /**
     * @param executable path of nvidia-smi, or a bare name looked up on the PATH
     * @param periodNs   time between batched queries, ns
     * @param timeoutNs  time one nvidia-smi process may run before it is killed, ns
     */
    public NvidiaSmiGpus(String executable, long periodNs, long timeoutNs) {
        this(new NvidiaSmiConfig().executable(executable).periodNs(periodNs).timeoutNs(timeoutNs));
    }

    /**
     * Runs the first query, then starts the worker.
     *
     * @throws IllegalArgumentException if a setting is out of range
     * @throws IllegalStateException    if {@link NvidiaSmiConfig#gpuCount()} is 0 (discover) and the first query
     *                                  lists no GPU (tool missing, driver not loaded...): nothing to bind to
     */
    public NvidiaSmiGpus(NvidiaSmiConfig config) {
        NvidiaSmiConfig c = config.conclude();
        ToolRunner runner = new ToolRunner(c.executable(), c.environment(), c.timeoutNs(), c.workDir());
        ToolResult first = runner.run(QueryParser.ARGS);
        int n = c.gpuCount();
        if (n == 0 && first.outcome() == ToolResult.Outcome.EXITED) {
            n = QueryParser.gpusIn(first.output());
        }
        if (n == 0) {
            runner.close();
            throw new IllegalStateException("nvidia-smi (" + c.executable() + ") listed no GPU (" + first.describe()
                    + "); set gpuCount to start without it");
        }
        this.count = n;
        this.clock = c.clock();
        this.staleAfterNs = c.staleAfterNs();
        this.drainRequested = new boolean[n];
        this.driver = new NvidiaSmiDriver(c, runner, n);
        this.snapshot = driver.snapshot();
        driver.accept(first, clock.nowNs());
        double[] range = settableRange(c.fallbackMinCapW(), c.fallbackMaxCapW());
        this.minCapW = range[0];
        this.maxCapW = range[1];
        driver.start();
    }

    /** @return the range every GPU accepts (the intersection of the reported ranges), else the fallback */
    private double[] settableRange(double fallbackMinW, double fallbackMaxW) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        boolean reported = false;
        for (int g = 0; g < count; g++) {
            double min = snapshot.readDouble(GpuTable.MIN_LIMIT_W, g);
            double max = snapshot.readDouble(GpuTable.MAX_LIMIT_W, g);
            if (Double.isFinite(min) && Double.isFinite(max)) {
                lo = Math.max(lo, min);
                hi = Math.min(hi, max);
                reported = true;
            }
        }
        return reported && lo > 0 && lo < hi ? new double[] {lo, hi} : new double[] {fallbackMinW, fallbackMaxW};
    }

    private boolean valid(int gpu) {
        return gpu >= 0 && gpu < count;
    }

    private double read(int field, int gpu) {
        return valid(gpu) ? snapshot.readDouble(field, gpu) : Double.NaN;
    }

    @Override
    public int count() {
        return count;
    }

    /** nvidia-smi has no supply switch: a GPU of this binding is always powered (the host runs). */
    @Override
    public boolean isPowered(int gpu) {
        return valid(gpu);
    }

    /**
     * @return {@link DeviceStatus#OK} for on (it is), {@link DeviceStatus#FAILED} for off: nvidia-smi cannot switch a
     *         module's supply, nothing changes, and {@link NvidiaSmiCounter#POWER_OFF_REFUSED} counts it
     */
    @Override
    public DeviceStatus setPowered(int gpu, boolean on) {
        if (!valid(gpu)) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (on) {
            return DeviceStatus.OK;
        }
        driver.increment(NvidiaSmiCounter.POWER_OFF_REFUSED);
        return DeviceStatus.FAILED;
    }

    /** @return {@code power.draw}, W; the last reading while not OK, NaN if never read */
    @Override
    public double powerW(int gpu) {
        return read(GpuTable.POWER_W, gpu);
    }

    /** @return {@code temperature.gpu} + 273.15, K */
    @Override
    public double dieTempK(int gpu) {
        return read(GpuTable.TEMP_K, gpu);
    }

    /** @return {@code utilization.gpu} / 100; NaN where the tool reports "[N/A]" (e.g. MIG mode) */
    @Override
    public double utilization(int gpu) {
        return read(GpuTable.UTILIZATION, gpu);
    }

    /** @return {@code power.limit} as the tool reads it back, W: a change the GPU refused does not show here */
    @Override
    public double powerCapW(int gpu) {
        return read(GpuTable.CAP_W, gpu);
    }

    /**
     * Validates and queues {@code nvidia-smi -i gpu -pl capW}; the worker runs it before its next query (the latest
     * request per GPU wins) and {@link #powerCapW} shows the result.
     *
     * @return {@link DeviceStatus#OUT_OF_RANGE} outside [{@link #minCapW()}, {@link #maxCapW()}] or this GPU's
     *         reported limits (not queued); {@link DeviceStatus#NO_RESPONSE} if the GPU does not answer (not queued);
     *         {@link DeviceStatus#FAILED} if the last change tried on this GPU was refused (queued all the same, retried
     *         after {@link NvidiaSmiConfig#capRetryNs()}); else {@link DeviceStatus#OK}
     */
    @Override
    public DeviceStatus setPowerCapW(int gpu, double capW) {
        if (!valid(gpu)) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (!(capW >= minCapW && capW <= maxCapW)
                || capW < snapshot.readDouble(GpuTable.MIN_LIMIT_W, gpu)
                || capW > snapshot.readDouble(GpuTable.MAX_LIMIT_W, gpu)) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        if (status(gpu) == DeviceStatus.NO_RESPONSE) {
            return DeviceStatus.NO_RESPONSE;
        }
        driver.requestCap(gpu, capW);
        return driver.capRefused(gpu) ? DeviceStatus.FAILED : DeviceStatus.OK;
    }

    /** @return the highest {@code power.min_limit} the first query reported, else the fallback, W */
    @Override
    public double minCapW() {
        return minCapW;
    }

    /** @return the lowest {@code power.max_limit} the first query reported, else the fallback, W */
    @Override
    public double maxCapW() {
        return maxCapW;
    }

    /**
     * Records the request; nvidia-smi cannot tell the host's job scheduler to checkpoint or stop placing work (the
     * rig's scheduler must be drained by its own means). {@link #isDrained} reports when the GPU is idle.
     *
     * @return {@link DeviceStatus#OK}, or {@link DeviceStatus#NO_SUCH_UNIT}
     */
    @Override
    public DeviceStatus setDrain(int gpu, boolean drain) {
        if (!valid(gpu)) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        drainRequested[gpu] = drain;
        return DeviceStatus.OK;
    }

    /** @return true while a drain is requested, the GPU answers OK and its utilisation reads 0 % */
    @Override
    public boolean isDrained(int gpu) {
        return valid(gpu) && drainRequested[gpu] && status(gpu) == DeviceStatus.OK
                && snapshot.readDouble(GpuTable.UTILIZATION, gpu) <= 0;
    }

    /** @return {@code ecc.errors.uncorrected.volatile.total} (since the driver loaded); 0 for a board without ECC */
    @Override
    public long eccErrors(int gpu) {
        return valid(gpu) ? snapshot.readEccErrors(gpu) : 0;
    }

    /**
     * @return true while a GPU that had answered is lost: its row gone from a query that listed others, "[GPU is
     *         lost]" or "[GPU requires reset]" in its row, or a "device handle" error naming its bus id. The tool
     *         failing as a whole (missing, hanging, driver not loaded) is NO_RESPONSE, not a hang.
     */
    @Override
    public boolean isHung(int gpu) {
        return valid(gpu) && snapshot.readHung(gpu);
    }

    /**
     * @return {@link DeviceStatus#NO_SUCH_UNIT} for a bad index; {@link DeviceStatus#NO_RESPONSE} before the first
     *         reading, after {@link #close()}, when the snapshot is older than {@link NvidiaSmiConfig#staleAfterNs()},
     *         when the last query failed or the GPU is lost; {@link DeviceStatus#FAILED} when the tool could not read
     *         its power, temperature or limit; {@link DeviceStatus#OUT_OF_RANGE} for an impossible reading; else OK
     */
    @Override
    public DeviceStatus status(int gpu) {
        if (!valid(gpu)) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (closed || !snapshot.published() || clock.nowNs() - snapshot.publishedNs() > staleAfterNs) {
            return DeviceStatus.NO_RESPONSE;
        }
        return snapshot.readStatus(gpu);
    }

    /** @return {@code pstate} P0..P15 as 0..15, -1 if unknown */
    public int performanceState(int gpu) {
        return valid(gpu) ? snapshot.readPstate(gpu) : -1;
    }

    /** @return this GPU's {@code power.min_limit}, W; NaN if not reported */
    public double minLimitW(int gpu) {
        return read(GpuTable.MIN_LIMIT_W, gpu);
    }

    /** @return this GPU's {@code power.max_limit}, W; NaN if not reported */
    public double maxLimitW(int gpu) {
        return read(GpuTable.MAX_LIMIT_W, gpu);
    }

    /** @return one of the binding's counters */
    public long counter(NvidiaSmiCounter counter) {
        return driver.counter(counter);
    }

    /** @return the last trouble the worker met (tool output or reason), "" if none yet; for logs, not telemetry */
    public String lastError() {
        return driver.lastError();
    }

    /** @return the age of the latest reading by the configured clock, ns */
    public long snapshotAgeNs() {
        return clock.nowNs() - snapshot.publishedNs();
    }

    /** Stops the worker (killing a process it is running); every GPU then reads NO_RESPONSE. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            driver.close();
        }
    }
}

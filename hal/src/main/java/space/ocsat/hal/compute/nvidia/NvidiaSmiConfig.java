package space.ocsat.hal.compute.nvidia;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import space.ocsat.hal.time.Clock;
import space.ocsat.hal.time.MonotonicClock;

/**
 * Settings of the nvidia-smi binding, with every default in this class: fluent setters, read once by
 * {@link NvidiaSmiGpus}'s constructor, which calls {@link #conclude()} (fills the derived defaults, validates).
 * Durations in nanoseconds, powers in watts.
 */
public final class NvidiaSmiConfig {
    public static final String DEFAULT_EXECUTABLE = "nvidia-smi";
    public static final long DEFAULT_PERIOD_NS = 1_000_000_000L;
    public static final long DEFAULT_TIMEOUT_NS = 2_000_000_000L;
    /** A snapshot older than this many periods reads NO_RESPONSE. */
    public static final int DEFAULT_STALE_PERIODS = 3;
    /** A GPU whose -pl was refused is not tried again for this many periods. */
    public static final int DEFAULT_CAP_RETRY_PERIODS = 10;
    public static final int DEFAULT_MAX_CAP_CALLS_PER_PERIOD = 4;
    /** Settable range used when the tool reports none (DESIGN.md's H100-class reference), W. */
    public static final double DEFAULT_MIN_CAP_W = 200;
    public static final double DEFAULT_MAX_CAP_W = 700;

    private String executable = DEFAULT_EXECUTABLE;
    private Map<String, String> environment = Map.of();
    private long periodNs = DEFAULT_PERIOD_NS;
    private long timeoutNs = DEFAULT_TIMEOUT_NS;
    private long staleAfterNs;
    private long capRetryNs;
    private int maxCapCallsPerPeriod = DEFAULT_MAX_CAP_CALLS_PER_PERIOD;
    private int gpuCount;
    private double fallbackMinCapW = DEFAULT_MIN_CAP_W;
    private double fallbackMaxCapW = DEFAULT_MAX_CAP_W;
    private Clock clock;
    private Path workDir;

    /** @param executable a path, or a bare name looked up on the PATH of {@link #environment} (default "nvidia-smi") */
    public NvidiaSmiConfig executable(String executable) {
        this.executable = Objects.requireNonNull(executable, "executable");
        return this;
    }

    public String executable() {
        return executable;
    }

    /**
     * @param environment variables set in the tool's environment over the JVM's; its PATH (if any) is also where a
     *                    bare {@link #executable} is looked up
     */
    public NvidiaSmiConfig environment(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        return this;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** @param periodNs time between batched queries (default 1 s) */
    public NvidiaSmiConfig periodNs(long periodNs) {
        this.periodNs = periodNs;
        return this;
    }

    public long periodNs() {
        return periodNs;
    }

    /** @param timeoutNs how long one nvidia-smi process may run before it is killed (default 2 s) */
    public NvidiaSmiConfig timeoutNs(long timeoutNs) {
        this.timeoutNs = timeoutNs;
        return this;
    }

    public long timeoutNs() {
        return timeoutNs;
    }

    /** @param staleAfterNs age past which the snapshot reads NO_RESPONSE (default 3 periods) */
    public NvidiaSmiConfig staleAfterNs(long staleAfterNs) {
        this.staleAfterNs = staleAfterNs;
        return this;
    }

    public long staleAfterNs() {
        return staleAfterNs;
    }

    /** @param capRetryNs wait before retrying -pl on a GPU that refused one (default 10 periods) */
    public NvidiaSmiConfig capRetryNs(long capRetryNs) {
        this.capRetryNs = capRetryNs;
        return this;
    }

    public long capRetryNs() {
        return capRetryNs;
    }

    /** @param calls most -pl processes per period; further changes wait, the latest per GPU kept (default 4) */
    public NvidiaSmiConfig maxCapCallsPerPeriod(int calls) {
        this.maxCapCallsPerPeriod = calls;
        return this;
    }

    public int maxCapCallsPerPeriod() {
        return maxCapCallsPerPeriod;
    }

    /**
     * @param gpuCount the number of GPUs the flight software sees (nvidia-smi indices 0..n-1); 0 (default) takes the
     *                 number the first query lists, and construction fails if that query lists none
     */
    public NvidiaSmiConfig gpuCount(int gpuCount) {
        this.gpuCount = gpuCount;
        return this;
    }

    public int gpuCount() {
        return gpuCount;
    }

    /** @param minW lowest settable cap to assume if the first query reports no limits (default 200 W) */
    public NvidiaSmiConfig fallbackMinCapW(double minW) {
        this.fallbackMinCapW = minW;
        return this;
    }

    public double fallbackMinCapW() {
        return fallbackMinCapW;
    }

    /** @param maxW highest settable cap to assume if the first query reports no limits (default 700 W) */
    public NvidiaSmiConfig fallbackMaxCapW(double maxW) {
        this.fallbackMaxCapW = maxW;
        return this;
    }

    public double fallbackMaxCapW() {
        return fallbackMaxCapW;
    }

    /** @param clock paces the worker and ages the snapshot (default {@link MonotonicClock}) */
    public NvidiaSmiConfig clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public Clock clock() {
        return clock;
    }

    /** @param workDir where the tool's output file lives (default java.io.tmpdir) */
    public NvidiaSmiConfig workDir(Path workDir) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        return this;
    }

    public Path workDir() {
        return workDir;
    }

    /**
     * Fills the derived defaults and checks the settings.
     *
     * @return this
     * @throws IllegalArgumentException if a setting is out of its range
     */
    public NvidiaSmiConfig conclude() {
        if (staleAfterNs == 0) {
            staleAfterNs = DEFAULT_STALE_PERIODS * periodNs;
        }
        if (capRetryNs == 0) {
            capRetryNs = DEFAULT_CAP_RETRY_PERIODS * periodNs;
        }
        if (clock == null) {
            clock = new MonotonicClock();
        }
        if (workDir == null) {
            workDir = Path.of(System.getProperty("java.io.tmpdir"));
        }
        require(!executable.isBlank(), "executable is blank");
        require(periodNs > 0, "periodNs must be > 0: " + periodNs);
        require(timeoutNs > 0, "timeoutNs must be > 0: " + timeoutNs);
        require(staleAfterNs > periodNs, "staleAfterNs must exceed the period: " + staleAfterNs);
        require(capRetryNs > 0, "capRetryNs must be > 0: " + capRetryNs);
        require(maxCapCallsPerPeriod >= 1, "maxCapCallsPerPeriod must be >= 1: " + maxCapCallsPerPeriod);
        require(gpuCount >= 0, "gpuCount must be >= 0: " + gpuCount);
        require(fallbackMinCapW > 0 && fallbackMinCapW < fallbackMaxCapW,
                "fallback cap range must be 0 < min < max: " + fallbackMinCapW + ".." + fallbackMaxCapW);
        return this;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package space.ocsat.hal.compute.nvidia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static space.ocsat.hal.compute.nvidia.FakeNvidiaSmi.row;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import space.ocsat.hal.DeviceStatus;

/**
 * The binding against a fake nvidia-smi ({@link FakeNvidiaSmi}) run as a real process. Conditions are awaited with a
 * bounded poll; no sleep is an assertion of timing.
 */
class NvidiaSmiGpusTest {
    private static final long MS = 1_000_000L;
    private static final long AWAIT_MS = 10_000;
    private static final String QUERY = "--query-gpu=" + QueryParser.FIELDS + " --format=csv,noheader,nounits";
    private static final String GPU0 = row(0, "00000000:3B:00.0", "312.45", 61, 87, "@CAP0@", "200.00", "700.00", 0, "P0");
    private static final String GPU1 = row(1, "00000000:3C:00.0", "95.10", 38, 0, "@CAP1@", "200.00", "700.00", 3, "P2");

    @TempDir
    Path dir;
    private FakeNvidiaSmi fake;
    private final List<NvidiaSmiGpus> opened = new ArrayList<>();

    @BeforeEach
    void fakeWithTwoGpusAt700W() {
        fake = new FakeNvidiaSmi(dir).cap(0, "700.00").cap(1, "700.00");
    }

    @AfterEach
    void closeEverything() {
        opened.forEach(NvidiaSmiGpus::close);
    }

    /** Fast period, generous timeout and staleness: the defaults of the tests that are not about timing. */
    private NvidiaSmiConfig config() {
        return new NvidiaSmiConfig().executable(fake.path()).periodNs(50 * MS).timeoutNs(5_000 * MS)
                .staleAfterNs(5_000 * MS).workDir(dir);
    }

    private NvidiaSmiGpus open(NvidiaSmiConfig config) {
        NvidiaSmiGpus gpus = new NvidiaSmiGpus(config);
        opened.add(gpus);
        return gpus;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + AWAIT_MS * MS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + AWAIT_MS + " ms: " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * @return true if the process runs: a killed process whose parent died stays a zombie until PID 1 reaps it (lazily
     *         in some containers), which {@link ProcessHandle#isAlive()} still counts as alive, so /proc decides
     */
    private static boolean alive(OptionalLong pid) {
        if (pid.isEmpty()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid.getAsLong()), "stat");
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return Files.exists(Path.of("/proc/self")) ? false
                    : ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    @Test
    void readsEveryGpuInSiUnitsFromOneBatchedQuery() {
        fake.query(GPU0, GPU1);
        NvidiaSmiGpus gpus = open(config().periodNs(60_000 * MS).staleAfterNs(120_000 * MS));

        assertThat(fake.calls()).containsExactly(QUERY);
        assertThat(gpus.count()).isEqualTo(2);
        assertThat(gpus.powerW(0)).isEqualTo(312.45);
        assertThat(gpus.dieTempK(0)).isCloseTo(334.15, within(1e-9));
        assertThat(gpus.utilization(0)).isCloseTo(0.87, within(1e-12));
        assertThat(gpus.powerCapW(0)).isEqualTo(700.0);
        assertThat(gpus.performanceState(0)).isZero();
        assertThat(gpus.powerW(1)).isEqualTo(95.10);
        assertThat(gpus.dieTempK(1)).isCloseTo(311.15, within(1e-9));
        assertThat(gpus.utilization(1)).isZero();
        assertThat(gpus.eccErrors(1)).isEqualTo(3);
        assertThat(gpus.performanceState(1)).isEqualTo(2);
        assertThat(gpus.minCapW()).isEqualTo(200.0);
        assertThat(gpus.maxCapW()).isEqualTo(700.0);
        for (int g = 0; g < 2; g++) {
            assertThat(gpus.status(g)).isEqualTo(DeviceStatus.OK);
            assertThat(gpus.isHung(g)).isFalse();
            assertThat(gpus.isPowered(g)).isTrue();
        }
        assertThat(gpus.counter(NvidiaSmiCounter.QUERIES_RUN)).isEqualTo(1);
        assertThat(gpus.counter(NvidiaSmiCounter.QUERY_FAILURES)).isZero();
    }

    @Test
    void runsExactlyOneQueryProcessPerPeriodHoweverOftenItIsRead() {
        fake.query(GPU0, GPU1);
        long periodNs = 50 * MS;
        long startNs = System.nanoTime();
        NvidiaSmiGpus gpus = open(config().periodNs(periodNs));

        long reads = 0;
        while (gpus.counter(NvidiaSmiCounter.QUERIES_RUN) < 6) {
            for (int g = 0; g < 2; g++) {
                gpus.powerW(g);
                gpus.dieTempK(g);
                gpus.utilization(g);
                gpus.powerCapW(g);
                gpus.status(g);
                reads += 5;
            }
            assertThat(System.nanoTime() - startNs).as("six periods pass").isLessThan(AWAIT_MS * MS);
        }
        long before = gpus.counter(NvidiaSmiCounter.QUERIES_RUN);
        List<String> calls = fake.calls();
        long after = gpus.counter(NvidiaSmiCounter.QUERIES_RUN);
        long elapsedNs = System.nanoTime() - startNs;

        assertThat(calls).as("only queries, each the one batched query").allMatch(QUERY::equals);
        assertThat((long) calls.size()).as("one process per query run").isBetween(before, after);
        assertThat(after).as("at most one per period (+ the first, at construction)")
                .isLessThanOrEqualTo(2 + elapsedNs / periodNs);
        assertThat(reads).as("reads do not run the tool").isGreaterThan(100 * after);
    }

    @Test
    void appliesTheLatestQueuedCapWithOneCallAndReadsItBack() {
        fake.query(GPU0, GPU1);
        // the worker's first cycle comes one (long) period after construction: both requests are queued by then
        NvidiaSmiGpus gpus = open(config().periodNs(500 * MS));

        assertThat(gpus.setPowerCapW(1, 300.0)).isEqualTo(DeviceStatus.OK);
        assertThat(gpus.setPowerCapW(1, 250.0)).isEqualTo(DeviceStatus.OK);
        await("cap read back", () -> gpus.powerCapW(1) == 250.0);

        List<String> calls = fake.calls();
        assertThat(fake.capCalls()).containsExactly("-i 1 -pl 250.00");
        assertThat(calls.indexOf("-i 1 -pl 250.00")).as("the -pl runs before the query that reads it back")
                .isLessThan(calls.lastIndexOf(QUERY));
        assertThat(gpus.counter(NvidiaSmiCounter.CAP_CHANGES_APPLIED)).isEqualTo(1);
        assertThat(gpus.counter(NvidiaSmiCounter.CAP_CHANGES_REFUSED)).isZero();
        assertThat(gpus.powerCapW(0)).isEqualTo(700.0);
        assertThat(gpus.setPowerCapW(1, 260.0)).as("no refusal pending").isEqualTo(DeviceStatus.OK);
    }

    @Test
    void rejectsACapOutsideTheReportedLimitsWithoutCallingTheTool() {
        fake.query(GPU0, row(1, "00000000:3C:00.0", "95.10", 38, 0, "@CAP1@", "150.00", "600.00", 0, "P2"));
        NvidiaSmiGpus gpus = open(config());

        assertThat(gpus.minCapW()).as("the range every GPU accepts").isEqualTo(200.0);
        assertThat(gpus.maxCapW()).isEqualTo(600.0);
        assertThat(gpus.setPowerCapW(0, 150.0)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(gpus.setPowerCapW(0, 650.0)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(gpus.setPowerCapW(1, 600.5)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(gpus.setPowerCapW(1, Double.NaN)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(gpus.setPowerCapW(0, Double.POSITIVE_INFINITY)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(gpus.setPowerCapW(2, 300.0)).isEqualTo(DeviceStatus.NO_SUCH_UNIT);
        await("three more queries", () -> gpus.counter(NvidiaSmiCounter.QUERIES_RUN) >= 4);

        assertThat(fake.capCalls()).isEmpty();
        assertThat(gpus.powerCapW(0)).isEqualTo(700.0);
    }

    @Test
    void aRefusedCapChangeLeavesTheCapAndIsCountedAndReported() {
        fake.query(GPU0, GPU1).capAnswer(0, 4, """
                Failed to set power management limit for GPU 00000000:3B:00.0: Insufficient Permissions
                Terminating early due to previous errors.""");
        NvidiaSmiGpus gpus = open(config().capRetryNs(60_000 * MS));

        assertThat(gpus.setPowerCapW(0, 300.0)).isEqualTo(DeviceStatus.OK);
        await("refusal counted", () -> gpus.counter(NvidiaSmiCounter.CAP_CHANGES_REFUSED) == 1);
        long queries = gpus.counter(NvidiaSmiCounter.QUERIES_RUN);
        await("two queries after the refusal", () -> gpus.counter(NvidiaSmiCounter.QUERIES_RUN) >= queries + 2);

        assertThat(gpus.powerCapW(0)).as("the limit the tool reads back").isEqualTo(700.0);
        assertThat(gpus.setPowerCapW(0, 310.0)).as("the refusal is reported").isEqualTo(DeviceStatus.FAILED);
        assertThat(gpus.lastError()).contains("-i 0 -pl 300.00").contains("exit 4").contains("Insufficient Permissions");
        assertThat(gpus.counter(NvidiaSmiCounter.CAP_CHANGES_APPLIED)).isZero();
        assertThat(fake.capCalls()).as("not retried before capRetryNs").containsExactly("-i 0 -pl 300.00");
        assertThat(gpus.status(0)).as("the GPU itself still answers").isEqualTo(DeviceStatus.OK);
    }

    @Test
    void aNotSupportedWarningWithExitZeroCountsAsRefused() {
        fake.query(GPU0, GPU1).capAnswer(1, 0, """
                Changing power management limit is not supported for GPU: 00000000:3C:00.0.
                Treating as warning and moving on.
                All done.""");
        NvidiaSmiGpus gpus = open(config());

        assertThat(gpus.setPowerCapW(1, 400.0)).isEqualTo(DeviceStatus.OK);
        await("refusal counted", () -> gpus.counter(NvidiaSmiCounter.CAP_CHANGES_REFUSED) == 1);

        assertThat(gpus.powerCapW(1)).isEqualTo(700.0);
        assertThat(gpus.counter(NvidiaSmiCounter.CAP_CHANGES_APPLIED)).isZero();
        assertThat(gpus.lastError()).contains("not supported");
    }

    @Test
    void aMissingToolReadsNoResponseWithoutThrowing() {
        String missing = dir.resolve("no-such-dir/nvidia-smi").toString();
        NvidiaSmiGpus gpus = open(config().executable(missing).gpuCount(2));

        await("keeps trying", () -> gpus.counter(NvidiaSmiCounter.TOOL_START_FAILURES) >= 3);
        for (int g = 0; g < 2; g++) {
            assertThat(gpus.status(g)).isEqualTo(DeviceStatus.NO_RESPONSE);
            assertThat(gpus.isHung(g)).as("a missing tool is not a hung GPU").isFalse();
            assertThat(gpus.powerW(g)).isNaN();
            assertThat(gpus.setPowerCapW(g, 300.0)).isEqualTo(DeviceStatus.NO_RESPONSE);
        }
        assertThat(gpus.counter(NvidiaSmiCounter.QUERY_FAILURES))
                .isEqualTo(gpus.counter(NvidiaSmiCounter.QUERIES_RUN)).isGreaterThanOrEqualTo(3);
        assertThat(gpus.lastError()).startsWith("query: cannot start").contains(missing);
        assertThat(gpus.minCapW()).as("fallback range").isEqualTo(NvidiaSmiConfig.DEFAULT_MIN_CAP_W);
        assertThat(gpus.maxCapW()).isEqualTo(NvidiaSmiConfig.DEFAULT_MAX_CAP_W);
    }

    @Test
    void aToolWithoutExecutePermissionReadsNoResponseWithoutThrowing() throws Exception {
        Path notExecutable = Files.writeString(dir.resolve("nvidia-smi-noexec"), "#!/bin/sh\necho 0\n");
        NvidiaSmiGpus gpus = open(config().executable(notExecutable.toString()).gpuCount(1));

        assertThat(gpus.status(0)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(gpus.counter(NvidiaSmiCounter.TOOL_START_FAILURES)).isGreaterThanOrEqualTo(1);
        assertThat(gpus.lastError()).contains("Permission denied");
    }

    @Test
    void withoutAGpuCountAToolThatListsNoGpuFailsConstructionByName() {
        String missing = dir.resolve("missing-nvidia-smi").toString();
        assertThatThrownBy(() -> open(config().executable(missing)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(missing).hasMessageContaining("gpuCount");
    }

    static Stream<Arguments> disappearances() {
        String lost = row(1, "[GPU is lost]", "[GPU is lost]", "[GPU is lost]", "[GPU is lost]", "[GPU is lost]",
                "[GPU is lost]", "[GPU is lost]", "[GPU is lost]", "[GPU is lost]");
        String handle = "Unable to determine the device handle for GPU 0000:3C:00.0: GPU is lost.  "
                + "Reboot the system to recover this GPU";
        return Stream.of(
                Arguments.of("its row gone", 0, GPU0, DeviceStatus.OK),
                Arguments.of("[GPU is lost] in its row", 15, GPU0 + "\n" + lost, DeviceStatus.OK),
                Arguments.of("a device-handle error naming its bus id, no row at all", 15, handle,
                        DeviceStatus.NO_RESPONSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disappearances")
    void aGpuThatDisappearsMidRunReadsNoResponseAndHung(String how, int exitCode, String answer, DeviceStatus gpu0) {
        fake.query(GPU0, GPU1).queryAnswer(exitCode, answer);
        NvidiaSmiGpus gpus = open(config());
        assertThat(gpus.status(1)).isEqualTo(DeviceStatus.OK);

        await("GPU 1 lost", () -> gpus.isHung(1));

        assertThat(gpus.status(1)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(gpus.isPowered(1)).as("powered and hung: FDIR's GPU_HANG path").isTrue();
        assertThat(gpus.powerW(1)).as("last reading kept").isEqualTo(95.10);
        assertThat(gpus.counter(NvidiaSmiCounter.GPUS_LOST)).isEqualTo(1);
        assertThat(gpus.isHung(0)).isFalse();
        assertThat(gpus.status(0)).isEqualTo(gpu0);
        assertThat(gpus.setPowerCapW(1, 300.0)).isEqualTo(DeviceStatus.NO_RESPONSE);
    }

    @Test
    void toleratesNotAvailableFields() {
        fake.query(row(0, "00000000:3B:00.0", "312.45", 61, "[N/A]", "@CAP0@", "[N/A]", "[N/A]", "[N/A]", "[N/A]"),
                row(1, "00000000:3C:00.0", "[N/A]", 38, 0, "@CAP1@", "200.00", "700.00", "[Not Supported]", "P8"));
        NvidiaSmiGpus gpus = open(config().periodNs(60_000 * MS).staleAfterNs(120_000 * MS));

        assertThat(gpus.status(0)).isEqualTo(DeviceStatus.OK);
        assertThat(gpus.powerW(0)).isEqualTo(312.45);
        assertThat(gpus.utilization(0)).isNaN();
        assertThat(gpus.eccErrors(0)).isZero();
        assertThat(gpus.performanceState(0)).isEqualTo(-1);
        assertThat(gpus.minLimitW(0)).isNaN();
        assertThat(gpus.setPowerCapW(0, 300.0)).as("validated against the range of the others")
                .isEqualTo(DeviceStatus.OK);
        assertThat(gpus.status(1)).as("no power reading: not usable").isEqualTo(DeviceStatus.FAILED);
        assertThat(gpus.isHung(1)).isFalse();
        assertThat(gpus.dieTempK(1)).isCloseTo(311.15, within(1e-9));
        assertThat(gpus.minCapW()).isEqualTo(200.0);
        assertThat(gpus.maxCapW()).isEqualTo(700.0);
    }

    @Test
    void gettersReturnAtOnceWhileTheToolHangsAndTheStaleSnapshotReadsNoResponse() {
        fake.query(GPU0, GPU1).queryHangs();
        NvidiaSmiGpus gpus = open(config().staleAfterNs(200 * MS).timeoutNs(60_000 * MS));

        await("the tool hangs", () -> alive(fake.hangPid()) && alive(fake.hangChildPid()));
        await("the snapshot goes stale", () -> gpus.status(0) == DeviceStatus.NO_RESPONSE);
        long startNs = System.nanoTime();
        int rounds = 10_000;
        for (int i = 0; i < rounds; i++) {
            gpus.powerW(i & 1);
            gpus.dieTempK(i & 1);
            gpus.powerCapW(i & 1);
            gpus.isHung(i & 1);
            gpus.status(i & 1);
            gpus.setPowerCapW(i & 1, 300.0);
        }
        long elapsedNs = System.nanoTime() - startNs;

        assertThat(alive(fake.hangPid())).as("measured while the tool hangs").isTrue();
        assertThat(elapsedNs / rounds).as("ns per round of six calls").isLessThan(50_000);
        assertThat(gpus.status(1)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(gpus.isHung(0)).as("a hanging tool is not a hung GPU").isFalse();
        assertThat(gpus.powerW(0)).as("last reading kept").isEqualTo(312.45);
        assertThat(gpus.counter(NvidiaSmiCounter.TIMEOUTS)).isZero();

        gpus.close();
        await("close kills the hung tool and its child",
                () -> !alive(fake.hangPid()) && !alive(fake.hangChildPid()));
    }

    @Test
    void killsAToolThatHangsPastTheTimeoutAndRecovers() {
        fake.query(GPU0, GPU1).queryHangs().query(GPU0, GPU1);
        NvidiaSmiGpus gpus = open(config().timeoutNs(300 * MS));

        await("one process killed", () -> gpus.counter(NvidiaSmiCounter.TIMEOUTS) == 1);
        await("it and its child are gone", () -> !alive(fake.hangPid()) && !alive(fake.hangChildPid()));
        assertThat(gpus.lastError()).contains("timed out");
        assertThat(gpus.counter(NvidiaSmiCounter.QUERY_FAILURES)).isEqualTo(1);
        await("readings again", () -> gpus.status(0) == DeviceStatus.OK && gpus.status(1) == DeviceStatus.OK);
        assertThat(gpus.counter(NvidiaSmiCounter.CYCLE_SLIPS)).as("the hung cycle overran").isGreaterThanOrEqualTo(1);
    }

    @Test
    void theControlThreadAllocatesNothing() {
        fake.query(GPU0, GPU1);
        NvidiaSmiGpus gpus = open(config());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double sink = 0;
        // a per-call allocation would show in every round (16 bytes a call is 1.6 MB a round); a one-off JIT
        // recompilation charged to the thread shows in one round only, so the best of the measured rounds must be
        // (nearly) zero and none may be large
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 100_000; i++) {
                int g = i & 1;
                sink += gpus.powerW(g) + gpus.dieTempK(g) + gpus.utilization(g) + gpus.powerCapW(g) + gpus.eccErrors(g);
                sink += gpus.status(g).ordinal() + gpus.setPowerCapW(g, 700.0).ordinal();
                sink += (gpus.isHung(g) ? 1 : 0) + (gpus.isDrained(g) ? 1 : 0) + (gpus.isPowered(g) ? 1 : 0);
                sink += gpus.setDrain(g, false).ordinal();
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            if (round >= 2) {
                assertThat(allocated).as("bytes allocated by 100 000 rounds of every call").isLessThan(64 * 1024);
                best = Math.min(best, allocated);
            }
        }
        assertThat(best).as("bytes allocated by the best of four rounds of 100 000 calls").isLessThan(1024);
        assertThat(sink).isNotNaN();
        assertThat(fake.capCalls()).as("a cap already in force needs no call").isEmpty();
    }

    @Test
    void findsTheToolOnThePathOfTheConfiguredEnvironment() {
        fake.query(GPU0, GPU1);
        String path = fake.binDir() + File.pathSeparator + System.getenv("PATH");
        assertThat(System.getenv("PATH")).doesNotContain(fake.binDir().toString());

        NvidiaSmiGpus gpus = open(config().executable("nvidia-smi").environment(Map.of("PATH", path)));

        assertThat(gpus.count()).isEqualTo(2);
        assertThat(gpus.status(0)).isEqualTo(DeviceStatus.OK);
        assertThat(fake.calls()).first().isEqualTo(QUERY);
    }

    @Test
    void powerSwitchingIsRefusedHonestlyAndDrainingFollowsIdleness() {
        fake.query(GPU0, GPU1);
        NvidiaSmiGpus gpus = open(config());

        assertThat(gpus.setPowered(0, true)).isEqualTo(DeviceStatus.OK);
        assertThat(gpus.setPowered(0, false)).isEqualTo(DeviceStatus.FAILED);
        assertThat(gpus.isPowered(0)).isTrue();
        assertThat(gpus.counter(NvidiaSmiCounter.POWER_OFF_REFUSED)).isEqualTo(1);
        assertThat(gpus.setPowered(2, true)).isEqualTo(DeviceStatus.NO_SUCH_UNIT);

        assertThat(gpus.isDrained(1)).as("not requested").isFalse();
        assertThat(gpus.setDrain(0, true)).isEqualTo(DeviceStatus.OK);
        assertThat(gpus.setDrain(1, true)).isEqualTo(DeviceStatus.OK);
        assertThat(gpus.isDrained(0)).as("87 % busy").isFalse();
        assertThat(gpus.isDrained(1)).as("0 % busy").isTrue();
        assertThat(gpus.setDrain(1, false)).isEqualTo(DeviceStatus.OK);
        assertThat(gpus.isDrained(1)).isFalse();
        assertThat(gpus.setDrain(-1, true)).isEqualTo(DeviceStatus.NO_SUCH_UNIT);
        assertThat(gpus.status(5)).isEqualTo(DeviceStatus.NO_SUCH_UNIT);
        assertThat(gpus.powerW(5)).isNaN();
        assertThat(gpus.isPowered(-1)).isFalse();
    }

    @Test
    void closeStopsTheWorkerAndEveryGpuReadsNoResponse() throws InterruptedException {
        fake.query(GPU0, GPU1);
        NvidiaSmiGpus gpus = open(config());
        assertThat(workerThreads()).isEqualTo(1);

        gpus.close();

        assertThat(workerThreads()).isZero();
        assertThat(gpus.status(0)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(gpus.setPowerCapW(0, 300.0)).isEqualTo(DeviceStatus.NO_RESPONSE);
        int calls = fake.calls().size();
        Thread.sleep(200); // four periods in which nothing may happen
        assertThat(fake.calls()).hasSize(calls);
    }

    private static long workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(NvidiaSmiDriver.THREAD_NAME) && t.isAlive()).count();
    }
}

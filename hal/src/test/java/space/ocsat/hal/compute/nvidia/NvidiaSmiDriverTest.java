package space.ocsat.hal.compute.nvidia;

import static org.assertj.core.api.Assertions.assertThat;
import static space.ocsat.hal.compute.nvidia.FakeNvidiaSmi.row;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.hal.DeviceStatus;

/**
 * What the worker makes of each kind of query result, stepped by hand: results are fed to {@link NvidiaSmiDriver#accept}
 * with no thread and no process.
 */
class NvidiaSmiDriverTest {
    private static final String GPU0 = row(0, "00000000:3B:00.0", "312.45", 61, 87, "700.00", "200.00", "700.00", 0, "P0");
    private static final String GPU1 = row(1, "00000000:3C:00.0", "95.10", 38, 0, "500.00", "200.00", "700.00", 3, "P2");

    @TempDir
    Path dir;
    private long nowNs;
    private NvidiaSmiDriver driver;
    private Snapshot snapshot;

    @BeforeEach
    void driverForTwoGpus() {
        NvidiaSmiConfig config = new NvidiaSmiConfig().executable(dir.resolve("never-run").toString())
                .clock(() -> nowNs).workDir(dir).conclude();
        driver = new NvidiaSmiDriver(config, new ToolRunner(config.executable(), config.environment(),
                config.timeoutNs(), dir), 2);
        snapshot = driver.snapshot();
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void accept(ToolResult r) {
        nowNs += 1_000_000_000L;
        driver.accept(r, nowNs);
    }

    private static ToolResult rows(int exitCode, String... lines) {
        return ToolResult.exited(exitCode, String.join("\n", lines) + "\n");
    }

    @Test
    void aLostGpuStaysHungThroughToolFailuresAndRecoversWhenItAnswersAgain() {
        accept(rows(0, GPU0, GPU1));
        accept(rows(0, GPU0));
        assertThat(snapshot.readHung(1)).isTrue();
        assertThat(snapshot.readStatus(1)).isEqualTo(DeviceStatus.NO_RESPONSE);

        accept(ToolResult.timedOut(""));
        accept(ToolResult.startFailed("Cannot run program"));
        assertThat(snapshot.readHung(1)).as("what the tool said about the GPU stands").isTrue();
        assertThat(snapshot.readHung(0)).as("a failing tool says nothing about a GPU").isFalse();
        assertThat(snapshot.readStatus(0)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(snapshot.readDouble(GpuTable.POWER_W, 0)).as("last reading kept").isEqualTo(312.45);

        accept(rows(0, GPU0, GPU1));
        assertThat(snapshot.readHung(1)).isFalse();
        assertThat(snapshot.readStatus(1)).isEqualTo(DeviceStatus.OK);
        assertThat(driver.counter(NvidiaSmiCounter.GPUS_LOST)).as("one loss").isEqualTo(1);
        assertThat(driver.counter(NvidiaSmiCounter.QUERIES_RUN)).isEqualTo(5);
        assertThat(driver.counter(NvidiaSmiCounter.QUERY_FAILURES)).isEqualTo(2);
        assertThat(driver.counter(NvidiaSmiCounter.TIMEOUTS)).isEqualTo(1);
        assertThat(driver.counter(NvidiaSmiCounter.TOOL_START_FAILURES)).isEqualTo(1);
    }

    @Test
    void aPartialAnswerWithAnErrorExitPublishesTheRowsAndReportsTheMessage() {
        accept(rows(0, GPU0, GPU1));
        accept(rows(15, GPU0.replace("312.45", "320.00"),
                "Unable to determine the device handle for GPU 0000:3C:00.0: GPU is lost.  Reboot the system"));

        assertThat(snapshot.readDouble(GpuTable.POWER_W, 0)).isEqualTo(320.0);
        assertThat(snapshot.readStatus(0)).isEqualTo(DeviceStatus.OK);
        assertThat(snapshot.readHung(1)).isTrue();
        assertThat(driver.counter(NvidiaSmiCounter.QUERY_FAILURES)).isEqualTo(1);
        assertThat(driver.lastError()).isEqualTo(
                "query: exit 15: Unable to determine the device handle for GPU 0000:3C:00.0: GPU is lost.  Reboot the system");
    }

    @Test
    void anAnswerWithoutAnyRowIsAToolFailureNotAHang() {
        accept(rows(0, GPU0, GPU1));
        accept(rows(9, "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."));
        accept(ToolResult.exited(0, ""));

        for (int g = 0; g < 2; g++) {
            assertThat(snapshot.readStatus(g)).isEqualTo(DeviceStatus.NO_RESPONSE);
            assertThat(snapshot.readHung(g)).isFalse();
        }
        assertThat(driver.counter(NvidiaSmiCounter.QUERY_FAILURES)).isEqualTo(2);
        assertThat(driver.counter(NvidiaSmiCounter.GPUS_LOST)).isZero();
        assertThat(driver.lastError()).isEqualTo("query: exit 0");
    }

    @Test
    void aGpuThatNeverAnsweredIsNoResponseButNotHung() {
        accept(rows(0, GPU0));
        accept(rows(0, GPU0));

        assertThat(snapshot.readStatus(1)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(snapshot.readHung(1)).as("a count set above the real one is not a hang").isFalse();
        assertThat(driver.counter(NvidiaSmiCounter.GPUS_LOST)).isZero();
    }

    @Test
    void readersSeeOnlyWhatWasPublished() {
        assertThat(snapshot.published()).isFalse();
        assertThat(snapshot.readDouble(GpuTable.POWER_W, 0)).isNaN();
        assertThat(snapshot.readStatus(0)).isEqualTo(DeviceStatus.NO_RESPONSE);

        accept(rows(0, GPU0, GPU1));
        GpuTable next = new GpuTable(2);
        next.values[GpuTable.POWER_W][0] = 1.0;
        assertThat(snapshot.readDouble(GpuTable.POWER_W, 0)).isEqualTo(312.45);
        assertThat(snapshot.publishedNs()).isEqualTo(nowNs);

        snapshot.publish(next, nowNs + 1);
        snapshot.publish(next, nowNs + 2);
        assertThat(snapshot.readDouble(GpuTable.POWER_W, 0)).isEqualTo(1.0);
        assertThat(snapshot.readStatus(0)).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(snapshot.publishedNs()).isEqualTo(nowNs + 2);
    }
}

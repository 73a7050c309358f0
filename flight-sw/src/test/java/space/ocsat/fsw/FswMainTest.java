package space.ocsat.fsw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.hal.platform.ProcessWatchdog;

class FswMainTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FswMain.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    @Test
    void badOptionsAreAUsageErrorNamingTheOption() {
        assertThat(run("--hal", "nvidia-smi", "--store", dir.toString())).isEqualTo(FswMain.EXIT_USAGE);
        assertThat(err.toString()).contains("--hal must be remote:HOST:PORT");
        assertThat(run("--hal", "remote:localhost:99999")).isEqualTo(FswMain.EXIT_USAGE);
        assertThat(run("--hal", "remote:localhost:4760", "--driver", "fast")).isEqualTo(FswMain.EXIT_USAGE);
        assertThat(run("--store", dir.toString())).as("--hal is required").isEqualTo(FswMain.EXIT_USAGE);
    }

    @Test
    void noSimulatorInTimeIsAFailureThatStillShutsDownCleanly() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nobody listens there
        }
        Path store = dir.resolve("store");
        assertThat(run("--hal", "remote:127.0.0.1:" + port, "--store", store.toString(), "--connect-timeout-s", "0.3",
                "--no-fsync")).isEqualTo(1);
        assertThat(err.toString()).contains("no HAL bridge at 127.0.0.1:" + port);
        assertThat(store.resolve("nvs.bin")).exists();
        assertThat(Files.exists(store.resolve(ProcessWatchdog.MARKER))).as("a clean shutdown removes the marker")
                .isFalse();
    }
}

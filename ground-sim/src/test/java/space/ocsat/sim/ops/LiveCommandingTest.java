package space.ocsat.sim.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.sim.cli.OcsatCommand;

/**
 * End to end through a real broker: a live run on the embedded broker, paced fast, and the ops console
 * sending commands to it. Bounded: the run lasts a few wall seconds.
 */
class LiveCommandingTest {
    @TempDir
    Path dir;

    private static int ocsat(StringWriter out, String... args) {
        return OcsatCommand.execute(args, new PrintWriter(out, true), new PrintWriter(out, true));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void opsCommandsCompleteAndBadReplayedForgedTruncatedOnesAreRejectedWithTheirOwnCodes() throws Exception {
        Path run = dir.resolve("live");
        StringWriter runOut = new StringWriter();
        CompletableFuture<Integer> live = CompletableFuture.supplyAsync(
                () -> ocsat(runOut, "run", "--realtime", "--speed", "10", "--duration", "4min", "--quiet",
                        "--out", run.toString()));
        for (int i = 0; i < 200 && !Files.exists(run.resolve("session.json")); i++) {
            Thread.sleep(50);
        }
        assertThat(run.resolve("session.json")).exists();

        StringWriter noop = new StringWriter();
        assertThat(ocsat(noop, "ops", "--session", run.toString(), "send", "Noop", "--wait")).as(noop.toString()).isZero();
        assertThat(noop.toString()).containsSubsequence("ACCEPTED", "STARTED", "COMPLETED");

        StringWriter bad = new StringWriter();
        assertThat(ocsat(bad, "ops", "--session", run.toString(), "send", "SetGpuPowerCap", "--gpu", "3",
                "--cap-w", "5000", "--wait")).isEqualTo(1);
        assertThat(bad.toString()).contains("REJECTED ARGUMENT_OUT_OF_RANGE");

        StringWriter replay = new StringWriter();
        assertThat(ocsat(replay, "ops", "--session", run.toString(), "send", "Noop", "--tamper", "replay")).isEqualTo(1);
        assertThat(replay.toString()).containsSubsequence("COMPLETED", "replayed the same bytes", "REJECTED STALE_SEQUENCE");
        StringWriter forged = new StringWriter();
        assertThat(ocsat(forged, "ops", "--session", run.toString(), "send", "Noop", "--tamper", "forge", "--wait")).isEqualTo(1);
        assertThat(forged.toString()).contains("REJECTED BAD_MAC");
        StringWriter truncated = new StringWriter();
        assertThat(ocsat(truncated, "ops", "--session", run.toString(), "send", "Noop", "--tamper", "truncate", "--wait")).isEqualTo(1);
        assertThat(truncated.toString()).contains("REJECTED FORMAT_ERROR");

        StringWriter watch = new StringWriter();
        assertThat(ocsat(watch, "ops", "--session", run.toString(), "watch", "--packet", "power", "--count", "3",
                "--timeout-s", "20")).isZero();
        assertThat(watch.toString().lines().filter(l -> l.contains("PowerHk") && l.contains("soc ")).count()).isEqualTo(3);

        StringWriter tagged = new StringWriter();
        assertThat(ocsat(tagged, "ops", "--session", run.toString(), "send", "SetGpuPowerCap", "--gpu", "all",
                "--cap-w", "300", "--at", "2026-03-20T13:00:00Z")).as(tagged.toString()).isZero();
        String sequence = tagged.toString().replaceAll("(?s).*seq (\\d+).*", "$1");
        StringWriter listed = new StringWriter();
        assertThat(ocsat(listed, "ops", "--session", run.toString(), "schedule")).as(listed.toString()).isZero();
        assertThat(listed.toString()).contains(sequence + " ", "SetGpuPowerCap", "2026-03-20T13:00:00Z");
        StringWriter cancelled = new StringWriter();
        assertThat(ocsat(cancelled, "ops", "--session", run.toString(), "schedule", "--cancel", sequence))
                .as(cancelled.toString()).isZero();
        assertThat(cancelled.toString()).contains("cancelled " + sequence, "no time-tagged commands waiting");

        StringWriter acked = new StringWriter();
        assertThat(ocsat(acked, "ops", "--session", run.toString(), "ack", "--listen-s", "2")).as(acked.toString()).isZero();
        assertThat(acked.toString()).contains("acknowledged ", "HK_POWER #", "HK_EXEC #");

        StringWriter after = new StringWriter();
        assertThat(ocsat(after, "ops", "--session", run.toString(), "send", "Noop", "--wait")).as("still running").isZero();

        assertThat(live.get(50, TimeUnit.SECONDS)).as(runOut.toString()).isZero();
        assertThat(Files.readString(run.resolve("events.csv"))).contains("COMMAND_COMPLETED", "COMMAND_REJECTED");
        String summary = Files.readString(run.resolve("summary.json"));
        long frames = Long.parseLong(summary.replaceAll("(?s).*\"telemetryFrames\": (\\d+).*", "$1"));
        long backlog = Long.parseLong(summary.replaceAll("(?s).*\"telemetryBacklogEnd\": (\\d+).*", "$1"));
        assertThat(backlog).as("the recorder released what ops acknowledged (without it: all %d)", frames)
                .isLessThan(frames - 100);
    }

    @Test
    void opsRejectsAnUnknownCommandListingTheValidOnes() {
        StringWriter out = new StringWriter();
        int code = ocsat(out, "ops", "--broker", "tcp://127.0.0.1:1", "--sat", "1", "--key", "/nonexistent",
                "send", "Reboot");
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("unknown command 'Reboot'; valid: Noop, SetMode");
        assertThat(out.toString().strip().lines().count()).isEqualTo(1);
    }
}

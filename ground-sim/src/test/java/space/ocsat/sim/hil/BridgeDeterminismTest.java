package space.ocsat.sim.hil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.sim.cli.OcsatCommand;

/**
 * Determinism across the HIL bridge: the same mission and seed give a byte-identical telemetry archive whether the
 * flight software runs in process ({@code ocsat run}) or as a separate JVM ({@code ocsat fsw}) over the bridge of
 * {@code ocsat serve-hal} in lockstep.
 */
class BridgeDeterminismTest {
    private static final String DURATION = "20min";
    private static final String SEED = "3";

    @TempDir
    Path dir;

    @Test
    void aSeparateFlightSoftwareProcessInLockstepWritesTheInProcessArchiveByteForByte() throws Exception {
        StringWriter inOut = new StringWriter();
        int inProcess = OcsatCommand.execute(new String[] {"run", "--duration", DURATION, "--seed", SEED, "--out",
            dir.resolve("in-process").toString(), "--quiet"}, new PrintWriter(inOut), new PrintWriter(inOut));
        assertThat(inProcess).as(inOut.toString()).isZero();

        int port = FswProcess.freePort();
        StringWriter simOut = new StringWriter();
        CompletableFuture<Integer> sim = CompletableFuture.supplyAsync(() -> OcsatCommand.execute(new String[] {
            "serve-hal", "--port", Integer.toString(port), "--duration", DURATION, "--seed", SEED, "--out",
            dir.resolve("bridged").toString(), "--quiet", "--connect-timeout-s", "60"},
                new PrintWriter(simOut), new PrintWriter(simOut)));
        long startNs = System.nanoTime();
        try (FswProcess fsw = FswProcess.start(dir.resolve("fsw.log"), "--hal", "remote:127.0.0.1:" + port,
                "--store", dir.resolve("store").toString(), "--no-fsync", "--connect-timeout-s", "60")) {
            int fswExit = fsw.waitFor(180);
            int simExit = sim.get(30, TimeUnit.SECONDS);
            double wallS = (System.nanoTime() - startNs) / 1e9;
            assertThat(simExit).as("serve-hal:\n%s\nfsw:\n%s", simOut, fsw.output()).isZero();
            assertThat(fswExit).as("fsw:\n%s", fsw.output()).isZero();
            System.out.printf("bridged lockstep run: %s%n  (%.1f s wall with the flight software's JVM start)%n",
                    simOut.toString().lines().filter(l -> l.contains("ticks/s")).findFirst().orElse("?").trim(),
                    wallS);
        }

        byte[] expected = Files.readAllBytes(dir.resolve("in-process/telemetry.frames"));
        byte[] bridged = Files.readAllBytes(dir.resolve("bridged/telemetry.frames"));
        assertThat(expected.length).as("the in-process archive holds frames").isGreaterThan(100_000);
        assertThat(firstDifference(expected, bridged)).as("first differing byte (-1: none) of %d and %d bytes",
                expected.length, bridged.length).isEqualTo(-1);
        String summary = Files.readString(dir.resolve("bridged/summary.json"));
        assertThat(summary).contains("\"bridgeStatusMismatches\": 0", "\"bridgeRejectedMalformed\": 0",
                "\"bridgeFramesLate\": 0");
    }

    private static long firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }
}

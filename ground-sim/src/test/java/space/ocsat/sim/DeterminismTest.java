package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path dir;

    private MissionConfig mission(long seed) {
        MissionConfig m = new MissionConfig();
        m.seed = seed;
        m.durationS = 2 * 3600;
        return m;
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalTelemetryEventsAndArchive() throws Exception {
        SimulationFixture.run(mission(42), dir.resolve("a"));
        SimulationFixture.run(mission(42), dir.resolve("b"));

        byte[] a = Files.readAllBytes(dir.resolve("a/telemetry.csv"));
        byte[] b = Files.readAllBytes(dir.resolve("b/telemetry.csv"));
        assertThat(a.length).as("two hours at one row per second").isGreaterThan(7200 * 50);
        assertThat(b).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("b/events.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/events.csv")));
        byte[] archive = Files.readAllBytes(dir.resolve("a/telemetry.frames"));
        assertThat(archive.length).as("five packets a second for two hours").isGreaterThan(5 * 7200 * 100);
        assertThat(Files.readAllBytes(dir.resolve("b/telemetry.frames"))).isEqualTo(archive);
    }

    @Test
    void aDifferentSeedChangesTheSensorNoiseAndSoTheTelemetry() throws Exception {
        SimulationFixture.run(mission(1), dir.resolve("s1"));
        SimulationFixture.run(mission(2), dir.resolve("s2"));
        assertThat(Files.readAllBytes(dir.resolve("s2/telemetry.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("s1/telemetry.csv")));
    }
}

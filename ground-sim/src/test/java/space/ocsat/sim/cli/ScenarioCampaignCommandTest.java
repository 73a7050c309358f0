package space.ocsat.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCampaignCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OcsatCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aSmallCampaignDetectsEveryFaultAndWritesItsSummaries(@TempDir Path dir) throws Exception {
        int code = run("scenario", "campaign", "--count", "12", "--seed", "5", "--out", dir.toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("12 runs").contains("0 failed").contains("all");
        String csv = Files.readString(dir.resolve("summary.csv"));
        assertThat(csv.lines().count()).isEqualTo(13);
        assertThat(csv).doesNotContain("MISSED").doesNotContain("CRASH").doesNotContain("INVARIANT");
        assertThat(Files.readString(dir.resolve("junit.xml"))).contains("tests=\"12\" failures=\"0\" errors=\"0\"");
        assertThat(Files.readString(dir.resolve("summary.html"))).contains("<table>");
    }

    @Test
    void badOptionsExitWithTwoAndSayWhy(@TempDir Path dir) {
        assertThat(run("scenario", "campaign", "--count", "5", "--faults", "gpu.melt", "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("gpu.melt").contains("choose from");
        assertThat(run("scenario", "campaign", "--count", "5", "--shard", "2of3", "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--shard is i/n");
    }
}

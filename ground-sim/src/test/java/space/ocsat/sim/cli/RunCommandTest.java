package space.ocsat.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import space.ocsat.sim.options.DurationConverter;

class RunCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int ocsat(String... args) {
        return OcsatCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run --duration 5x|needs a unit",
        "run --duration -3h|positive duration",
        "run --duration abch|not a number",
        "run --epoch yesterday|ISO-8601",
        "run --sso --inclination-deg 53|drop --inclination-deg",
        "run --altitude-km 50|altitude must be",
        "run --age-years -1|age must be",
        "run --bogus|Unknown option",
        "run --seed twelve|twelve",
        "frobnicate|Unmatched argument"})
    void rejectsBadOptionsWithOneLineAndExitCodeTwo(String args, String message) {
        int code = ocsat(args.split(" "));
        assertThat(code).isEqualTo(2);
        String text = err.toString();
        assertThat(text).contains(message);
        assertThat(text.strip().lines().count()).isEqualTo(1);
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void writesTheRunFolderAndPrintsTheSummary() throws Exception {
        Path run = dir.resolve("r1");
        int code = ocsat("run", "--duration", "2min", "--out", run.toString(), "--quiet", "--seed", "3");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(run.resolve("telemetry.csv"))).as("header + t = 0 … 120 s").hasSize(122);
        String json = Files.readString(run.resolve("summary.json"));
        assertThat(json).contains("\"socMin\":", "\"gpuTempMaxK\":", "\"eclipseMinutesPerOrbit\":",
                "\"wallSeconds\":", "\"speedup\":", "\"seed\": 3");
        assertThat(out.toString()).contains("battery SoC", "wall time");
        assertThat(Files.exists(dir.resolve("latest"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .as("--out names the folder; only the default runs/ folder gets a latest link").isFalse();
    }

    @Test
    void defaultRunFoldersAreTimestampedAndLatestPointsAtTheNewest() throws Exception {
        Path runs = dir.resolve("runs");
        Path first = RunFolder.fresh(runs);
        Files.createDirectories(first);
        RunFolder.linkLatest(first);
        Path second = RunFolder.fresh(runs);
        Files.createDirectories(second);
        RunFolder.linkLatest(second);
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readSymbolicLink(runs.resolve("latest"))).isEqualTo(second.getFileName());
    }

    @Test
    void rejectsAnOutPathThatIsAFileWithExitCodeTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(ocsat("run", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("exists and is not a folder");
        assertThat(ocsat("run", "--out", file.resolve("sub").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot create the folder");
    }

    @Test
    void parsesEveryDurationUnit() {
        assertThat(DurationConverter.parseSeconds("60s")).isEqualTo(60);
        assertThat(DurationConverter.parseSeconds("90min")).isEqualTo(5400);
        assertThat(DurationConverter.parseSeconds("3h")).isEqualTo(10800);
        assertThat(DurationConverter.parseSeconds("30d")).isEqualTo(30 * 86400);
        assertThat(DurationConverter.parseSeconds("1.5d")).isEqualTo(1.5 * 86400);
    }
}

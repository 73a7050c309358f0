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
        assertThat(Files.isSymbolicLink(dir.resolve("latest"))).isTrue();
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

package space.ocsat.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.sim.cli.OcsatCommand;

/** Every scenario in ground-sim/scenarios runs and passes, through the command test engineers use. */
class ScenarioFilesTest {
    @TempDir
    Path out;

    @Test
    void everyCommittedScenarioPasses() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = OcsatCommand.execute(new String[] {"scenario", "run", "scenarios", "--quiet", "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        System.out.println(stdout);
        assertThat(code).as("exit code; stderr: %s", stderr).isZero();
        assertThat(stdout.toString()).contains(" expectations, 0 failed").doesNotContainPattern("(?m)^\\S+\\s+FAIL\\s")
                .doesNotContain(": FAIL in");
        assertThat(Files.readString(out.resolve("coolant-pump-trip").resolve("junit.xml")))
                .contains("<testsuite name=\"scenario.coolant-pump-trip\" tests=\"7\" failures=\"0\"");
        assertThat(out.resolve("nominal-day").resolve("telemetry.csv")).exists();
        String html = Files.readString(out.resolve("coolant-pump-trip").resolve("report.html"));
        assertThat(html.split("<svg", -1)).as("five inline SVG plots").hasSize(6);
        assertThat(html).contains("coolant-pump-trip — PASS").contains("fault coolant.pump_trip")
                .as("self-contained: nothing fetched").doesNotContain("src=\"http", "href=\"http", "<script", "<link");
    }
}

package space.ocsat.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.sim.cli.OcsatCommand;

/** Bad scenario files are refused before anything runs (exit 2, file:line, the word, the choices); failed expectations exit 1. */
class ScenarioCommandTest {
    private static final String GOOD = """
            name: short
            duration: 2min
            timeline:
              - {at: 30s, fault: gpu.hang, target: "gpu[2]"}
            expect:
              - always: battery.soc >= 0.4
            """;

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String yaml) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcsatCommand.execute(new String[] {"scenario", "run", file.toString(), "--quiet", "--out",
                dir.resolve("out").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private void assertRefused(Outcome o, String... parts) {
        assertThat(o.code()).as(o.err()).isEqualTo(OcsatCommand.EXIT_USAGE);
        assertThat(o.err()).contains(dir.resolve("s.yaml").toString()).contains(parts)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(o.out()).as("nothing ran").doesNotContain("PASS").doesNotContain("FAIL");
    }

    @Test
    void runsAGoodFile() throws Exception {
        Outcome o = run(GOOD);
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("short").contains("PASS");
    }

    @Test
    void refusesAnUnknownFaultNamingTheLineAndTheChoices() throws Exception {
        assertRefused(run(GOOD.replace("gpu.hang", "gpu.hnag")), ":4:", "unknown fault 'gpu.hnag'", "gpu.hang",
                "coolant.pump_trip");
    }

    @Test
    void refusesAnUnknownTelemetryPoint() throws Exception {
        assertRefused(run(GOOD.replace("battery.soc", "battery.charge")), ":6:",
                "unknown telemetry point 'battery.charge'", "battery.soc");
    }

    @Test
    void refusesABadDuration() throws Exception {
        assertRefused(run(GOOD.replace("2min", "2 fortnights")), ":2:", "bad duration '2 fortnights'");
    }

    @Test
    void refusesBadYaml() throws Exception {
        assertRefused(run(GOOD.replace("- {at: 30s,", "- {at: 30s")), "not valid YAML");
    }

    @Test
    void refusesAnUnknownKeyAndATargetOutOfRange() throws Exception {
        assertRefused(run(GOOD.replace("duration:", "durration:")), ":2:", "unknown key 'durration'", "duration");
        assertRefused(run(GOOD.replace("gpu[2]", "gpu[16]")), ":4:", "target must be gpu[0..15]");
    }

    @Test
    void refusesAnUnknownEventAndATargetOfTheWrongKind() throws Exception {
        assertRefused(run(GOOD.replace("battery.soc >= 0.4", "event GPU_EXPLODED")), ":6:", "unknown event 'GPU_EXPLODED'",
                "FAULT_CONFIRMED");
        assertRefused(run(GOOD.replace("gpu.hang", "terminal.gimbal_stuck")), ":4:",
                "target must be terminal[FORE|AFT|LEFT|RIGHT|GROUND]");
        assertRefused(run(GOOD.replace("gpu.hang", "battery.cell_short")), ":4:", "target must be battery.cell[0..27]");
    }

    @Test
    void exitsOneAndSaysWhenAnExpectationFails() throws Exception {
        Outcome o = run(GOOD.replace("battery.soc >= 0.4", "gpu[2].isolated == true"));
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out()).contains("FAIL  always: gpu[2].isolated == true  <- false at t=1s (line 6)");
        assertThat(Files.readString(dir.resolve("out").resolve("short").resolve("junit.xml")))
                .contains("failures=\"1\"").contains("<failure message=\"false at t=1s (line 6)\"/>");
    }
}

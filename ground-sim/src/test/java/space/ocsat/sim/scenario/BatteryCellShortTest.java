package space.ocsat.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.sim.cli.OcsatCommand;

/**
 * The committed battery-cell-short scenario shows the recount keeps every cell at or under 4.1 V. This is its control:
 * with the cell-count monitor switched off by command, the same short makes the regulator overcharge the 27 cells
 * left past 4.2 V, so the campaign invariant on the cell voltage can fail and the recount is what keeps it.
 */
class BatteryCellShortTest {
    private static final String UNPROTECTED = """
            name: cell-short-unprotected
            seed: 67
            duration: 8h
            timeline:
              - {at: 1min, command: Arm, args: {command: LoadMonitorTable, windowS: 60}}
              - {at: 2min, command: LoadMonitorTable, args: {entries: "19:-1:EVENT_ONLY:5:false"}}
              - {at: 30min, fault: battery.cell_short, target: "battery.cell[5]"}
            expect:
              - eventually: event MONITOR_TABLE_LOADED
                after: 2min
                within: 2s
              - never: event BATTERY_RECOUNTED
              - at: 1h
                that: battery.cells == 28
              - eventually: truth.battery.cell_max_v > 4.2
            """;

    @TempDir
    Path dir;

    @Test
    void withoutTheRecountTheRegulatorOverchargesTheCellsLeft() throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, UNPROTECTED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcsatCommand.execute(new String[] {"scenario", "run", file.toString(), "--quiet", "--out",
                dir.resolve("out").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("every expectation holds; out: %s err: %s", out, err).isZero();
    }
}

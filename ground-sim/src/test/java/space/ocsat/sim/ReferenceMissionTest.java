package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.sim.orbit.OrbitGeometry;
import space.ocsat.sim.report.RunSummary;
import space.ocsat.sim.report.TelemetryCsv;

/** The default mission (3 orbits, β ≈ 0), run once and checked against physics and the limits. */
class ReferenceMissionTest {
    @TempDir
    static Path dir;
    static RunSummary summary;
    static List<double[]> rows;
    static int socColumn;
    static int eclipseColumn;

    @BeforeAll
    static void runDefaultMission() throws Exception {
        summary = SimulationFixture.run(new MissionConfig(), dir);
        List<String> lines = Files.readAllLines(dir.resolve("telemetry.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(lines.get(0)).isEqualTo(TelemetryCsv.HEADER);
        socColumn = header.indexOf("battery_soc");
        eclipseColumn = header.indexOf("eclipse");
        rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(new double[] {Double.parseDouble(f[eclipseColumn]), Double.parseDouble(f[socColumn])});
        }
    }

    @Test
    void defaultEpochAndNodeGiveABetaAngleNearZero() {
        assertThat(summary.number("betaMinDeg")).isGreaterThan(-2);
        assertThat(summary.number("betaMaxDeg")).isLessThan(2);
        assertThat(summary.number("orbits")).isCloseTo(3.0, within(0.01));
    }

    @Test
    void eclipseLengthMatchesTheClosedFormFractionForTheBetaAngle() {
        double betaRad = Math.toRadians(summary.number("betaDeg"));
        double expectedMin = OrbitGeometry.closedFormEclipseFraction(550e3, betaRad) * summary.number("orbitPeriodMinutes");
        assertThat(summary.number("eclipses")).isGreaterThanOrEqualTo(2);
        assertThat(summary.number("eclipseMinutesPerOrbit")).isCloseTo(expectedMin, within(0.02 * expectedMin));
        assertThat(expectedMin).as("near the 35.6 min maximum (REFERENCE.md)").isCloseTo(35.6, within(0.3));
    }

    @Test
    void socFallsInEveryEclipseAndRecoversInSunlight() {
        int eclipsesSeen = 0;
        int i = 0;
        while (i < rows.size() && rows.get(i)[0] == 1) {
            i++;
        }
        while (i < rows.size()) {
            while (i < rows.size() && rows.get(i)[0] == 0) {
                i++;
            }
            if (i >= rows.size()) {
                break;
            }
            double entry = rows.get(i)[1];
            while (i < rows.size() && rows.get(i)[0] == 1) {
                i++;
            }
            if (i >= rows.size()) {
                break;
            }
            double exit = rows.get(i)[1];
            assertThat(exit).as("SoC at eclipse exit below entry").isLessThan(entry - 0.05);
            double sunlitMax = exit;
            while (i < rows.size() && rows.get(i)[0] == 0) {
                sunlitMax = Math.max(sunlitMax, rows.get(i)[1]);
                i++;
            }
            assertThat(sunlitMax).as("SoC recovers in sunlight").isGreaterThan(exit + 0.05);
            eclipsesSeen++;
        }
        assertThat(eclipsesSeen).isGreaterThanOrEqualTo(2);
    }

    @Test
    void noTemperaturePassesItsLimitAndTheBatteryStaysAboveItsHardFloor() {
        FswConfig limits = new FswConfig();
        assertThat(summary.number("gpuTempMaxK")).as("H100 max operating 87 °C").isLessThan(360.15);
        assertThat(summary.number("gpuSlowdownSeconds")).isZero();
        assertThat(summary.number("coolantTempMaxK")).isLessThan(limits.coolantOutletMaxK);
        assertThat(summary.number("radiatorTempMaxK")).isLessThan(limits.radiatorMaxK);
        assertThat(summary.number("coolantTempMinK")).isGreaterThan(273.15);
        assertThat(summary.number("batteryTempMinK")).isGreaterThan(limits.chargeTempMinK);
        assertThat(summary.number("batteryTempMaxK")).isLessThan(limits.chargeTempMaxK);
        assertThat(summary.number("socMin")).isGreaterThan(limits.socHardFloor);
        assertThat(summary.get("modeEnd")).isEqualTo("OPERATIONAL");
    }

    @Test
    void computeRunsAndTheWatchdogIsKeptKicked() {
        assertThat(summary.number("gpuEnergyKWh")).isGreaterThan(0);
        assertThat(summary.number("watchdogExpirations")).isZero();
        assertThat(summary.number("cycles")).isEqualTo(Simulation.stepsFor(summary.number("durationS")));
    }
}

package space.ocsat.sim.scenario;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What a scenario run leaves for people and tools: the verdict table on the console, JUnit XML in its folder. */
public final class ScenarioReports {
    private ScenarioReports() {
    }

    /** Writes {@code junit.xml} and {@code report.html} into the scenario's folder. */
    public static void write(ScenarioRunner.Result result, double wallS) throws IOException {
        JUnitXml.write(result, wallS, result.outDir().resolve("junit.xml"));
        ScenarioHtml.write(result, result.series(), wallS, result.outDir().resolve("report.html"));
    }

    /** Prints one row per expectation: scenario, verdict, expectation, and for a failure when and why. */
    public static void printTable(List<ScenarioRunner.Result> results, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-28s %-5s %s%n", "scenario", "", "expectation");
        for (ScenarioRunner.Result r : results) {
            for (ScenarioRunner.Verdict v : r.verdicts()) {
                out.printf(Locale.ROOT, "%-28s %-5s %s%s%n", r.scenario().name(), v.passed() ? "pass" : "FAIL",
                        v.expectation().label(), v.passed() ? "" : "  <- " + JUnitXml.failure(v));
            }
        }
        long failed = results.stream().flatMap(r -> r.verdicts().stream()).filter(v -> !v.passed()).count();
        long total = results.stream().mapToLong(r -> r.verdicts().size()).sum();
        out.printf(Locale.ROOT, "%d scenarios, %d expectations, %d failed%n", results.size(), total, failed);
    }
}

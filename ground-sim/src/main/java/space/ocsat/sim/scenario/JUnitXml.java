package space.ocsat.sim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A scenario's verdicts as a JUnit XML report (one test case per expectation), the format CI tools read. */
final class JUnitXml {
    private JUnitXml() {
    }

    static void write(ScenarioRunner.Result result, double wallS, Path file) throws IOException {
        long failures = result.verdicts().stream().filter(v -> !v.passed()).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" time=\"%.3f\">%n",
                escape("scenario." + result.scenario().name()), result.verdicts().size(), failures, wallS));
        for (ScenarioRunner.Verdict v : result.verdicts()) {
            sb.append("  <testcase classname=\"").append(escape("scenario." + result.scenario().name()))
                    .append("\" name=\"").append(escape(v.expectation().label())).append('"');
            if (v.passed()) {
                sb.append("/>\n");
            } else {
                sb.append(">\n    <failure message=\"").append(escape(failure(v))).append("\"/>\n  </testcase>\n");
            }
        }
        sb.append("</testsuite>\n");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    static String failure(ScenarioRunner.Verdict v) {
        return v.reason() + " at t=" + Durations.format(Math.round(v.atS())) + " (line " + v.expectation().line() + ")";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

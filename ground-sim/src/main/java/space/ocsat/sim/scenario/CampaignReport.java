package space.ocsat.sim.scenario;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import space.ocsat.sim.scenario.CampaignRunner.Kind;
import space.ocsat.sim.scenario.CampaignRunner.Outcome;

/**
 * A campaign's summary: per fault, how often it was injected, detected within its budget (and how fast), isolated,
 * and whether the satellite was operational at the end; every failure with its seed and the command that reproduces
 * it. Written as {@code summary.csv} (one row per run), {@code summary.html} and {@code junit.xml} (one test case per
 * run), and printed on the console.
 */
public final class CampaignReport {
    private CampaignReport() {
    }

    /** One fault's counts over the campaign (a double-fault run counts for both of its faults). */
    static final class Row {
        int injections;
        int detected;
        int isolations;
        int operational;
        int invariantBreaks;
        int crashes;
        final List<Double> latencies = new ArrayList<>();

        double percentile(double q) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = latencies.stream().sorted().toList();
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
        }
    }

    /** @return per fault (catalog order), then "all" */
    static Map<String, Row> rows(CampaignRunner.Result r) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String f : FaultCatalog.SIMULATED) {
            if (r.options().faults().contains(f)) {
                rows.put(f, new Row());
            }
        }
        Row all = new Row();
        for (Outcome o : r.outcomes()) {
            for (int i = 0; i < o.run().faults().size(); i++) {
                for (Row row : List.of(rows.get(o.run().faults().get(i).fault()), all)) {
                    row.injections++;
                    double d = o.detectionS()[i];
                    if (!Double.isNaN(d)) {
                        row.detected++;
                        row.latencies.add(d);
                    }
                    row.isolations += o.isolated() ? 1 : 0;
                    row.operational += o.operationalAtEnd() ? 1 : 0;
                    row.invariantBreaks += o.kind() == Kind.INVARIANT ? 1 : 0;
                    row.crashes += o.kind() == Kind.CRASH ? 1 : 0;
                }
            }
        }
        rows.put("all", all);
        return rows;
    }

    /** Writes summary.csv, summary.html and junit.xml into {@code out}. */
    public static void write(CampaignRunner.Result r, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.csv"), csv(r), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("summary.html"), html(r, out), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("junit.xml"), junit(r, out), StandardCharsets.UTF_8);
    }

    static String csv(CampaignRunner.Result r) {
        StringBuilder sb = new StringBuilder("run,seed,faults,outcome,detection_s,isolated,operational_at_end,detail\n");
        for (Outcome o : r.outcomes()) {
            sb.append(o.run().index()).append(',').append(o.run().seed()).append(',')
                    .append(quote(faults(o))).append(',').append(o.kind()).append(',')
                    .append(quote(latencies(o))).append(',').append(o.isolated()).append(',')
                    .append(o.operationalAtEnd()).append(',').append(quote(o.detail())).append('\n');
        }
        return sb.toString();
    }

    /** Prints the per-fault table, the failures and the totals. */
    public static void print(CampaignRunner.Result r, Path out, PrintWriter console) {
        console.println();
        console.printf(Locale.ROOT, "%-20s %6s %9s %8s %8s %9s %10s %9s %7s%n", "fault", "runs", "detected", "p50 s",
                "max s", "isolated", "oper. end", "invariant", "crash");
        rows(r).forEach((fault, row) -> console.printf(Locale.ROOT, "%-20s %6d %9s %8.0f %8.0f %9d %10d %9d %7d%n",
                fault, row.injections, row.detected + " " + pct(row.detected, row.injections), row.percentile(0.5),
                row.percentile(1), row.isolations, row.operational, row.invariantBreaks, row.crashes));
        for (Outcome o : r.outcomes()) {
            if (o.kind() != Kind.PASS) {
                console.printf(Locale.ROOT, "%s run %d (seed %d, %s): %s%n    reproduce: %s%n", o.kind(),
                        o.run().index(), o.run().seed(), faults(o), o.detail(), reproduce(o, out));
            }
        }
        long failed = r.outcomes().stream().filter(o -> o.kind() != Kind.PASS).count();
        console.printf(Locale.ROOT, "%d runs (shard %d/%d of %d, seed %d%s), %d failed, %.1f s on %d threads -> %s%n",
                r.outcomes().size(), r.options().shard(), r.options().shards(), r.options().count(), r.options().seed(),
                r.options().doubleFaults() ? ", double faults" : "", failed, r.wallS(), r.threads(), out);
    }

    static String reproduce(Outcome o, Path out) {
        return "./ocsat scenario run " + out.resolve("runs").resolve(o.run().name()).resolve("scenario.yaml");
    }

    private static String html(CampaignRunner.Result r, Path out) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>fault campaign</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:"
                + "collapse}td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}td:first-child,th:first-child"
                + "{text-align:left}.fail{color:#b00}</style></head><body>\n");
        Campaign.Options o = r.options();
        h.append(String.format(Locale.ROOT, "<h1>Fault campaign</h1><p>%d runs (shard %d/%d of %d), seed %d, %s, "
                        + "%.0f simulated minutes each; %.1f s wall on %d threads.</p>%n", r.outcomes().size(), o.shard(),
                o.shards(), o.count(), o.seed(), o.doubleFaults() ? "two faults per run" : "one fault per run",
                Campaign.DURATION_S / 60, r.wallS(), r.threads()));
        h.append("<p>Invariants checked every simulated second, on the simulated truth: ")
                .append(esc(String.join("; ", Campaign.INVARIANTS))).append("; no unhandled exception.</p>\n");
        h.append("<table><tr><th>fault</th><th>injections</th><th>detected in budget</th><th>budget s</th>"
                + "<th>p50 s</th><th>max s</th><th>isolated</th><th>operational at end</th><th>invariant breaks</th>"
                + "<th>crashes</th></tr>\n");
        rows(r).forEach((fault, row) -> {
            FaultCatalog.Detection d = FaultCatalog.DETECTION.get(fault);
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d (%s)</td><td>%s</td><td>%.0f</td>"
                            + "<td>%.0f</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td></tr>%n", esc(fault),
                    row.injections, row.detected, pct(row.detected, row.injections),
                    d == null ? "" : String.format(Locale.ROOT, "%.0f", d.budgetS()), row.percentile(0.5),
                    row.percentile(1), row.isolations, row.operational, row.invariantBreaks, row.crashes));
        });
        h.append("</table>\n<h2>Failures</h2>\n");
        boolean any = false;
        for (Outcome oc : r.outcomes()) {
            if (oc.kind() != Kind.PASS) {
                any = true;
                h.append("<p class=\"fail\">").append(oc.kind()).append(" run ").append(oc.run().index())
                        .append(" (seed ").append(oc.run().seed()).append(", ").append(esc(faults(oc))).append("): ")
                        .append(esc(oc.detail())).append("<br><code>").append(esc(reproduce(oc, out)))
                        .append("</code></p>\n");
            }
        }
        h.append(any ? "" : "<p>None.</p>\n").append("</body></html>\n");
        return h.toString();
    }

    private static String junit(CampaignRunner.Result r, Path out) {
        long failures = r.outcomes().stream().filter(o -> o.kind() == Kind.INVARIANT || o.kind() == Kind.MISSED).count();
        long errors = r.outcomes().stream().filter(o -> o.kind() == Kind.CRASH).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<testsuite name=\"campaign.seed-%d\" tests=\"%d\" failures=\"%d\" "
                + "errors=\"%d\" time=\"%.3f\">%n", r.options().seed(), r.outcomes().size(), failures, errors, r.wallS()));
        for (Outcome o : r.outcomes()) {
            sb.append("  <testcase classname=\"campaign\" name=\"").append(esc(o.run().name() + " " + faults(o)))
                    .append('"');
            if (o.kind() == Kind.PASS) {
                sb.append("/>\n");
            } else {
                String tag = o.kind() == Kind.CRASH ? "error" : "failure";
                sb.append(">\n    <").append(tag).append(" message=\"").append(esc(o.kind() + ": " + o.detail()
                        + " (seed " + o.run().seed() + "; " + reproduce(o, out) + ")")).append("\"/>\n  </testcase>\n");
            }
        }
        return sb.append("</testsuite>\n").toString();
    }

    private static String faults(Outcome o) {
        return String.join(" + ", o.run().faults().stream().map(Campaign.Injection::label).toList());
    }

    private static String latencies(Outcome o) {
        List<String> parts = new ArrayList<>();
        for (double d : o.detectionS()) {
            parts.add(Double.isNaN(d) ? "missed" : String.format(Locale.ROOT, "%.0f", d));
        }
        return String.join(" ", parts);
    }

    private static String pct(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

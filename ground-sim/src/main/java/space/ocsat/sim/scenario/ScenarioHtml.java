package space.ocsat.sim.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.sim.scenario.Scenario.TimelineEntry;

/**
 * A scenario's self-contained HTML report: the verdicts, the timeline, and plots of SoC, power, GPU caps and
 * temperatures, coolant and radiator temperatures and mode, each with the timeline's faults and commands marked on
 * its time axis. The plots are SVG drawn by XChart and inlined: the file needs no network and no other file.
 */
final class ScenarioHtml {
    /** At most this many points per plotted series (the rest are thinned evenly). */
    private static final int MAX_POINTS = 400;

    private ScenarioHtml() {
    }

    static void write(ScenarioRunner.Result result, ScenarioSeries series, double wallS, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Scenario s = result.scenario();
        int stride = Math.max(1, (series.size() + MAX_POINTS - 1) / MAX_POINTS);
        boolean hours = s.durationS() > 6 * 3600;
        double scale = hours ? 3600 : 60;
        double[] t = scaled(series.times(stride), scale);
        String unit = hours ? "h" : "min";
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(s.name())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.pass{color:#186a1e}")
                .append(".fail{color:#b00020;font-weight:bold}svg{display:block;margin:1em 0}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(s.name())).append(" — ").append(result.passed() ? "PASS" : "FAIL")
                .append("</h1>\n<p>").append(esc(s.description())).append("</p>\n");
        html.append(String.format(Locale.ROOT, "<p>seed %d, %s simulated in %.1f s</p>%n", s.seed(),
                Durations.format(s.durationS()), wallS));
        verdicts(html, result);
        timeline(html, s);
        html.append("<h2>Plots</h2>\n");
        chart(html, s, t, unit, scale, "State of charge (flight software estimate)", "SoC",
                new String[] {"SoC"}, new double[][] {series.series("soc", stride)});
        chart(html, s, t, unit, scale, "Power", "W", new String[] {"solar", "load", "GPUs"},
                new double[][] {series.series("solarW", stride), series.series("loadW", stride),
                        series.series("gpuW", stride)});
        chart(html, s, t, unit, scale, "GPU caps (mean of the running GPUs)", "W", new String[] {"cap"},
                new double[][] {series.series("capMeanW", stride)});
        chart(html, s, t, unit, scale, "Temperatures", "K", new String[] {"hottest GPU die", "coolant outlet",
                "hottest radiator zone"}, new double[][] {series.series("gpuTempMaxK", stride),
                series.series("coolantK", stride), series.series("radiatorMaxK", stride)});
        chart(html, s, t, unit, scale, "Mode (" + modeLegend() + ")", "mode", new String[] {"mode"},
                new double[][] {series.series("mode", stride)});
        html.append("</body></html>\n");
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }

    private static void verdicts(StringBuilder html, ScenarioRunner.Result result) {
        html.append("<h2>Expectations</h2>\n<table><tr><th>verdict</th><th>expectation</th><th>line</th>")
                .append("<th>first failing time</th><th>why</th></tr>\n");
        for (ScenarioRunner.Verdict v : result.verdicts()) {
            html.append("<tr><td class=\"").append(v.passed() ? "pass\">pass" : "fail\">FAIL").append("</td><td><code>")
                    .append(esc(v.expectation().label())).append("</code></td><td>").append(v.expectation().line())
                    .append("</td><td>").append(v.passed() ? "" : Durations.format(Math.round(v.atS())))
                    .append("</td><td>").append(esc(v.reason())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void timeline(StringBuilder html, Scenario s) {
        if (s.timeline().isEmpty()) {
            return;
        }
        html.append("<h2>Timeline</h2>\n<table><tr><th>at</th><th>what</th><th>target</th><th>args</th></tr>\n");
        for (TimelineEntry e : s.timeline()) {
            html.append("<tr><td>").append(Durations.format(e.atS())).append("</td><td>")
                    .append(e.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(esc(e.name()))
                    .append("</td><td>").append(e.target() == null ? "" : esc(e.target())).append("</td><td>")
                    .append(e.args().isEmpty() ? "" : esc(e.args().toString())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void chart(StringBuilder html, Scenario s, double[] t, String unit, double scale, String title,
                              String yTitle, String[] names, double[][] ys) throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(260).title(title).xAxisTitle("time, " + unit)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisDecimalPattern("#0.#");
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(13f));
        for (int i = 0; i < names.length; i++) {
            XYSeries series = chart.addSeries(names[i], t, finite(ys[i]));
            series.setMarker(SeriesMarkers.NONE);
        }
        for (TimelineEntry e : s.timeline()) {
            chart.addAnnotation(new AnnotationLine(e.atS() / scale, true, false));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        String svg = out.toString(StandardCharsets.UTF_8);
        int start = svg.indexOf("<svg");
        html.append(start >= 0 ? svg.substring(start) : svg).append('\n');
    }

    /** NaN (no GPU running) plots as the previous value: XChart draws no gaps. */
    private static double[] finite(double[] y) {
        double last = 0;
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = last;
            } else {
                last = out[i];
            }
        }
        return out;
    }

    private static double[] scaled(double[] t, double scale) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i] / scale;
        }
        return out;
    }

    private static String modeLegend() {
        StringBuilder sb = new StringBuilder();
        for (Mode m : Mode.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(m.ordinal()).append(' ').append(m.name());
        }
        return sb.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

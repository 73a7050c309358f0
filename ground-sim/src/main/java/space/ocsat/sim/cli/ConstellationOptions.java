package space.ocsat.sim.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.constellation.ConstellationConfig;
import space.ocsat.sim.constellation.ConstellationRun;
import space.ocsat.sim.links.GroundSites;
import space.ocsat.sim.options.DurationConverter;
import space.ocsat.sim.report.RunSummary;

/** {@code ocsat run --constellation PxS …}: the options of a constellation run and how it is run and printed. */
final class ConstellationOptions {
    @Option(names = "--constellation", paramLabel = "PxS",
            description = "Run a Walker-delta constellation of P planes of S satellites (e.g. 6x11), each with its own "
                    + "flight software, in lockstep on one clock.")
    String shell;

    @Option(names = "--phasing", paramLabel = "F", description = "Walker phasing F, 0..P-1 (default 1).")
    int phasing = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors; "
            + "results do not depend on it).")
    Integer threads;

    @Option(names = "--data-rate-gbps", paramLabel = "GBPS", description = "Result data per satellite at full compute "
            + "(default 1).")
    double dataRateGbps = ConstellationConfig.DEFAULT_DATA_RATE_BPS / 1e9;

    @Option(names = "--store-gb", paramLabel = "GB", description = "Payload store per satellite (default 1000).")
    double storeGb = ConstellationConfig.DEFAULT_STORE_BITS / 8e9;

    @Option(names = "--deadline", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Delivery deadline of result data (default 30min).")
    Double deadlineS;

    @Option(names = "--clouded-sites", paramLabel = "K|LIST", description = "Hold ground stations cloudy: a count K "
            + "(the first K of the network) or a comma list of station indices 0..6.")
    String cloudedSites;

    @Option(names = "--clouded-from", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Start of the forced outage (default 0).")
    Double cloudFromS;

    @Option(names = "--clouded-until", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "End of the forced outage (default: the run's end).")
    Double cloudUntilS;

    Integer run(MissionConfig mission, Path runDir, KeyTable keys, PrintWriter console, CommandLine cli, boolean quiet,
            boolean linkLatest) throws Exception {
        ConstellationConfig c = config(cli);
        double duration = mission.durationS > 0 ? mission.durationS : 3 * mission.orbit().nodalPeriodS();
        ConstellationRun run;
        try {
            run = new ConstellationRun(mission, c, keys);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        console.printf(Locale.ROOT, "ocsat run: constellation %s (%d satellites, phasing %d), %s simulated on %d "
                + "threads, seed %d -> %s%n", shell, run.size(), c.phasing, SummaryPrinter.duration(duration), c.threads,
                mission.seed, runDir);
        console.flush();
        RunSummary summary;
        try (BufferedWriter log = Files.newBufferedWriter(runDir.resolve("links.csv"), StandardCharsets.UTF_8)) {
            summary = run.loggingLinksTo(log).run(duration,
                    new ProgressBar(System.err, !quiet && ProgressBar.onTerminal()));
        }
        Files.writeString(runDir.resolve("summary.json"), summary.toJson(), StandardCharsets.UTF_8);
        writeAvailability(run, runDir);
        if (linkLatest) {
            RunFolder.linkLatest(runDir);
        }
        print(run, summary, console);
        return 0;
    }

    private ConstellationConfig config(CommandLine cli) {
        ConstellationConfig c = new ConstellationConfig();
        String[] ps = shell.toLowerCase(Locale.ROOT).split("x");
        try {
            if (ps.length != 2) {
                throw new NumberFormatException();
            }
            c.planes = Integer.parseInt(ps[0].trim());
            c.perPlane = Integer.parseInt(ps[1].trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cli, "--constellation takes PxS, e.g. 6x11, got " + shell);
        }
        c.phasing = phasing;
        if (threads != null) {
            c.threads = threads;
        }
        c.dataRateBps = dataRateGbps * 1e9;
        c.storeBits = storeGb * 8e9;
        if (deadlineS != null) {
            c.deadlineS = deadlineS;
        }
        c.cloudedSites = sites(cli);
        c.cloudFromS = cloudFromS != null ? cloudFromS : 0;
        c.cloudUntilS = cloudUntilS != null ? cloudUntilS : Double.POSITIVE_INFINITY;
        try {
            return c.validate();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }

    private int[] sites(CommandLine cli) {
        int count = GroundSites.defaultNetwork().size();
        if (cloudedSites == null || cloudedSites.isBlank()) {
            return new int[0];
        }
        try {
            int[] list;
            if (!cloudedSites.contains(",")) {
                int k = Integer.parseInt(cloudedSites.trim());
                list = new int[Math.min(k, count)];
                Arrays.setAll(list, i -> i);
                if (k < 0 || k > count) {
                    throw new NumberFormatException();
                }
                return list;
            }
            list = Arrays.stream(cloudedSites.split(",")).mapToInt(x -> Integer.parseInt(x.trim())).toArray();
            for (int k : list) {
                if (k < 0 || k >= count) {
                    throw new NumberFormatException();
                }
            }
            return list;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cli, "--clouded-sites takes a count 0.." + count
                    + " or a comma list of station indices 0.." + (count - 1) + ", got " + cloudedSites);
        }
    }

    private static void writeAvailability(ConstellationRun run, Path runDir) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("satellite,plane,slot,availability\n");
        int perPlane = run.satellite(0).fswConfig().links.perPlane;
        for (int k = 0; k < run.size(); k++) {
            sb.append(String.format(Locale.ROOT, "%d,%d,%d,%.5f%n", k, k / perPlane, k % perPlane, run.availability(k)));
        }
        Files.writeString(runDir.resolve("availability.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static void print(ConstellationRun run, RunSummary s, PrintWriter out) {
        RunSummary l = (RunSummary) s.get("links");
        int perPlane = run.satellite(0).fswConfig().links.perPlane;
        out.println("link availability (fraction of seconds with a route to the ground), by plane:");
        for (int k = 0; k < run.size(); k++) {
            if (k % perPlane == 0) {
                out.printf(Locale.ROOT, "  plane %d:", k / perPlane);
            }
            out.printf(Locale.ROOT, " %.3f", run.availability(k));
            if (k % perPlane == perPlane - 1 || k == run.size() - 1) {
                out.println();
            }
        }
        line(out, "availability", "min %.4f  mean %.4f", l.number("availabilityMin"), l.number("availabilityMean"));
        line(out, "handoffs", "%d; gapless %s of %d the geometry allowed to overlap", (long) l.number("handoffs"),
                fraction(l.get("gaplessFraction")), (long) l.number("overlappableHandoffs"));
        line(out, "gaps", "p50 %s  p99 %s  max %s s", num(l.get("gapP50Seconds")), num(l.get("gapP99Seconds")),
                num(l.get("gapMaxSeconds")));
        line(out, "links ended", "%d geometry, %d loss of lock, %d fault, %d planned (links.csv)",
                (long) l.number("linksEndedGeometry"), (long) l.number("linksEndedLossOfLock"),
                (long) l.number("linksEndedFault"), (long) l.number("linksEndedPlanned"));
        line(out, "data", "generated %.1f GB, delivered %.1f GB (%s), dropped %.1f GB, queued at end %.1f GB",
                l.number("dataGeneratedGB"), l.number("dataDeliveredGB"), fraction(l.get("dataDeliveredFraction")),
                l.number("dataDroppedGB"), l.number("dataQueuedEndGB"));
        line(out, "on time", "%s of data generated before the last deadline delivered within %.0f min",
                fraction(l.get("dataOnTimeFraction")), s.number("deadlineS") / 60);
        line(out, "terminals isolated", "%d", (long) s.number("terminalsIsolated"));
        line(out, "wall time", "%.1f s on %d threads (%.0fx real time)", s.number("wallSeconds"),
                (long) s.number("threads"), s.number("speedup"));
        out.flush();
    }

    private static String fraction(Object v) {
        return v instanceof Double && Double.isFinite((Double) v) ? String.format(Locale.ROOT, "%.4f", (Double) v) : "n/a";
    }

    private static String num(Object v) {
        return v instanceof Double && Double.isFinite((Double) v) ? String.format(Locale.ROOT, "%.0f", (Double) v) : "n/a";
    }

    private static void line(PrintWriter out, String label, String format, Object... args) {
        out.printf(Locale.ROOT, "%-20s %s%n", label, String.format(Locale.ROOT, format, args));
    }
}

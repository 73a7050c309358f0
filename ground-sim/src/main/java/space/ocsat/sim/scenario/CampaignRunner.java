package space.ocsat.sim.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.tm.EventId;

/**
 * Runs a campaign's planned scenarios on a pool of threads (each run is its own simulation, so runs are independent
 * and each is deterministic). A run that passes leaves nothing behind; a failing or crashing one keeps its folder —
 * {@code scenario.yaml} to reproduce it, its telemetry, events and report.
 */
public final class CampaignRunner {
    private static final int CSV_EVERY_S = 60;
    private static final Object REPORT_LOCK = new Object();

    private CampaignRunner() {
    }

    /** How a run ended, worst first: a crash, a broken invariant, a fault not detected within budget, or a pass. */
    public enum Kind { CRASH, INVARIANT, MISSED, PASS }

    /**
     * One run's outcome.
     *
     * @param run              the planned run
     * @param kind             how it ended
     * @param detectionS       per injection, the time from injection to detection, s (NaN: not within budget)
     * @param isolated         the flight software isolated a unit (GPU, sensor or terminal)
     * @param operationalAtEnd the satellite was back in (or still in) OPERATIONAL at the end
     * @param detail           what failed, for a failing run
     */
    public record Outcome(Campaign.Planned run, Kind kind, double[] detectionS, boolean isolated,
                          boolean operationalAtEnd, String detail) {
    }

    /** The campaign's outcomes in run order, and its wall time. */
    public record Result(Campaign.Options options, List<Outcome> outcomes, double wallS, int threads) {
    }

    /** @return the targets each fault can take on the reference satellite */
    public static java.util.function.Function<String, List<String>> referenceTargets() {
        ScenarioRunner probe = ScenarioRunner.compile(ScenarioParser.parse("name: probe\nduration: 1s\n", "probe"),
                "probe");
        return probe::targets;
    }

    /**
     * Runs this shard of the campaign.
     *
     * @param out      run folders of failing runs go to {@code out/runs/<name>}
     * @param threads  runs at a time
     * @param progress receives a line now and then (may be null)
     */
    public static Result run(Campaign.Options options, Path out, int threads, PrintStream progress)
            throws IOException, InterruptedException {
        List<Campaign.Planned> plan = Campaign.plan(options, referenceTargets());
        Files.createDirectories(out.resolve("runs"));
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Campaign.Planned p : plan) {
                futures.add(pool.submit(() -> {
                    Outcome o = runOne(p, out.resolve("runs").resolve(p.name()));
                    int n = done.incrementAndGet();
                    if (progress != null && (n % 25 == 0 || n == plan.size())) {
                        progress.printf("campaign: %d/%d runs%n", n, plan.size());
                    }
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            outcomes.sort(Comparator.comparingInt(o -> o.run().index()));
            return new Result(options, outcomes, (System.nanoTime() - start) / 1e9, threads);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a campaign worker failed outside its run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one planned scenario; never throws for what happens inside the run (that is a CRASH outcome). */
    static Outcome runOne(Campaign.Planned p, Path dir) throws IOException {
        int injections = p.faults().size();
        double[] detection = new double[injections];
        java.util.Arrays.fill(detection, Double.NaN);
        ScenarioRunner.Result result;
        ScenarioRunner runner;
        try {
            runner = ScenarioRunner.compile(ScenarioParser.parse(p.yaml(), p.name() + ".yaml"), p.name())
                    .csvEvery(CSV_EVERY_S);
            result = runner.run(dir, f -> { });
        } catch (RuntimeException | IOException | LinkageError | StackOverflowError | AssertionError e) {
            keep(p, dir, null);
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return new Outcome(p, Kind.CRASH, detection, false, false, e.getClass().getSimpleName() + ": "
                    + e.getMessage() + (at == null ? "" : " at " + at));
        }
        List<ScenarioRunner.Verdict> verdicts = result.verdicts();
        int invariants = Campaign.INVARIANTS.size();
        StringBuilder detail = new StringBuilder();
        Kind kind = Kind.PASS;
        for (int i = 0; i < invariants; i++) {
            ScenarioRunner.Verdict v = verdicts.get(i);
            if (!v.passed()) {
                kind = Kind.INVARIANT;
                detail.append(v.expectation().text()).append(" broken at ").append(Durations.format(Math.round(v.atS())))
                        .append("; ");
            }
        }
        for (int i = 0; i < injections; i++) {
            ScenarioRunner.Verdict v = verdicts.get(invariants + i);
            if (v.passed()) {
                detection[i] = v.atS() - p.faults().get(i).atS();
            } else {
                kind = kind == Kind.PASS ? Kind.MISSED : kind;
                detail.append(p.faults().get(i).label()).append(" not detected within budget; ");
            }
        }
        boolean isolated = runner.eventCount(EventId.GPU_ISOLATED) + runner.eventCount(EventId.SENSOR_ISOLATED)
                + runner.eventCount(EventId.TERMINAL_ISOLATED) > 0;
        boolean operational = runner.simulation().flightSoftware().mode() == Mode.OPERATIONAL;
        if (kind == Kind.PASS) {
            deleteTree(dir);
        } else {
            keep(p, dir, result);
        }
        return new Outcome(p, kind, detection, isolated, operational, detail.toString().trim());
    }

    private static void keep(Campaign.Planned p, Path dir, ScenarioRunner.Result result) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("scenario.yaml"), p.yaml(), StandardCharsets.UTF_8);
        if (result != null) {
            synchronized (REPORT_LOCK) {
                ScenarioReports.write(result, Double.NaN);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}

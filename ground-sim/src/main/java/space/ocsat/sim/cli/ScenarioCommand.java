package space.ocsat.sim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import space.ocsat.sim.scenario.Campaign;
import space.ocsat.sim.scenario.CampaignReport;
import space.ocsat.sim.scenario.CampaignRunner;
import space.ocsat.sim.scenario.FaultCatalog;
import space.ocsat.sim.scenario.Scenario;
import space.ocsat.sim.scenario.ScenarioError;
import space.ocsat.sim.scenario.ScenarioParser;
import space.ocsat.sim.scenario.ScenarioReports;
import space.ocsat.sim.scenario.ScenarioRunner;

/** {@code ocsat scenario}: fault scenarios, written in YAML, run and judged. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Run fault scenarios and judge them.",
        subcommands = {ScenarioCommand.Run.class, ScenarioCommand.CampaignCommand.class})
public final class ScenarioCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'ocsat scenario run FILE'");
    }

    /** {@code ocsat scenario run <file|dir>… [--out DIR]}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run scenarios (files, or every *.yaml in a directory) faster than real time; print the "
                    + "verdicts; write each one's run folder and JUnit XML. Exit 1 if an expectation fails, 2 if a "
                    + "file is not a valid scenario (nothing runs then).")
    static final class Run implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files or directories.")
        private List<Path> paths;

        @Option(names = "--out", paramLabel = "DIR", description = "Reports go to DIR/<scenario name> (default "
                + "runs/scenarios).")
        private Path out = Path.of("runs", "scenarios");

        @Option(names = "--quiet", description = "No progress bar.")
        private boolean quiet;

        @Override
        public Integer call() throws Exception {
            PrintWriter console = spec.commandLine().getOut();
            List<ScenarioRunner> runners = new ArrayList<>();
            List<String> files = new ArrayList<>();
            try {
                for (Path p : expand()) {
                    Scenario s = ScenarioParser.parse(p);
                    runners.add(ScenarioRunner.compile(s, p.toString()));
                    files.add(p.toString());
                }
            } catch (ScenarioError e) {
                spec.commandLine().getErr().println("ocsat scenario: " + e.getMessage());
                return OcsatCommand.EXIT_USAGE;
            }
            List<ScenarioRunner.Result> results = new ArrayList<>();
            for (int i = 0; i < runners.size(); i++) {
                ScenarioRunner r = runners.get(i);
                Path dir = Files.createDirectories(out.resolve(r.name()));
                long start = System.nanoTime();
                ScenarioRunner.Result result = r.run(dir, new ProgressBar(System.err, !quiet && ProgressBar.onTerminal()));
                double wallS = (System.nanoTime() - start) / 1e9;
                ScenarioReports.write(result, wallS);
                results.add(result);
                console.printf(java.util.Locale.ROOT, "%s (%s): %s in %.1f s -> %s%n", r.name(), files.get(i),
                        result.passed() ? "PASS" : "FAIL", wallS, dir);
            }
            ScenarioReports.printTable(results, console);
            console.flush();
            return results.stream().allMatch(ScenarioRunner.Result::passed) ? 0 : 1;
        }

        private List<Path> expand() throws java.io.IOException {
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    files.addAll(ScenarioParser.filesIn(p));
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                } else {
                    throw new ScenarioError(p + ": no such file or directory");
                }
            }
            if (files.isEmpty()) {
                throw new ScenarioError(paths + ": no scenario files (*.yaml)");
            }
            return files;
        }
    }

    /** {@code ocsat scenario campaign --count N --seed S [--faults all|NAMES] [--double] [--shard i/n] --out DIR}. */
    @Command(name = "campaign", mixinStandardHelpOptions = true,
            description = "Run N random fault scenarios (fault, target and time drawn from the seed), check the "
                    + "invariants and each fault's detection budget on every run, and write summary.html, summary.csv "
                    + "and junit.xml; failing runs keep their folder with scenario.yaml to reproduce them. Exit 1 if "
                    + "any run failed, 2 on bad options.")
    static final class CampaignCommand implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--count", required = true, paramLabel = "N", description = "Runs in the campaign.")
        private int count;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Campaign seed (default 1).")
        private long seed;

        @Option(names = "--faults", defaultValue = "all", paramLabel = "all|NAME[,NAME…]",
                description = "Faults to draw from (default all the simulator injects).")
        private String faults;

        @Option(names = "--double", description = "Two faults per run.")
        private boolean doubleFaults;

        @Option(names = "--shard", defaultValue = "1/1", paramLabel = "i/n",
                description = "Run only the i-th of n interleaved slices (1-based), e.g. one per CI machine.")
        private String shard;

        @Option(names = "--threads", paramLabel = "N", description = "Runs at a time (default: the processors).")
        private int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the summary goes.")
        private Path out;

        @Override
        public Integer call() throws Exception {
            Campaign.Options options;
            try {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)").matcher(shard);
                if (!m.matches()) {
                    throw new IllegalArgumentException("--shard is i/n, e.g. 2/4, not '" + shard + "'");
                }
                if (threads < 1) {
                    throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
                }
                List<String> names = faults.equals("all") ? FaultCatalog.SIMULATED
                        : List.of(faults.split(","));
                options = new Campaign.Options(count, seed, names, doubleFaults,
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                Campaign.plan(options, CampaignRunner.referenceTargets()); // a plan that cannot be drawn is a usage error
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            var result = CampaignRunner.run(options, out, threads, System.err);
            CampaignReport.write(result, out);
            PrintWriter console = spec.commandLine().getOut();
            CampaignReport.print(result, out, console);
            console.flush();
            return result.outcomes().stream().allMatch(o -> o.kind() == CampaignRunner.Kind.PASS)
                    ? 0 : 1;
        }
    }
}

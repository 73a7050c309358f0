package space.ocsat.sim.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ocsat bench}: measurements with HdrHistogram, reported as percentiles (docs/PERFORMANCE.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: percentiles from HdrHistogram, allocation from the JVM's per-thread counter.",
        subcommands = {EncodeBench.class, AckLatencyBench.class, TelemetryThroughputBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark, e.g. 'ocsat bench encode'");
    }
}

package space.ocsat.sim.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.report.Housekeeping;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.wire.Stream;

/**
 * {@code ocsat bench encode}: the cost of encoding the reference satellite's housekeeping packets into
 * CRC-sealed telemetry frames, per packet, on a warmed-up JVM, with the bytes allocated per packet.
 * The satellite's state advances between rounds so the packets carry changing values.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Housekeeping packet encoding: time per packet (percentiles) and bytes allocated.")
final class EncodeBench implements Callable<Integer> {
    private static final int[] PACKETS = {Stream.HK_POWER, Stream.HK_THERMAL, Stream.HK_COMPUTE, Stream.HK_LINKS,
        Stream.HK_EXEC};

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--iterations", description = "Measured rounds of all five packets (default ${DEFAULT-VALUE}).")
    private int iterations = 200_000;

    @Option(names = "--warmup", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
    private int warmup = 100_000;

    @Override
    public Integer call() {
        if (iterations < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--iterations must be ≥ 1 and --warmup ≥ 0");
        }
        Simulation sim = new Simulation(new MissionConfig(), new SatelliteConfig(), new FswConfig(),
                new InMemoryNonVolatileStore(64, 4096), KeyTable.empty());
        for (int i = 0; i < 100; i++) {
            sim.step();
        }
        FlightSoftware fsw = sim.flightSoftware();
        Housekeeping hk = fsw.housekeeping();
        Histogram histogram = new Histogram(10_000_000L, 3);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long now = sim.clock().nowNs();
        for (int i = 0; i < warmup; i++) {
            for (int p : PACKETS) {
                hk.encode(p, now, now);
            }
        }
        long allocated = 0;
        for (int i = 0; i < iterations; i++) {
            if (i % 1000 == 0) {
                sim.step();
                now = sim.clock().nowNs();
            }
            for (int p : PACKETS) {
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                hk.encode(p, now, now);
                long t1 = System.nanoTime();
                allocated += threads.getCurrentThreadAllocatedBytes() - a0;
                histogram.recordValue(t1 - t0);
            }
        }
        long frames = (long) iterations * PACKETS.length;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "housekeeping encoding, %d packets (5 kinds, reference satellite: 16 GPUs, 8 strings)%n", frames);
        out.printf(java.util.Locale.ROOT, "  ns per packet: p50 %d  p90 %d  p99 %d  p99.9 %d  max %d  mean %.0f%n",
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9),
                histogram.getMaxValue(), histogram.getMean());
        out.printf(java.util.Locale.ROOT, "  bytes allocated while encoding: %d in total, %.3f per packet%n",
                allocated, (double) allocated / frames);
        out.flush();
        return 0;
    }
}

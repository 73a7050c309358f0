package space.ocsat.sim.bench;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.transport.MqttTransportDriver;
import space.ocsat.fsw.transport.Topics;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.MissionRun;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.broker.EmbeddedBroker;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.wire.AckStage;
import space.ocsat.wire.CommandAck;
import space.ocsat.wire.Noop;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/**
 * {@code ocsat bench ack}: command acceptance latency through a loopback broker, from the ground's
 * publish to the ACCEPTED acknowledgement arriving back, against a live satellite running at 1×.
 */
@Command(name = "ack", mixinStandardHelpOptions = true,
        description = "Acceptance acknowledgement latency through a loopback broker (embedded unless --broker).")
final class AckLatencyBench implements Callable<Integer> {
    private static final byte[] KEY = new byte[32];
    private static final long KEY_ID = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", description = "Commands sent, one at a time (default ${DEFAULT-VALUE}).")
    private int count = 300;

    @Option(names = "--rate-hz", paramLabel = "HZ", description = "Commands per second at most (default "
            + "${DEFAULT-VALUE}; the satellite executes a queue of 32 a cycle, so a faster flood is refused SCHEDULE_FULL).")
    private double rateHz = 20;

    @Option(names = "--broker", paramLabel = "URL", description = "External broker instead of the embedded one.")
    private String brokerUrl;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || !(rateHz > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1 and --rate-hz positive");
        }
        Path dir = Files.createTempDirectory("ocsat-bench-ack");
        EmbeddedBroker broker = brokerUrl == null ? EmbeddedBroker.start() : null;
        String url = broker != null ? broker.url() : brokerUrl;
        FswConfig fsw = new FswConfig();
        Simulation sim = new Simulation(new MissionConfig(), new SatelliteConfig(), fsw,
                new InMemoryNonVolatileStore(64, 4096), KeyTable.parse(List.of(KeyTable.line(KEY_ID, KEY))));
        MqttTransportDriver link = new MqttTransportDriver(url, fsw.satelliteId, sim.flightSoftware().commanding().inbox()).start();
        MissionRun run = new MissionRun(sim, dir).pacedAt(1).downlinkThrough(link.port());
        CompletableFuture<?> running = CompletableFuture.runAsync(() -> {
            try {
                run.run(24 * 3600, f -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Histogram latencyUs = new Histogram(60_000_000L, 3);
        try {
            if (!link.awaitReady(15_000)) {
                throw new IllegalStateException("the satellite did not come up on " + url);
            }
            measure(url, fsw.satelliteId, latencyUs);
        } finally {
            run.stop();
            running.get(30, TimeUnit.SECONDS);
            link.close();
            if (broker != null) {
                broker.close();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "acceptance latency (publish -> ACCEPTED received), %d commands at %.0f/s via %s%n",
                latencyUs.getTotalCount(), rateHz, url);
        out.printf(java.util.Locale.ROOT, "  ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f%n",
                latencyUs.getValueAtPercentile(50) / 1e3, latencyUs.getValueAtPercentile(90) / 1e3,
                latencyUs.getValueAtPercentile(99) / 1e3, latencyUs.getMaxValue() / 1e3, latencyUs.getMean() / 1e3);
        out.printf(java.util.Locale.ROOT, "  baseline, the ground's own publish -> PUBACK from the broker (no satellite "
                + "involved), ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", pubAckUs.getValueAtPercentile(50) / 1e3,
                pubAckUs.getValueAtPercentile(90) / 1e3, pubAckUs.getValueAtPercentile(99) / 1e3,
                pubAckUs.getMaxValue() / 1e3);
        out.flush();
        return 0;
    }

    private final Histogram pubAckUs = new Histogram(60_000_000L, 3);

    private void measure(String url, long satelliteId, Histogram latencyUs) throws Exception {
        Topics topics = new Topics(satelliteId);
        TelecommandEncoder ground = new TelecommandEncoder(satelliteId, KEY_ID, KEY);
        BlockingQueue<Long> accepted = new LinkedBlockingQueue<>();
        java.util.Queue<String> rejected = new java.util.concurrent.ConcurrentLinkedQueue<>();
        MqttClient client = new MqttClient(url, "bench-ack", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        space.ocsat.fsw.transport.MqttSecurity.NONE.applyTo(options, url);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        client.connect(options);
        try {
            client.subscribe(topics.telemetry(Stream.ACKS), 1, (topic, message) -> {
                try {
                    byte[] p = message.getPayload();
                    if (!FrameEncoder.crcValid(ByteBuffer.wrap(p))) {
                        return;
                    }
                    CommandAck ack = (CommandAck) TelemetryFrame.getRootAsTelemetryFrame(ByteBuffer.wrap(p))
                            .payload(new CommandAck());
                    if (ack != null && ack.stage() == AckStage.ACCEPTED) {
                        accepted.add(ack.commandSequence());
                    } else if (ack != null && ack.stage() == AckStage.REJECTED) {
                        rejected.add(ack.commandSequence() + " " + space.ocsat.wire.AckCode.name(ack.code()));
                    }
                } catch (RuntimeException ignored) {
                    // not an acknowledgement we can read: not ours
                }
            });
            long base = System.currentTimeMillis() * 1000;
            long startNs = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long sequence = base + i + 1;
                byte[] tc = ground.encode(sequence, 0, space.ocsat.wire.Command.Noop, b -> {
                    Noop.startNoop(b);
                    return Noop.endNoop(b);
                });
                long dueNs = startNs + (long) (i * 1e9 / rateHz);
                while (System.nanoTime() - dueNs < 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(dueNs - System.nanoTime());
                }
                long t0 = System.nanoTime();
                client.publish(topics.telecommand(), tc, 1, false);
                pubAckUs.recordValue((System.nanoTime() - t0) / 1000);
                Long got;
                do {
                    got = accepted.poll(5, TimeUnit.SECONDS);
                } while (got != null && got != sequence);
                if (got == null) {
                    throw new IllegalStateException("no ACCEPTED for command " + (i + 1) + " (sequence " + sequence
                            + ") within 5 s" + (rejected.isEmpty() ? "" : "; rejections seen: " + rejected));
                }
                latencyUs.recordValue((System.nanoTime() - t0) / 1000);
            }
        } finally {
            client.disconnect();
            client.close();
        }
    }
}

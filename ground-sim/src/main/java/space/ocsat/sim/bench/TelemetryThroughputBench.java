package space.ocsat.sim.bench;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.fsw.cmd.CommandInbox;
import space.ocsat.fsw.downlink.AckFloors;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.fsw.downlink.FrameRing;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.transport.MqttTransportDriver;
import space.ocsat.fsw.transport.Topics;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.sim.broker.EmbeddedBroker;
import space.ocsat.wire.Payload;
import space.ocsat.wire.PointBlock;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/**
 * {@code ocsat bench telemetry}: sustained bulk telemetry through a broker. A producer thread on 10 Hz absolute
 * deadlines packs {@code --points} samples per tick into PointBlock frames and sends them down the flight
 * software's own path (frame encoder, recorder in mass memory, MQTT transport on its I/O thread); a ground client
 * subscribed at QoS 1 counts every sequence number. Reports frames and points per second, frames missing and
 * repeated, the producer's time per tick and the end-to-end latency (frame timestamp to arrival, same clock).
 */
@Command(name = "telemetry", mixinStandardHelpOptions = true,
        description = "Sustained telemetry throughput through a broker (embedded unless --broker): points per tick "
                + "packed into frames, every sequence number counted at the ground.")
final class TelemetryThroughputBench implements Callable<Integer> {
    private static final long SATELLITE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--points", description = "Points per tick (default ${DEFAULT-VALUE}).")
    private int points = 10_000;

    @Option(names = "--rate-hz", description = "Ticks per second (default ${DEFAULT-VALUE}).")
    private double rateHz = 10;

    @Option(names = "--block-points", description = "Points per frame (default ${DEFAULT-VALUE}: a frame fits one "
            + "2 KiB recorder block).")
    private int blockPoints = 400;

    @Option(names = "--seconds", description = "Duration (default ${DEFAULT-VALUE} s).")
    private double seconds = 30;

    @Option(names = "--broker", paramLabel = "URL", description = "External broker instead of the embedded one.")
    private String brokerUrl;

    @Override
    public Integer call() throws Exception {
        if (points < 1 || !(rateHz > 0) || blockPoints < 1 || blockPoints > 1800 || !(seconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--points, --rate-hz and --seconds must be positive, --block-points 1..1800");
        }
        EmbeddedBroker broker = brokerUrl == null ? EmbeddedBroker.start() : null;
        String url = broker != null ? broker.url() : brokerUrl;
        long ticks = Math.round(seconds * rateHz);
        int blocksPerTick = (points + blockPoints - 1) / blockPoints;
        long expected = ticks * blocksPerTick;
        BitSet seen = new BitSet();
        AtomicLong arrivals = new AtomicLong();
        AtomicLong repeats = new AtomicLong();
        Histogram latencyUs = new SynchronizedHistogram(60_000_000L, 3);
        MqttAsyncClient ground = groundClient(url, seen, arrivals, repeats, latencyUs);
        MqttTransportDriver link = new MqttTransportDriver(url, SATELLITE, new CommandInbox(8)).start();
        Histogram tickUs = new Histogram(60_000_000L, 3);
        long lost;
        long wallNs;
        try {
            if (!link.awaitReady(15_000)) {
                throw new IllegalStateException("the link did not come up on " + url);
            }
            EventLog events = new EventLog(64);
            Downlink downlink = new Downlink(new FrameRing(new InMemoryMassMemory(16_384, 2048), Stream.names.length,
                    new boolean[Stream.names.length]), new AckFloors(new InMemoryNonVolatileStore(8, 1024),
                    Stream.names.length), link.port(), System::nanoTime, events);
            downlink.recover();
            FrameEncoder frames = new FrameEncoder(SATELLITE, Stream.names.length, downlink);
            long startNs = System.nanoTime();
            long periodNs = (long) (1e9 / rateHz);
            for (long k = 0; k < ticks; k++) {
                long dueNs = startNs + k * periodNs;
                while (System.nanoTime() - dueNs < 0) {
                    LockSupport.parkNanos(dueNs - System.nanoTime());
                }
                long t0 = System.nanoTime();
                long unixNs = System.currentTimeMillis() * 1_000_000L;
                for (int first = 0; first < points; first += blockPoints) {
                    encode(frames, k, first, Math.min(blockPoints, points - first), t0, unixNs);
                }
                downlink.run(t0);
                tickUs.recordValue((System.nanoTime() - t0) / 1000);
            }
            wallNs = System.nanoTime() - startNs;
            long waitUntil = System.nanoTime() + 10_000_000_000L;
            while (seen.cardinality() < expected && System.nanoTime() - waitUntil < 0) {
                Thread.sleep(50);
                downlink.run(System.nanoTime());
            }
            lost = downlink.lost();
        } finally {
            link.close();
            try {
                ground.disconnectForcibly(1000, 1000);
            } catch (org.eclipse.paho.client.mqttv3.MqttException alreadyGone) {
                // nothing to release
            }
            ground.close(true);
            if (broker != null) {
                broker.close();
            }
        }
        long unique;
        synchronized (seen) {
            unique = seen.cardinality();
        }
        PrintWriter out = spec.commandLine().getOut();
        double wallS = wallNs / 1e9;
        out.printf(java.util.Locale.ROOT, "telemetry throughput via %s: %d points x %.0f Hz in frames of %d points, %.0f s%n",
                url, points, rateHz, blockPoints, wallS);
        out.printf(java.util.Locale.ROOT, "  frames: sent %d, received %d distinct (%d repeated), missing %d, recorder lost %d%n",
                expected, unique, repeats.get(), expected - unique, lost);
        out.printf(java.util.Locale.ROOT, "  rate:   %.0f frames/s, %.0f points/s delivered%n",
                unique / wallS, unique * (double) points / blocksPerTick / wallS);
        out.printf(java.util.Locale.ROOT, "  tick (encode + record + queue %d frames) us: p50 %d  p99 %d  max %d%n",
                blocksPerTick, tickUs.getValueAtPercentile(50), tickUs.getValueAtPercentile(99), tickUs.getMaxValue());
        out.printf(java.util.Locale.ROOT, "  end-to-end latency ms: p50 %.1f  p99 %.1f  max %.1f%n",
                latencyUs.getValueAtPercentile(50) / 1e3, latencyUs.getValueAtPercentile(99) / 1e3,
                latencyUs.getMaxValue() / 1e3);
        out.flush();
        return unique == expected ? 0 : 1;
    }

    private static void encode(FrameEncoder frames, long tick, int first, int count, long nowNs, long unixNs) {
        FlatBufferBuilder b = frames.begin();
        b.startVector(4, count, 4);
        for (int i = count - 1; i >= 0; i--) {
            b.addFloat((float) ((first + i) * 0.001 + tick));
        }
        int values = b.endVector();
        int block = PointBlock.createPointBlock(b, first, values);
        frames.finish(Stream.POINTS, Payload.PointBlock, block, nowNs, unixNs);
    }

    private static MqttAsyncClient groundClient(String url, BitSet seen, AtomicLong arrivals, AtomicLong repeats,
                                                Histogram latencyUs) throws Exception {
        MqttAsyncClient client = new MqttAsyncClient(url, "bench-tm-" + Long.toString(System.nanoTime(), 36),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        space.ocsat.fsw.transport.MqttSecurity.NONE.applyTo(options, url);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setMaxInflight(1000);
        client.connect(options).waitForCompletion(10_000);
        Topics topics = new Topics(SATELLITE);
        org.eclipse.paho.client.mqttv3.IMqttMessageListener listener = (topic, message) -> {
            byte[] p = message.getPayload();
            if (!FrameEncoder.crcValid(ByteBuffer.wrap(p))) {
                return;
            }
            TelemetryFrame frame = TelemetryFrame.getRootAsTelemetryFrame(
                    ByteBuffer.wrap(p, 0, p.length - 4).slice().order(ByteOrder.LITTLE_ENDIAN));
            arrivals.incrementAndGet();
            synchronized (seen) {
                int sequence = (int) frame.sequence();
                if (seen.get(sequence)) {
                    repeats.incrementAndGet();
                }
                seen.set(sequence);
            }
            long latencyNs = System.currentTimeMillis() * 1_000_000L - (long) frame.timeUnixNs();
            latencyUs.recordValue(Math.max(0, latencyNs / 1000));
        };
        client.subscribe(new String[] {topics.telemetry(Stream.POINTS), topics.replay()}, new int[] {1, 1}, null, null,
                new org.eclipse.paho.client.mqttv3.IMqttMessageListener[] {listener, listener}).waitForCompletion(10_000);
        return client;
    }
}

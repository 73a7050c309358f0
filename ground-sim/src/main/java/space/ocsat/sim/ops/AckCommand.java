package space.ocsat.sim.ops;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.fsw.transport.Topics;
import space.ocsat.sim.ground.GroundStation;
import space.ocsat.wire.AcknowledgeTelemetry;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/**
 * {@code ocsat ops ack}: tells the satellite the ground has its telemetry, so the recorder releases it. Listens to
 * every telemetry topic (live and replay), keeps per stream the last sequence received with no gap since it joined,
 * and sends one signed {@code AcknowledgeTelemetry} per stream that advanced. With {@code --every} it keeps doing so
 * each period, the acknowledger of a ground station; a stream with frames waiting behind a gap is acknowledged again
 * each period, which makes the satellite go back and replay what is missing.
 */
@Command(name = "ack", mixinStandardHelpOptions = true,
        description = "Acknowledge telemetry up to the last sequence received (per stream), so the satellite's "
                + "recorder releases it; with --every, keep acknowledging each period.")
final class AckCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private OpsCommand ops;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--listen-s", paramLabel = "S",
            description = "How long to listen before acknowledging (default ${DEFAULT-VALUE} s).")
    private double listenS = 3;

    @Option(names = "--every", paramLabel = "DURATION", converter = space.ocsat.sim.options.DurationConverter.class,
            description = "Keep acknowledging at this period (e.g. 10s) until Ctrl-C or --timeout-s.")
    private Double everyS;

    @Option(names = "--timeout-s", paramLabel = "S", description = "With --every: stop after this many seconds.")
    private double timeoutS;

    @Override
    public Integer call() throws Exception {
        Session session;
        GroundKey key;
        try {
            session = ops.resolve();
            key = GroundKey.read(session.keyFile);
            if (!(listenS > 0) || (everyS != null && !(everyS > 0))) {
                throw new IllegalArgumentException("--listen-s and --every must be positive");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Topics topics = new Topics(session.satelliteId);
        TelecommandEncoder signer = new TelecommandEncoder(session.satelliteId, key.id(), key.key());
        GroundStation ground = new GroundStation(Stream.names.length, (stream, sequence, frame) -> { }, null)
                .joiningMidStream();
        BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
        MqttClient client = BrokerClient.connect(ops, session, "ack-", false);
        try {
            client.subscribe(topics.allTelemetry(), 1, (t, message) -> frames.add(message.getPayload()));
            long startNs = System.nanoTime();
            long periodNs = (long) ((everyS != null ? everyS : listenS) * 1e9);
            long nextAckNs = startNs + (long) (listenS * 1e9);
            long endNs = everyS == null ? nextAckNs : timeoutS > 0 ? startNs + (long) (timeoutS * 1e9) : Long.MAX_VALUE;
            long[] lastSequence = {System.currentTimeMillis() * 1000};
            while (true) {
                long now = System.nanoTime();
                if (now - nextAckNs >= 0) {
                    List<String> said = new ArrayList<>();
                    ground.acknowledge((stream, upTo) -> {
                        long sequence = Math.max(System.currentTimeMillis() * 1000, lastSequence[0] + 1);
                        lastSequence[0] = sequence;
                        byte[] tc = signer.encode(sequence, 0, space.ocsat.wire.Command.AcknowledgeTelemetry,
                                b -> AcknowledgeTelemetry.createAcknowledgeTelemetry(b, stream, upTo));
                        try {
                            BrokerClient.publish(client, topics.telecommand(), tc);
                        } catch (Exception e) {
                            throw new IllegalStateException("publishing to " + session.brokerUrl + ": " + e.getMessage(), e);
                        }
                        said.add(Stream.name(stream) + " #" + upTo);
                    });
                    out.println(said.isEmpty() ? "nothing new to acknowledge" : "acknowledged " + String.join(", ", said));
                    out.flush();
                    nextAckNs += periodNs;
                    if (everyS == null) {
                        return 0;
                    }
                }
                if (now - endNs >= 0) {
                    return 0;
                }
                byte[] payload = frames.poll(100, TimeUnit.MILLISECONDS);
                if (payload != null) {
                    offer(ground, payload, session.satelliteId);
                }
            }
        } finally {
            BrokerClient.close(client);
        }
    }

    /** Hands a received frame to the ground's bookkeeping; a malformed or foreign one is ignored. */
    private static void offer(GroundStation ground, byte[] payload, long satelliteId) {
        TelemetryFrame tf = BrokerClient.frame(payload, satelliteId);
        if (tf != null && tf.stream() > 0 && tf.stream() < Stream.names.length) {
            ground.offer(tf.stream(), tf.sequence(), ByteBuffer.wrap(payload), false);
        }
    }
}

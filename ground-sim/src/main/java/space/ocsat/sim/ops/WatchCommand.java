package space.ocsat.sim.ops;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.transport.Topics;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/** {@code ocsat ops watch}: live telemetry, decoded, one line per frame, out-of-limit values highlighted. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Print live telemetry: housekeeping packets (and events) decoded with units; values outside "
                + "their limits highlighted.")
final class WatchCommand implements Callable<Integer> {
    private static final String[] PACKETS = {"power", "thermal", "compute", "links", "exec"};
    private static final int[] STREAMS = {Stream.HK_POWER, Stream.HK_THERMAL, Stream.HK_COMPUTE, Stream.HK_LINKS,
        Stream.HK_EXEC};

    @CommandLine.ParentCommand
    private OpsCommand ops;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--packet", split = ",", paramLabel = "P",
            description = "Packets to show: power, thermal, compute, links, exec (default: all).")
    private List<String> packets = new ArrayList<>();

    @Option(names = "--events", description = "Show events too.")
    private boolean events;

    @Option(names = "--count", description = "Stop after this many frames (default: until Ctrl-C).")
    private long count;

    @Option(names = "--timeout-s", paramLabel = "S", description = "Stop after this many seconds (default: never).")
    private double timeoutS;

    @Override
    public Integer call() throws Exception {
        Session session;
        List<String> topicsWanted = new ArrayList<>();
        try {
            session = ops.resolveBroker();
            Topics topics = new Topics(session.satelliteId);
            List<String> chosen = packets.isEmpty() ? List.of(PACKETS) : packets;
            for (String p : chosen) {
                int i = List.of(PACKETS).indexOf(p);
                if (i < 0) {
                    throw new IllegalArgumentException("unknown packet '" + p + "'; valid: " + String.join(", ", PACKETS));
                }
                topicsWanted.add(topics.telemetry(STREAMS[i]));
            }
            if (events) {
                topicsWanted.add(topics.telemetry(Stream.EVENTS));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
        MqttClient client = BrokerClient.connect(ops, session, "watch-", false);
        PrintWriter out = spec.commandLine().getOut();
        TelemetryPrinter printer = new TelemetryPrinter(space.ocsat.sim.options.Terminal.colours());
        try {
            for (String topic : topicsWanted) {
                client.subscribe(topic, 1, (t, message) -> frames.add(message.getPayload()));
            }
            long deadlineNs = timeoutS > 0 ? System.nanoTime() + (long) (timeoutS * 1e9) : Long.MAX_VALUE;
            long shown = 0;
            while ((count <= 0 || shown < count) && System.nanoTime() - deadlineNs < 0) {
                byte[] payload = frames.poll(200, TimeUnit.MILLISECONDS);
                if (payload == null || !FrameEncoder.crcValid(ByteBuffer.wrap(payload))) {
                    continue;
                }
                try {
                    ByteBuffer body = ByteBuffer.wrap(payload, 0, payload.length - 4).slice().order(ByteOrder.LITTLE_ENDIAN);
                    out.println(printer.format(TelemetryFrame.getRootAsTelemetryFrame(body)));
                    out.flush();
                    shown++;
                } catch (RuntimeException | ReflectiveOperationException malformed) {
                    out.println("(undecodable frame: " + malformed.getClass().getSimpleName() + ")");
                }
            }
            return 0;
        } finally {
            BrokerClient.close(client);
        }
    }
}

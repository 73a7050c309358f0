package space.ocsat.sim.ops;

import java.io.PrintWriter;
import java.time.Instant;
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
import space.ocsat.wire.CancelScheduled;
import space.ocsat.wire.Event;
import space.ocsat.wire.EventId;
import space.ocsat.wire.Payload;
import space.ocsat.wire.ReportSchedule;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/**
 * {@code ocsat ops schedule}: the satellite's time-tagged commands, as it reports them ({@code ReportSchedule}: one
 * SCHEDULE_ENTRY event each, then SCHEDULE_REPORTED); {@code --cancel SEQ} removes one first
 * ({@code CancelScheduled}).
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "List the time-tagged commands waiting on board (and cancel one with --cancel SEQ).")
final class ScheduleCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private OpsCommand ops;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--cancel", paramLabel = "SEQ", description = "Cancel the entry with this command sequence first.")
    private Long cancel;

    @Option(names = "--timeout-s", paramLabel = "S", description = "How long to wait for the report (default ${DEFAULT-VALUE} s).")
    private double timeoutS = 15;

    @Override
    public Integer call() throws Exception {
        Session session;
        GroundKey key;
        try {
            session = ops.resolve();
            key = GroundKey.read(session.keyFile);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Topics topics = new Topics(session.satelliteId);
        TelecommandEncoder signer = new TelecommandEncoder(session.satelliteId, key.id(), key.key());
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        MqttClient client = BrokerClient.connect(ops, session, "sched-", false);
        try {
            client.subscribe(topics.telemetry(Stream.EVENTS), 1, (t, message) -> {
                Event e = decodeEvent(message.getPayload(), session.satelliteId);
                if (e != null && (e.id() == EventId.SCHEDULE_ENTRY || e.id() == EventId.SCHEDULE_REPORTED
                        || e.id() == EventId.COMMAND_COMPLETED || e.id() == EventId.COMMAND_FAILED
                        || e.id() == EventId.COMMAND_REJECTED)) {
                    events.add(e);
                }
            });
            long sequence = System.currentTimeMillis() * 1000;
            if (cancel != null) {
                BrokerClient.publish(client, topics.telecommand(), signer.encode(sequence, 0,
                        space.ocsat.wire.Command.CancelScheduled, b -> CancelScheduled.createCancelScheduled(b, cancel)));
                Event outcome = awaitOutcome(events, sequence);
                if (outcome == null) {
                    out.println("no answer to CancelScheduled within " + timeoutS + " s");
                    return 3;
                }
                if (outcome.id() != EventId.COMMAND_COMPLETED) {
                    out.println("cancel " + cancel + ": " + EventId.name(outcome.id()) + " "
                            + space.ocsat.wire.AckCode.name((int) outcome.b()));
                    return 1;
                }
                out.println("cancelled " + cancel);
                sequence++;
            }
            events.clear();
            BrokerClient.publish(client, topics.telecommand(), signer.encode(sequence, 0,
                    space.ocsat.wire.Command.ReportSchedule, b -> {
                        ReportSchedule.startReportSchedule(b);
                        return ReportSchedule.endReportSchedule(b);
                    }));
            List<String> rows = new ArrayList<>();
            long deadline = System.nanoTime() + (long) (timeoutS * 1e9);
            while (System.nanoTime() - deadline < 0) {
                Event e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e == null) {
                    continue;
                }
                if (e.id() == EventId.COMMAND_REJECTED && e.a() == sequence) {
                    out.println("ReportSchedule rejected: " + space.ocsat.wire.AckCode.name((int) e.b()));
                    return 1;
                }
                if (e.id() == EventId.SCHEDULE_ENTRY) {
                    long atNs = (long) (e.value() * 1e9);
                    rows.add(String.format(java.util.Locale.ROOT, "%-20d %-22s %s", e.a(),
                            space.ocsat.wire.Command.name((int) e.b()),
                            Instant.ofEpochSecond(Math.floorDiv(atNs, 1_000_000_000L), Math.floorMod(atNs, 1_000_000_000L))));
                } else if (e.id() == EventId.SCHEDULE_REPORTED) {
                    out.println(rows.isEmpty() ? "no time-tagged commands waiting"
                            : String.format("%-20s %-22s %s%n", "sequence", "command", "execute at (UTC)")
                                    + String.join(System.lineSeparator(), rows));
                    return 0;
                }
            }
            out.println("no schedule report within " + timeoutS + " s");
            return 3;
        } finally {
            BrokerClient.close(client);
        }
    }

    private Event awaitOutcome(BlockingQueue<Event> events, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (timeoutS * 1e9);
        while (System.nanoTime() - deadline < 0) {
            Event e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && e.a() == sequence && (e.id() == EventId.COMMAND_COMPLETED
                    || e.id() == EventId.COMMAND_FAILED || e.id() == EventId.COMMAND_REJECTED)) {
                return e;
            }
        }
        return null;
    }

    /** @return the event a frame carries, or null for anything malformed, foreign or not an event */
    static Event decodeEvent(byte[] payload, long satelliteId) {
        try {
            TelemetryFrame frame = BrokerClient.frame(payload, satelliteId);
            return frame == null || frame.payloadType() != Payload.Event ? null : (Event) frame.payload(new Event());
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}

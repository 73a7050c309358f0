package space.ocsat.sim.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.eclipse.paho.client.mqttv3.MqttClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.fsw.transport.Topics;
import space.ocsat.wire.AckCode;
import space.ocsat.wire.AckStage;
import space.ocsat.wire.CommandAck;
import space.ocsat.wire.TelemetryFrame;

/** {@code ocsat ops send <command> [--arg value…] [--wait]}: signs, sends, and follows the acknowledgements. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Sign and send one command (now, or at --at); with --wait, print each acknowledgement stage as "
                + "it arrives (exit 0 on COMPLETED, 1 on REJECTED or FAILED, 3 on timeout).")
final class SendCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    private OpsCommand ops;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COMMAND", description = "Noop, SetMode, SetGpuPowerCap, SetGpuPower, "
            + "SetHeater, SetThermalLimits, SetHousekeepingRate, SetMonitorEnabled, ResetFault, CancelScheduled, "
            + "AcknowledgeTelemetry, RotateKey, ReportSchedule, SetParameter, LoadParameterTable, DumpParameterTable, "
            + "DumpFaultLog, ClearFaultLog, TerminalHandoff, Arm")
    private String command;

    @Option(names = "--wait", description = "Wait for the final acknowledgement.")
    private boolean waitForFinal;

    @Option(names = "--at", paramLabel = "UTC", converter = space.ocsat.sim.options.EpochConverter.class,
            description = "Time-tag: execute at this time (ISO-8601, e.g. 2026-03-20T12:30:00Z; the satellite's GNSS "
                    + "time, which in a simulation follows the simulated clock). Default: at once.")
    private java.time.Instant at;

    @Option(names = "--timeout-s", paramLabel = "S", description = "How long --wait waits (default ${DEFAULT-VALUE} s).")
    private double timeoutS = 15;

    /** Ways a test engineer can spoil a command, to see the satellite refuse it. */
    enum Tamper { none, replay, forge, truncate }

    @Option(names = "--tamper", paramLabel = "HOW",
            description = "Test the satellite's defences: replay (send, then send the same bytes again), forge "
                    + "(sign with a wrong key), truncate (send half the bytes). Default: ${DEFAULT-VALUE}.")
    private Tamper tamper = Tamper.none;

    @CommandLine.Unmatched
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Session session;
        java.util.function.ToIntFunction<com.google.flatbuffers.FlatBufferBuilder> table;
        GroundKey key;
        try {
            session = ops.resolve();
            table = CommandCatalog.parse(command, arguments);
            key = GroundKey.read(session.keyFile);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Topics topics = new Topics(session.satelliteId);
        long sequence = System.currentTimeMillis() * 1000;
        long executeAt = at == null ? 0 : at.getEpochSecond() * 1_000_000_000L + at.getNano();
        byte type = CommandCatalog.spec(command).type();
        byte[] tc = new TelecommandEncoder(session.satelliteId, key.id(), key.key()).encode(sequence, executeAt, type, table);
        if (tamper == Tamper.forge) {
            byte[] wrong = new byte[key.key().length];
            new java.security.SecureRandom().nextBytes(wrong);
            tc = new TelecommandEncoder(session.satelliteId, key.id(), wrong).encode(sequence, executeAt, type, table);
        } else if (tamper == Tamper.truncate) {
            tc = java.util.Arrays.copyOf(tc, tc.length / 2);
        }
        long digest = digest(tc);
        BlockingQueue<CommandAck> acks = new LinkedBlockingQueue<>();
        MqttClient client = BrokerClient.connect(ops, session, "ops-", true);
        try {
            client.subscribe(topics.telemetry(space.ocsat.wire.Stream.ACKS), 1, (topic, message) -> {
                CommandAck ack = decode(message.getPayload(), session.satelliteId);
                if (ack != null && ((ack.commandSequence() == sequence && ack.keyId() == key.id())
                        || (ack.stage() == AckStage.REJECTED && ack.keyId() == 0 && ack.receivedDigest() == digest))) {
                    acks.add(ack);
                }
            });
            BrokerClient.publish(client, topics.telecommand(), tc);
            out.printf("sent %s seq %d to satellite %d via %s%s%n", command, sequence, session.satelliteId,
                    session.brokerUrl, tamper == Tamper.none || tamper == Tamper.replay ? "" : " (" + tamper + ")");
            out.flush();
            int first = follow(acks, out, tamper == Tamper.replay || waitForFinal);
            if (tamper != Tamper.replay) {
                return first;
            }
            acks.clear();
            BrokerClient.publish(client, topics.telecommand(), tc);
            out.printf("replayed the same bytes%n");
            out.flush();
            return follow(acks, out, true);
        } finally {
            BrokerClient.close(client);
        }
    }

    /**
     * Decodes one acknowledgement frame; anything malformed, mis-addressed or not an ack is ignored (an
     * exception must never escape a Paho callback).
     */
    static CommandAck decode(byte[] payload, long satelliteId) {
        try {
            TelemetryFrame tf = BrokerClient.frame(payload, satelliteId);
            if (tf == null || tf.stream() != space.ocsat.wire.Stream.ACKS
                    || tf.payloadType() != space.ocsat.wire.Payload.CommandAck) {
                return null;
            }
            return (CommandAck) tf.payload(new CommandAck());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** The first 8 bytes (big-endian) of the SHA-256 of what was sent, as the satellite reports it. */
    static long digest(byte[] tc) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(tc);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (d[i] & 0xFF);
            }
            return v;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private int follow(BlockingQueue<CommandAck> acks, PrintWriter out, boolean toFinal) throws InterruptedException {
        long deadlineNs = System.nanoTime() + (long) (timeoutS * 1e9);
        while (true) {
            long leftNs = deadlineNs - System.nanoTime();
            CommandAck ack = leftNs > 0 ? acks.poll(leftNs, TimeUnit.NANOSECONDS) : null;
            if (ack == null) {
                out.println("no final acknowledgement within " + timeoutS + " s");
                out.flush();
                return 3;
            }
            int stage = ack.stage();
            out.println(AckStage.name(stage) + (ack.code() == AckCode.OK ? "" : " " + AckCode.name(ack.code())));
            out.flush();
            if (stage == AckStage.REJECTED || stage == AckStage.FAILED) {
                return 1;
            }
            if (stage == AckStage.COMPLETED || (!toFinal && stage == AckStage.ACCEPTED)) {
                return 0;
            }
        }
    }
}

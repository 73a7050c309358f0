package space.ocsat.fsw.cmd;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.fsw.report.HousekeepingSources;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.TimeSource;
import space.ocsat.wire.AckStage;
import space.ocsat.wire.CommandAck;
import space.ocsat.wire.Payload;
import space.ocsat.wire.Stream;

/**
 * Every acknowledgement of the command path: a CommandAck frame on the ACKS stream, a counter, and an
 * event for each final outcome and each acceptance (F Prime: one final response per command from a
 * closed set, plus an event and a counter).
 */
public final class CommandAcks implements HousekeepingSources.CommandCounters {
    private final FrameEncoder encoder;
    private final EventLog events;
    private final TimeSource time;
    private long accepted;
    private long rejected;
    private long completed;
    private long failed;
    private long started;

    public CommandAcks(FrameEncoder encoder, EventLog events, TimeSource time) {
        this.encoder = encoder;
        this.events = events;
        this.time = time;
    }

    /**
     * Sends one acknowledgement stage.
     *
     * @param keyId    key id of the command (0 if undecodable)
     * @param sequence command sequence (0 if undecodable)
     * @param type     Command union tag (0 if undecodable)
     * @param stage    AckStage value
     * @param code     AckCode value
     * @param digest   first 8 bytes of the SHA-256 of the telecommand as received
     * @param nowNs    mission time, ns
     */
    public void send(long keyId, long sequence, int type, int stage, int code, long digest, long nowNs) {
        FlatBufferBuilder b = encoder.begin();
        int ack = CommandAck.createCommandAck(b, keyId, sequence, type, stage, code, digest);
        encoder.finish(Stream.ACKS, Payload.CommandAck, ack, nowNs, time.unixNs(nowNs));
        switch (stage) {
            case AckStage.ACCEPTED:
                accepted++;
                events.publish(nowNs, EventId.COMMAND_ACCEPTED, sequence, type, keyId);
                break;
            case AckStage.REJECTED:
                rejected++;
                events.publish(nowNs, EventId.COMMAND_REJECTED, sequence, code, keyId);
                break;
            case AckStage.STARTED:
                started++;
                break;
            case AckStage.COMPLETED:
                completed++;
                events.publish(nowNs, EventId.COMMAND_COMPLETED, sequence, type, keyId);
                break;
            case AckStage.FAILED:
                failed++;
                events.publish(nowNs, EventId.COMMAND_FAILED, sequence, code, keyId);
                break;
            default:
                throw new IllegalArgumentException("not an acknowledgement stage: " + stage);
        }
    }

    /** Shorthand for a rejection on receipt. */
    public void reject(long keyId, long sequence, int type, int code, long digest, long nowNs) {
        send(keyId, sequence, type, AckStage.REJECTED, code, digest, nowNs);
    }

    @Override public long accepted() { return accepted; }
    @Override public long rejected() { return rejected; }
    @Override public long completed() { return completed; }
    @Override public long failed() { return failed; }

    /** @return commands whose execution started */
    public long started() { return started; }
}

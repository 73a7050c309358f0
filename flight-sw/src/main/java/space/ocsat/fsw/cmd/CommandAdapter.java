package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.wire.AckCode;
import space.ocsat.wire.AckStage;
import space.ocsat.wire.CommandBody;
import space.ocsat.wire.Telecommand;

/**
 * SENSE: drains the command inbox and accepts or rejects each command on receipt, in this order:
 * format (a Java FlatBuffers reader has no verifier, so every read is guarded and any runtime exception
 * is FORMAT_ERROR), key, MAC, satellite, sequence (replay), command type, arguments, arming, queue room.
 * Acceptance persists the key's sequence number before it is acknowledged. A time-tagged command
 * (execution time not 0) goes to the persisted schedule, or is rejected EXPIRED if its time has passed
 * (or UTC is not known yet). Runs at 10 Hz, after the dispatcher, so an accepted command executes at the
 * start of the next cycle.
 */
public final class CommandAdapter implements CycleTask {
    private final CommandInbox inbox;
    private final KeyTable keys;
    private final SequenceGuard sequences;
    private final CommandValidator validator;
    private final AcceptedQueue queue;
    private final Arming arming;
    private final CommandAcks acks;
    private final long satelliteId;
    private final CommandSchedule schedule;
    private final space.ocsat.fsw.tm.TimeSource time;
    private final ByteBuffer raw = ByteBuffer.allocate(CommandInbox.MAX_COMMAND_BYTES + 1);
    private final byte[] mac = new byte[KeyTable.MAC_BYTES];
    private final Telecommand tc = new Telecommand();
    private final CommandBody body = new CommandBody();

    CommandAdapter(CommandInbox inbox, KeyTable keys, SequenceGuard sequences, CommandValidator validator,
                   AcceptedQueue queue, CommandSchedule schedule, Arming arming, CommandAcks acks,
                   space.ocsat.fsw.tm.TimeSource time, long satelliteId) {
        this.schedule = schedule;
        this.time = time;
        this.inbox = inbox;
        this.keys = keys;
        this.sequences = sequences;
        this.validator = validator;
        this.queue = queue;
        this.arming = arming;
        this.acks = acks;
        this.satelliteId = satelliteId;
    }

    @Override
    public void run(long nowNs) {
        while (inbox.poll(raw)) {
            receive(raw, nowNs);
        }
    }

    /** Accepts or rejects one command buffer (position to limit). */
    void receive(ByteBuffer buffer, long nowNs) {
        if (buffer.remaining() > CommandInbox.MAX_COMMAND_BYTES || buffer.remaining() < 8) {
            acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, nowNs);
            return;
        }
        ByteBuffer signed;
        long keyId;
        long sequence;
        int type;
        try {
            Telecommand.getRootAsTelecommand(buffer, tc);
            if (tc.macLength() != KeyTable.MAC_BYTES || tc.bodyLength() <= 0) {
                acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, nowNs);
                return;
            }
            for (int i = 0; i < mac.length; i++) {
                mac[i] = (byte) tc.mac(i);
            }
            signed = tc.bodyAsByteBuffer();
            tc.bodyAsCommandBody(body);
            keyId = body.keyId();
            sequence = body.sequence();
            type = body.commandType() & 0xFF;
        } catch (RuntimeException malformed) {
            acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, nowNs);
            return;
        }
        int key = keys.index(keyId);
        if (key < 0) {
            acks.reject(keyId, sequence, type, AckCode.UNKNOWN_KEY, nowNs);
        } else if (!keys.verify(key, signed, mac)) {
            acks.reject(keyId, sequence, type, AckCode.BAD_MAC, nowNs);
        } else {
            accept(key, keyId, sequence, type, signed, nowNs);
        }
    }

    /** The body is authentic from here on; still guarded, an operator's tool can be wrong. */
    private void accept(int key, long keyId, long sequence, int type, ByteBuffer signed, long nowNs) {
        int verdict;
        long executeAt = 0;
        try {
            executeAt = body.executeAtUnixNs();
            verdict = body.satelliteId() != satelliteId ? AckCode.WRONG_SATELLITE
                    : !sequences.fresh(key, sequence) ? AckCode.STALE_SEQUENCE
                    : executeAt != 0 && (!time.valid() || executeAt - time.unixNs(nowNs) <= 0) ? AckCode.EXPIRED
                    : validator.validate(body);
            if (verdict == AckCode.OK && validator.hazardous(body) && !arming.consume(type, nowNs)) {
                verdict = AckCode.NOT_ARMED;
            }
        } catch (RuntimeException malformed) {
            verdict = AckCode.FORMAT_ERROR;
        }
        if (verdict == AckCode.OK && (executeAt == 0 ? queue.full() : !schedule.hasRoom(signed.remaining()))) {
            verdict = AckCode.SCHEDULE_FULL;
        }
        if (verdict == AckCode.OK && sequences.commit(key, sequence) != StoreStatus.OK) {
            verdict = AckCode.EXECUTION_ERROR;
        }
        if (verdict == AckCode.OK && executeAt != 0 && schedule.add(signed, keyId, sequence, executeAt) < 0) {
            verdict = AckCode.EXECUTION_ERROR;
        }
        if (verdict != AckCode.OK) {
            acks.reject(keyId, sequence, type, verdict, nowNs);
            return;
        }
        if (executeAt == 0) {
            queue.add(signed, keyId, sequence);
        }
        acks.send(keyId, sequence, type, AckStage.ACCEPTED, AckCode.OK, nowNs);
    }
}

package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.tm.TimeSource;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.wire.AckCode;
import space.ocsat.wire.AckStage;
import space.ocsat.wire.CommandBody;
import space.ocsat.wire.Telecommand;

/**
 * SENSE: drains the command inbox and accepts or rejects each command on receipt.
 *
 * <p>Before the MAC: the envelope's format (a Java FlatBuffers reader has no verifier, so every read is
 * guarded and any runtime exception is FORMAT_ERROR), the key, the MAC. The signed body is decoded from
 * its own slice, so no read can reach bytes the MAC does not cover. Rejections at this stage echo nothing
 * the sender wrote, only the digest of what was received. After the MAC: satellite, sequence (replay);
 * then the sequence is used up — persisted — whatever follows, so no authenticated command can be
 * replayed; then arguments, room, and last the arming of a hazardous command. Runs at 10 Hz after the
 * dispatcher, so an accepted command executes at the start of the next cycle; a time-tagged one goes to
 * the persisted schedule, or is rejected EXPIRED if its time has passed.
 */
public final class CommandAdapter implements CycleTask {
    /** Commands handled per cycle at most; a flood waits in the bounded inbox (and overflows, counted). */
    static final int MAX_PER_CYCLE = 16;

    private final CommandInbox inbox;
    private final KeyTable keys;
    private final SequenceGuard sequences;
    private final CommandValidator validator;
    private final AcceptedQueue queue;
    private final CommandSchedule schedule;
    private final Arming arming;
    private final CommandAcks acks;
    private final EventLog events;
    private final TimeSource time;
    private final long satelliteId;
    private final ByteBuffer raw = ByteBuffer.allocate(CommandInbox.MAX_COMMAND_BYTES + 1);
    private final byte[] mac = new byte[KeyTable.MAC_BYTES];
    private final Telecommand tc = new Telecommand();
    private final CommandBody body = new CommandBody();
    private final MessageDigest sha256;
    private long inboxDropsReported;

    CommandAdapter(CommandInbox inbox, KeyTable keys, SequenceGuard sequences, CommandValidator validator,
                   AcceptedQueue queue, CommandSchedule schedule, Arming arming, CommandAcks acks,
                   EventLog events, TimeSource time, long satelliteId) {
        this.inbox = inbox;
        this.keys = keys;
        this.sequences = sequences;
        this.validator = validator;
        this.queue = queue;
        this.schedule = schedule;
        this.arming = arming;
        this.acks = acks;
        this.events = events;
        this.time = time;
        this.satelliteId = satelliteId;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public void run(long nowNs) {
        reportState(nowNs);
        for (int n = 0; n < MAX_PER_CYCLE && inbox.poll(raw); n++) {
            receive(raw, nowNs);
        }
    }

    /** Between cycles: accepts or rejects the oldest waiting command only, so the driver can re-check its deadline. */
    public void acceptNext(long nowNs) {
        reportState(nowNs);
        if (inbox.poll(raw)) {
            receive(raw, nowNs);
        }
    }

    private void reportState(long nowNs) {
        if (sequences.lost() && time.valid()) {
            long floor = sequences.floorAt(time.unixNs(nowNs));
            if (floor >= 0) {
                events.publish(nowNs, EventId.ANTI_REPLAY_FLOORED, floor, 0, 0);
            }
        }
        long dropped = inbox.dropped();
        if (dropped != inboxDropsReported) {
            inboxDropsReported = dropped;
            events.publish(nowNs, EventId.COMMAND_INBOX_FULL, dropped, 0, 0);
        }
    }

    /** @return the first 8 bytes of the SHA-256 of the buffer (position to limit, not moved), big-endian */
    private long digest(ByteBuffer buffer) {
        sha256.reset();
        sha256.update(buffer.duplicate());
        byte[] d = sha256.digest();
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (d[i] & 0xFF);
        }
        return v;
    }

    /** Accepts or rejects one command buffer (position to limit). */
    void receive(ByteBuffer buffer, long nowNs) {
        long digest = digest(buffer);
        if (buffer.remaining() > CommandInbox.MAX_COMMAND_BYTES || buffer.remaining() < 8) {
            acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, digest, nowNs);
            return;
        }
        ByteBuffer signed;
        long keyId;
        try {
            if (!Telecommand.TelecommandBufferHasIdentifier(buffer)) {
                acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, digest, nowNs);
                return;
            }
            Telecommand.getRootAsTelecommand(buffer, tc);
            if (tc.macLength() != KeyTable.MAC_BYTES || tc.bodyLength() < 8) {
                acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, digest, nowNs);
                return;
            }
            for (int i = 0; i < mac.length; i++) {
                mac[i] = (byte) tc.mac(i);
            }
            signed = tc.bodyAsByteBuffer().slice().order(ByteOrder.LITTLE_ENDIAN);
            CommandBody.getRootAsCommandBody(signed, body);
            keyId = body.keyId();
        } catch (RuntimeException malformed) {
            acks.reject(0, 0, 0, AckCode.FORMAT_ERROR, digest, nowNs);
            return;
        }
        int key = keys.index(keyId);
        if (key < 0) {
            acks.reject(0, 0, 0, AckCode.UNKNOWN_KEY, digest, nowNs);
        } else if (!keys.verify(key, signed, mac)) {
            acks.reject(0, 0, 0, AckCode.BAD_MAC, digest, nowNs);
        } else {
            authenticated(key, keyId, signed, digest, nowNs);
        }
    }

    /** The body is authentic from here on; still guarded, an operator's tool can be wrong. */
    private void authenticated(int key, long keyId, ByteBuffer signed, long digest, long nowNs) {
        long sequence;
        int type;
        long executeAt;
        long satellite;
        try {
            sequence = body.sequence();
            type = body.commandType() & 0xFF;
            executeAt = body.executeAtUnixNs();
            satellite = body.satelliteId();
        } catch (RuntimeException malformed) {
            acks.reject(keyId, 0, 0, AckCode.FORMAT_ERROR, digest, nowNs);
            return;
        }
        int verdict = satellite != satelliteId ? AckCode.WRONG_SATELLITE
                : sequences.lost() ? AckCode.STORE_ERROR
                : !sequences.fresh(key, sequence) ? AckCode.STALE_SEQUENCE
                : sequences.commit(key, sequence) != StoreStatus.OK ? AckCode.STORE_ERROR
                : AckCode.OK;
        if (verdict == AckCode.OK) {
            verdict = check(type, executeAt, signed, nowNs);
        }
        boolean armed = false;
        if (verdict == AckCode.OK && hazardous()) {
            armed = arming.consume(type, nowNs);
            verdict = armed ? AckCode.OK : AckCode.NOT_ARMED;
        }
        if (verdict == AckCode.OK && executeAt != 0 && schedule.add(signed, keyId, sequence, executeAt, armed) < 0) {
            verdict = AckCode.STORE_ERROR;
        }
        if (verdict != AckCode.OK) {
            acks.reject(keyId, sequence, type, verdict, digest, nowNs);
            return;
        }
        if (executeAt == 0) {
            queue.add(signed, keyId, sequence, armed);
        }
        acks.send(keyId, sequence, type, AckStage.ACCEPTED, AckCode.OK, digest, nowNs);
    }

    /** Time tag, arguments and room. */
    private int check(int type, long executeAt, ByteBuffer signed, long nowNs) {
        try {
            if (executeAt != 0 && (!time.valid() || executeAt - time.unixNs(nowNs) <= 0)) {
                return AckCode.EXPIRED;
            }
            int verdict = validator.validate(body);
            if (verdict != AckCode.OK) {
                return verdict;
            }
        } catch (RuntimeException malformed) {
            return AckCode.FORMAT_ERROR;
        }
        return (executeAt == 0 ? queue.full() : !schedule.hasRoom(signed.remaining())) ? AckCode.SCHEDULE_FULL : AckCode.OK;
    }

    private boolean hazardous() {
        try {
            return validator.hazardous(body);
        } catch (RuntimeException malformed) {
            return true;
        }
    }
}

package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * Anti-replay: per key, the last sequence number used and the key's retirement, persisted in the
 * non-volatile store (slot {@link #SLOT}) before anything is acknowledged, so no replay works after a
 * reboot. Records of keys no longer in the key file are kept, so putting a key back cannot reopen its
 * replays. Layout (big-endian): magic, version, record count, then per record: key id, last sequence,
 * retired flag.
 *
 * <p>A record that exists but cannot be read (corrupt, unreadable) is not a first boot: the guard is
 * <em>lost</em> and refuses everything until {@link #floorAt} re-anchors every key to the satellite's
 * own UTC (the ops console's sequences are UTC microseconds), which keeps every command captured before
 * the floor from being replayed.
 */
public final class SequenceGuard {
    /** Store slot of this record. */
    public static final int SLOT = 1;
    /** Slack below the satellite's UTC when re-anchoring, µs (ground clock behind, transit time). */
    static final long FLOOR_SLACK_US = 60_000_000L;
    private static final int MAGIC = 0x4F435351; // "OCSQ"
    private static final int VERSION = 1;
    private static final int RECORD_BYTES = 17;
    private static final int HEADER_BYTES = 12;

    private final KeyTable keys;
    private final NonVolatileStore store;
    private final long[] lastSequence;
    private final boolean[] seen;
    private final ByteBuffer buffer;
    private final int maxRecords;
    private long[] foreignIds = new long[0];
    private long[] foreignSequences = new long[0];
    private boolean[] foreignRetired = new boolean[0];
    private boolean lost;
    private StoreStatus restoreStatus = StoreStatus.UNSPECIFIED;

    public SequenceGuard(KeyTable keys, NonVolatileStore store) {
        this.keys = keys;
        this.store = store;
        this.lastSequence = new long[keys.size()];
        this.seen = new boolean[keys.size()];
        this.buffer = ByteBuffer.allocate(Math.max(HEADER_BYTES, store.slotCapacityBytes()));
        this.maxRecords = (buffer.capacity() - HEADER_BYTES) / RECORD_BYTES;
    }

    /**
     * Boot: restores the counters and retirements.
     *
     * @return true if a record was restored; false on the first boot (EMPTY) or when the guard is lost
     */
    public boolean restore() {
        buffer.clear();
        int length = store.read(SLOT, buffer);
        restoreStatus = store.lastStatus();
        if (restoreStatus == StoreStatus.EMPTY) {
            return false;
        }
        lost = !(restoreStatus == StoreStatus.OK && parse(length));
        return !lost;
    }

    private boolean parse(int length) {
        if (length < HEADER_BYTES) {
            return false;
        }
        buffer.flip();
        if (buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
            return false;
        }
        int n = buffer.getInt();
        if (n < 0 || buffer.remaining() < n * RECORD_BYTES) {
            return false;
        }
        long[] ids = new long[n];
        long[] seqs = new long[n];
        boolean[] retired = new boolean[n];
        int foreign = 0;
        for (int k = 0; k < n; k++) {
            long id = buffer.getLong();
            long seq = buffer.getLong();
            boolean ret = buffer.get() != 0;
            int i = indexOf(id);
            if (i >= 0) {
                lastSequence[i] = seq;
                seen[i] = true;
                if (ret) {
                    keys.retire(i);
                }
            } else {
                ids[foreign] = id;
                seqs[foreign] = seq;
                retired[foreign] = ret;
                foreign++;
            }
        }
        foreignIds = java.util.Arrays.copyOf(ids, foreign);
        foreignSequences = java.util.Arrays.copyOf(seqs, foreign);
        foreignRetired = java.util.Arrays.copyOf(retired, foreign);
        return true;
    }

    private int indexOf(long id) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.id(i) == id) {
                return i;
            }
        }
        return -1;
    }

    /** Boot: the record is blank but must not be (the store went missing): lost. @return true if newly lost */
    public boolean markLost() {
        boolean was = lost;
        lost = true;
        return !was;
    }

    /** @return true while the stored state is lost and not yet re-anchored: refuse every command */
    public boolean lost() {
        return lost;
    }

    /** @return the store status seen at boot */
    public StoreStatus restoreStatus() {
        return restoreStatus;
    }

    /**
     * Re-anchors a lost guard to the satellite's UTC: every key's floor becomes (UTC µs − slack).
     *
     * @return the floor, µs since the Unix epoch, or −1 if it could not be persisted (still lost)
     */
    public long floorAt(long utcUnixNs) {
        long floor = Math.max(0, utcUnixNs / 1000 - FLOOR_SLACK_US);
        for (int i = 0; i < lastSequence.length; i++) {
            if (!seen[i] || Long.compareUnsigned(lastSequence[i], floor) < 0) {
                lastSequence[i] = floor;
                seen[i] = true;
            }
        }
        if (persist() != StoreStatus.OK) {
            return -1;
        }
        lost = false;
        return floor;
    }

    /** @return true if this sequence number is above the last one used for the key */
    public boolean fresh(int keyIndex, long sequence) {
        return !lost && (!seen[keyIndex] || Long.compareUnsigned(sequence, lastSequence[keyIndex]) > 0);
    }

    /**
     * Records a used sequence number and persists every counter.
     *
     * @return the store's status (anything but OK means the command must not go further)
     */
    public StoreStatus commit(int keyIndex, long sequence) {
        long previous = lastSequence[keyIndex];
        boolean wasSeen = seen[keyIndex];
        lastSequence[keyIndex] = sequence;
        seen[keyIndex] = true;
        StoreStatus status = persist();
        if (status != StoreStatus.OK) {
            lastSequence[keyIndex] = previous;
            seen[keyIndex] = wasSeen;
        }
        return status;
    }

    /**
     * Retires a key (a completed {@code RotateKey}) and persists it; if the store refuses, the key stays active.
     *
     * @return the store's status
     */
    public StoreStatus retire(int keyIndex) {
        keys.retire(keyIndex);
        StoreStatus status = persist();
        if (status != StoreStatus.OK) {
            keys.reinstate(keyIndex);
        }
        return status;
    }

    /** Persists the counters, the keys' retirement and the records of keys not loaded. */
    public StoreStatus persist() {
        int records = Math.min(maxRecords, keys.size() + foreignIds.length);
        buffer.clear();
        buffer.putInt(MAGIC).putInt(VERSION).putInt(records);
        int written = 0;
        for (int i = 0; i < keys.size() && written < records; i++, written++) {
            buffer.putLong(keys.id(i)).putLong(lastSequence[i]).put((byte) (keys.retired(i) ? 1 : 0));
        }
        for (int f = 0; f < foreignIds.length && written < records; f++, written++) {
            buffer.putLong(foreignIds[f]).putLong(foreignSequences[f]).put((byte) (foreignRetired[f] ? 1 : 0));
        }
        buffer.flip();
        return store.write(SLOT, buffer);
    }
}

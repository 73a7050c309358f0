package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * Anti-replay: per key, the last sequence number accepted and the key's retirement, persisted in the
 * non-volatile store (slot {@link #SLOT}) before the acceptance is acknowledged, so no replay works
 * after a reboot. Layout (big-endian): magic, version, key count, then per key: id, last sequence,
 * retired flag.
 */
public final class SequenceGuard {
    /** Store slot of this record. */
    public static final int SLOT = 1;
    private static final int MAGIC = 0x4F435351; // "OCSQ"
    private static final int VERSION = 1;

    private final KeyTable keys;
    private final NonVolatileStore store;
    private final long[] lastSequence;
    private final boolean[] seen;
    private final ByteBuffer buffer;

    public SequenceGuard(KeyTable keys, NonVolatileStore store) {
        this.keys = keys;
        this.store = store;
        this.lastSequence = new long[keys.size()];
        this.seen = new boolean[keys.size()];
        this.buffer = ByteBuffer.allocate(12 + keys.size() * 17);
    }

    /** Boot: restores the counters and retirements. @return true if a record was found */
    public boolean restore() {
        buffer.clear();
        int length = store.read(SLOT, buffer);
        if (length < 12 || store.lastStatus() != StoreStatus.OK) {
            return false;
        }
        buffer.flip();
        if (buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
            return false;
        }
        int n = buffer.getInt();
        if (n < 0 || buffer.remaining() < n * 17) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            long id = buffer.getLong();
            long seq = buffer.getLong();
            boolean retired = buffer.get() != 0;
            for (int i = 0; i < keys.size(); i++) {
                if (keys.id(i) == id) {
                    lastSequence[i] = seq;
                    seen[i] = true;
                    if (retired) {
                        keys.retire(i);
                    }
                }
            }
        }
        return true;
    }

    /** @return true if this sequence number is above the last one accepted for the key */
    public boolean fresh(int keyIndex, long sequence) {
        return !seen[keyIndex] || Long.compareUnsigned(sequence, lastSequence[keyIndex]) > 0;
    }

    /**
     * Records an accepted sequence number and persists every counter.
     *
     * @return the store's status (anything but OK means the command must not be accepted)
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

    /** Persists the counters and the keys' retirement (after a rotation). */
    public StoreStatus persist() {
        buffer.clear();
        buffer.putInt(MAGIC).putInt(VERSION).putInt(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            buffer.putLong(keys.id(i)).putLong(lastSequence[i]).put((byte) (keys.retired(i) ? 1 : 0));
        }
        buffer.flip();
        return store.write(SLOT, buffer);
    }

    /** @return the last sequence accepted for the key (0 if none) */
    public long lastSequence(int keyIndex) {
        return lastSequence[keyIndex];
    }
}

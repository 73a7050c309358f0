package space.ocsat.fsw.downlink;

import java.nio.ByteBuffer;
import java.util.Arrays;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * What the ground has acknowledged, per stream, in the non-volatile store (slot {@link #SLOT}): the highest
 * sequence number it confirmed. With the recorder's blocks it is all a reboot needs to resume every stream's
 * sequence and replay exactly the unacknowledged frames. Layout (big-endian): magic, stream count, one long per
 * stream.
 */
public final class AckFloors {
    /** Store slot of this record. */
    public static final int SLOT = 2;
    private static final int MAGIC = 0x4F43414B; // "OCAK"

    private final NonVolatileStore store;
    private final long[] ackedUpTo;
    private final ByteBuffer buffer;

    public AckFloors(NonVolatileStore store, int streams) {
        this.store = store;
        this.ackedUpTo = new long[streams];
        this.buffer = ByteBuffer.allocate(8 + 8 * streams);
        Arrays.fill(ackedUpTo, -1);
    }

    /**
     * Boot: reads the record; a record of fewer or more streams (another software version) gives the floors of the
     * streams both know.
     *
     * @return OK, EMPTY (first boot: every floor −1) or why the record could not be used (CORRUPT, IO_ERROR, …)
     */
    public StoreStatus restore() {
        buffer.clear();
        store.read(SLOT, buffer);
        if (store.lastStatus() != StoreStatus.OK) {
            return store.lastStatus() == StoreStatus.TOO_LARGE ? StoreStatus.CORRUPT : store.lastStatus();
        }
        buffer.flip();
        if (buffer.remaining() < 8 || buffer.getInt() != MAGIC) {
            return StoreStatus.CORRUPT;
        }
        int count = buffer.getInt();
        for (int s = 0; s < Math.min(count, ackedUpTo.length) && buffer.remaining() >= 8; s++) {
            ackedUpTo[s] = buffer.getLong();
        }
        return StoreStatus.OK;
    }

    /** Puts a floor back after its record could not be persisted. */
    void lower(int stream, long floor) {
        ackedUpTo[stream] = floor;
    }

    /** Raises a stream's floor (never lowers it). @return true if it rose */
    boolean raise(int stream, long upTo) {
        if (upTo <= ackedUpTo[stream]) {
            return false;
        }
        ackedUpTo[stream] = upTo;
        return true;
    }

    /** @return the store's status for writing the floors */
    StoreStatus write() {
        buffer.clear();
        buffer.putInt(MAGIC).putInt(ackedUpTo.length);
        for (long floor : ackedUpTo) {
            buffer.putLong(floor);
        }
        buffer.flip();
        return store.write(SLOT, buffer);
    }

    /** @return per stream, the highest acknowledged sequence (−1 for none); the caller must not modify it */
    long[] floors() {
        return ackedUpTo;
    }

    public long ackedUpTo(int stream) {
        return ackedUpTo[stream];
    }
}

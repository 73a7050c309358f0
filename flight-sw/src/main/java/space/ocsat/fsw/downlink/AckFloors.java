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

    /** Boot: reads the record. @return false if there is none (first boot) or it is not ours: every floor is −1 */
    public boolean restore() {
        buffer.clear();
        int length = store.read(SLOT, buffer);
        if (length != buffer.capacity() || store.lastStatus() != StoreStatus.OK) {
            return false;
        }
        buffer.flip();
        if (buffer.getInt() != MAGIC || buffer.getInt() != ackedUpTo.length) {
            return false;
        }
        for (int s = 0; s < ackedUpTo.length; s++) {
            ackedUpTo[s] = buffer.getLong();
        }
        return true;
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

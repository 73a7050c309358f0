package space.ocsat.fsw.protect;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * What FDIR decided that a processor reset must not undo, in the non-volatile store (slot {@link #SLOT}): the mode
 * and every isolated unit — GPUs, coolant outlet sensors, radiator sensors, heaters, optical terminals — as bit masks, and the cells
 * live in the battery string. Written when it changes (checked once a second, no allocation), read once at boot.
 * Layout (big-endian): magic, version, mode ordinal, the five masks as longs, live cells (0: unknown).
 */
public final class IsolationRecord {
    /** Store slot of this record. */
    public static final int SLOT = 6;
    private static final int MAGIC = 0x4F434953; // "OCIS"
    private static final int VERSION = 2;
    private static final int SIZE = 4 + 4 + 4 + 5 * 8 + 4;
    /** Mask index of each unit kind. */
    public static final int GPUS = 0;
    public static final int OUTLET_SENSORS = 1;
    public static final int RADIATOR_SENSORS = 2;
    public static final int HEATERS = 3;
    public static final int TERMINALS = 4;

    private final NonVolatileStore store;
    private final ByteBuffer buffer = ByteBuffer.allocate(SIZE);
    private final long[] masks = new long[5];
    private int mode = -1;
    private int liveCells;
    private boolean dirty;

    public IsolationRecord(NonVolatileStore store) {
        this.store = store;
    }

    /** Sets the mode to keep (marks the record dirty if it changed). */
    public void mode(int modeOrdinal) {
        if (modeOrdinal != mode) {
            mode = modeOrdinal;
            dirty = true;
        }
    }

    /** Sets one unit's isolation (marks the record dirty if it changed). */
    public void isolated(int kind, int unit, boolean isolated) {
        long bit = 1L << unit;
        long next = isolated ? masks[kind] | bit : masks[kind] & ~bit;
        if (next != masks[kind]) {
            masks[kind] = next;
            dirty = true;
        }
    }

    /** @return true if the unit was isolated in the restored (or current) record */
    public boolean isolated(int kind, int unit) {
        return (masks[kind] & (1L << unit)) != 0;
    }

    /** Sets the battery's live cells to keep (marks the record dirty if it changed). */
    public void liveCells(int n) {
        if (n != liveCells) {
            liveCells = n;
            dirty = true;
        }
    }

    /** @return the kept count of live battery cells, 0 if none was kept */
    public int liveCells() {
        return liveCells;
    }

    /** @return the kept mode's ordinal, −1 if none */
    public int mode() {
        return mode;
    }

    /** Writes the record if it changed. @return the store's status (OK if nothing needed writing) */
    public StoreStatus flush() {
        if (!dirty) {
            return StoreStatus.OK;
        }
        buffer.clear();
        buffer.putInt(MAGIC).putInt(VERSION).putInt(mode);
        for (long m : masks) {
            buffer.putLong(m);
        }
        buffer.putInt(liveCells);
        buffer.flip();
        StoreStatus status = store.write(SLOT, buffer);
        dirty = status != StoreStatus.OK;
        return status;
    }

    /**
     * Boot: reads the record.
     *
     * @return the store's status for the slot: OK (restored), EMPTY (none yet), CORRUPT, or another failure; a
     *         record that is not ours is CORRUPT
     */
    public StoreStatus restore() {
        buffer.clear();
        int length = store.read(SLOT, buffer);
        StoreStatus status = store.lastStatus();
        if (status != StoreStatus.OK) {
            return status;
        }
        buffer.flip();
        if (length != SIZE || buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
            return StoreStatus.CORRUPT;
        }
        mode = buffer.getInt();
        for (int k = 0; k < masks.length; k++) {
            masks[k] = buffer.getLong();
        }
        liveCells = buffer.getInt();
        return StoreStatus.OK;
    }
}

package space.ocsat.fsw.persist;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * The store as boot finds it, before anything writes to it: healthy (or blank on the very first power-on), corrupt
 * (a slot whose copies all fail their check), or missing (blank although the reset-cause register says this is a
 * restart: the store was lost or replaced). A corrupt or missing store sends the satellite to SAFE with a fresh
 * store (see {@link #wipeCorrupt}); the records' owners then start from their defaults.
 */
public final class StoreHealth {
    /** What boot found. */
    public enum Verdict { HEALTHY, CORRUPT, MISSING }

    private final Verdict verdict;
    private final int firstBadSlot;
    private final boolean[] corrupt;

    private StoreHealth(Verdict verdict, int firstBadSlot, boolean[] corrupt) {
        this.verdict = verdict;
        this.firstBadSlot = firstBadSlot;
        this.corrupt = corrupt;
    }

    /**
     * Reads every slot once (boot only: allocates).
     *
     * @param afterReset the reset-cause register: this boot follows a processor reset, not the first power-on
     */
    public static StoreHealth check(NonVolatileStore store, boolean afterReset) {
        ByteBuffer buffer = ByteBuffer.allocate(store.slotCapacityBytes());
        boolean[] corrupt = new boolean[store.slotCount()];
        int first = -1;
        for (int slot = 0; slot < corrupt.length; slot++) {
            buffer.clear();
            store.read(slot, buffer);
            StoreStatus status = store.lastStatus();
            // an I/O error may pass: it is not a reason to overwrite the slot; a failed check is
            corrupt[slot] = status == StoreStatus.CORRUPT;
            if (corrupt[slot] && first < 0) {
                first = slot;
            }
        }
        if (first >= 0) {
            return new StoreHealth(Verdict.CORRUPT, first, corrupt);
        }
        buffer.clear();
        store.read(BootRecord.SLOT, buffer);
        boolean blank = store.lastStatus() == StoreStatus.EMPTY;
        return new StoreHealth(blank && afterReset ? Verdict.MISSING : Verdict.HEALTHY, blank && afterReset
                ? BootRecord.SLOT : -1, corrupt);
    }

    /**
     * Makes the store fresh: every corrupt slot is written empty (zero bytes, a valid record no owner accepts as
     * its own, so each starts from its defaults — the anti-replay guard stays lost until UTC re-anchors it).
     *
     * @return the first failed write's status, or OK
     */
    public StoreStatus wipeCorrupt(NonVolatileStore store) {
        StoreStatus result = StoreStatus.OK;
        ByteBuffer empty = ByteBuffer.allocate(0);
        for (int slot = 0; slot < corrupt.length; slot++) {
            if (corrupt[slot]) {
                StoreStatus s = store.write(slot, empty.clear());
                if (s != StoreStatus.OK && result == StoreStatus.OK) {
                    result = s;
                }
            }
        }
        return result;
    }

    /** @return what boot found */
    public Verdict verdict() { return verdict; }

    /** @return the first corrupt slot (or the boot record's slot when missing); −1 if healthy */
    public int firstBadSlot() { return firstBadSlot; }
}

package space.ocsat.fsw.protect;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * The fault log: every fault confirmed or cleared, with its response and GNSS time, kept in the non-volatile store
 * (slot {@link #SLOT}) so it survives resets until ops clear it ({@code ClearFaultLog}, armed). Holds the newest
 * {@link #CAPACITY} entries and counts the ones it had to drop. Written only when a fault changes state (rare);
 * nothing allocates after construction.
 */
public final class FaultLog {
    /** Store slot of the log. */
    public static final int SLOT = 4;
    /** Entries kept. */
    public static final int CAPACITY = 64;
    private static final int MAGIC = 0x4F43464C; // "OCFL"
    private static final int ENTRY_BYTES = 8 + 2 + 1 + 1;

    private final NonVolatileStore store;
    private final long[] timeUnixNs = new long[CAPACITY];
    private final short[] faultIds = new short[CAPACITY];
    private final byte[] responses = new byte[CAPACITY];
    private final boolean[] confirmed = new boolean[CAPACITY];
    private final ByteBuffer io = ByteBuffer.allocate(4 + 8 + 8 + CAPACITY * ENTRY_BYTES);
    private long written;
    private long dropped;
    private StoreStatus lastWrite = StoreStatus.UNSPECIFIED;

    public FaultLog(NonVolatileStore store) {
        this.store = store;
    }

    /** Boot: reads the persisted log. @return true if one was there */
    public boolean restore() {
        io.clear();
        if (store.read(SLOT, io) != io.capacity() || store.lastStatus() != StoreStatus.OK) {
            return false;
        }
        io.flip();
        if (io.getInt() != MAGIC) {
            return false;
        }
        long savedWritten = io.getLong();
        long savedDropped = io.getLong();
        if (savedWritten < 0 || savedDropped < 0) {
            return false;
        }
        written = savedWritten;
        dropped = savedDropped;
        for (int i = 0; i < CAPACITY; i++) {
            timeUnixNs[i] = io.getLong();
            faultIds[i] = io.getShort();
            responses[i] = io.get();
            confirmed[i] = io.get() != 0;
        }
        return true;
    }

    /** Records a fault confirmed ({@code confirmedNow}) or cleared, and persists the log. */
    public StoreStatus record(int faultId, int response, boolean confirmedNow, long utcNs) {
        int i = (int) (written % CAPACITY);
        if (written >= CAPACITY) {
            dropped++;
        }
        timeUnixNs[i] = utcNs;
        faultIds[i] = (short) faultId;
        responses[i] = (byte) response;
        confirmed[i] = confirmedNow;
        written++;
        return persist();
    }

    /** Empties the log (ClearFaultLog). @return the store's status; on failure the log is kept */
    public StoreStatus clear() {
        long keptWritten = written;
        long keptDropped = dropped;
        written = 0;
        dropped = 0;
        StoreStatus status = persist();
        if (status != StoreStatus.OK) {
            written = keptWritten;
            dropped = keptDropped;
        }
        return status;
    }

    private StoreStatus persist() {
        io.clear();
        io.putInt(MAGIC).putLong(written).putLong(dropped);
        for (int i = 0; i < CAPACITY; i++) {
            io.putLong(timeUnixNs[i]).putShort(faultIds[i]).put(responses[i]).put((byte) (confirmed[i] ? 1 : 0));
        }
        io.flip();
        lastWrite = store.write(SLOT, io);
        return lastWrite;
    }

    /** @return entries held, at most {@link #CAPACITY} */
    public int size() {
        return (int) Math.min(written, CAPACITY);
    }

    /** @return the index of the k-th oldest entry held (0 = oldest) */
    private int slot(int k) {
        return (int) ((written - size() + k) % CAPACITY);
    }

    public int faultId(int k) { return faultIds[slot(k)]; }
    public int response(int k) { return responses[slot(k)]; }
    public boolean confirmed(int k) { return confirmed[slot(k)]; }
    public long timeUnixNs(int k) { return timeUnixNs[slot(k)]; }
    /** @return entries dropped because the log was full, since it was last cleared */
    public long dropped() { return dropped; }
    /** @return status of the last write */
    public StoreStatus lastWrite() { return lastWrite; }
}

package space.ocsat.fsw.persist;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * Restarts since the mission began, in the non-volatile store (slot {@link #SLOT}), read and written once per boot.
 * The first power-on finds no record and is not a restart; every later boot counts one and remembers its time, so
 * three restarts within the boot-loop window are recognised (the flight software then holds SAFE). Layout
 * (big-endian): magic, version, restarts, the mission times of the last three boots (ns; {@code Long.MIN_VALUE}
 * for none).
 */
public final class BootRecord {
    /** Store slot of this record. */
    public static final int SLOT = 5;
    private static final int MAGIC = 0x4F43424F; // "OCBO"
    private static final int VERSION = 1;
    private static final int BOOTS = 3;
    private static final int SIZE = 4 + 4 + 8 + 8 * BOOTS;

    private final long restarts;
    private final boolean bootLoop;
    private final StoreStatus written;

    private BootRecord(long restarts, boolean bootLoop, StoreStatus written) {
        this.restarts = restarts;
        this.bootLoop = bootLoop;
        this.written = written;
    }

    /**
     * Counts this boot: reads the record (none: the first power-on), adds this boot, writes it back.
     *
     * @param nowNs        mission time of this boot
     * @param loopWindowNs restarts this close together, three of them, are a boot loop
     * @param afterReset   the reset-cause register says this boot follows a processor reset: without a valid record
     *                     (a lost or corrupt store) it still counts as a restart, the first the new record knows
     */
    public static BootRecord boot(NonVolatileStore store, long nowNs, long loopWindowNs, boolean afterReset) {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE);
        int length = store.read(SLOT, buffer);
        long restarts = 0;
        long[] boots = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        boolean restart = false;
        if (length == SIZE && store.lastStatus() == StoreStatus.OK) {
            buffer.flip();
            if (buffer.getInt() == MAGIC && buffer.getInt() == VERSION) {
                restart = true;
                restarts = buffer.getLong() + 1;
                for (int i = 0; i < BOOTS; i++) {
                    boots[i] = buffer.getLong();
                }
            }
        }
        if (!restart && afterReset) {
            restart = true;
            restarts = 1;
        }
        // the last three boots, newest last; a restart's own boot time joins them
        System.arraycopy(boots, 1, boots, 0, BOOTS - 1);
        boots[BOOTS - 1] = restart ? nowNs : Long.MIN_VALUE;
        boolean loop = boots[0] != Long.MIN_VALUE && nowNs - boots[0] <= loopWindowNs;
        buffer.clear();
        buffer.putInt(MAGIC).putInt(VERSION).putLong(restarts);
        for (long b : boots) {
            buffer.putLong(b);
        }
        buffer.flip();
        return new BootRecord(restarts, loop, store.write(SLOT, buffer));
    }

    /** @return restarts since the mission began (the first power-on is not one) */
    public long restarts() { return restarts; }

    /** @return true if this boot is the third restart within the boot-loop window */
    public boolean bootLoop() { return bootLoop; }

    /** @return how the record's write went */
    public StoreStatus written() { return written; }
}

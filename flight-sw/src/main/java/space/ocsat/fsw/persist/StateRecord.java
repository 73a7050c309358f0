package space.ocsat.fsw.persist;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.power.SocEstimator;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The flight software's own state in the non-volatile store (slot {@link #SLOT}): what a processor
 * reset must not forget — the battery's state of charge and the capacity the count uses — written at
 * 0.1 Hz from the REPORT stage and read once at boot. Layout (big-endian): magic, layout version, SoC,
 * capacity (Ah), records written. The store's A/B copies and CRC make each write atomic.
 */
public final class StateRecord implements CycleTask {
    /** Store slot of this record. */
    public static final int SLOT = 0;
    private static final int MAGIC = 0x4F435354; // "OCST"
    private static final int VERSION = 1;
    private static final int SIZE = 4 + 4 + 8 + 8 + 8;

    private final NonVolatileStore store;
    private final SocEstimator soc;
    private final EventLog events;
    private final ByteBuffer buffer = ByteBuffer.allocate(SIZE);
    private long written;
    private StoreStatus lastWrite = StoreStatus.UNSPECIFIED;

    public StateRecord(NonVolatileStore store, SocEstimator soc, EventLog events) {
        this.store = store;
        this.soc = soc;
        this.events = events;
    }

    /**
     * Boot: restores the estimator from the record if one is there and valid.
     *
     * @return true if a record was restored; false on the first boot or a record that is not ours
     */
    public boolean restore() {
        buffer.clear();
        int length = store.read(SLOT, buffer);
        if (length != SIZE || store.lastStatus() != StoreStatus.OK) {
            return false;
        }
        buffer.flip();
        if (buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
            return false;
        }
        double savedSoc = buffer.getDouble();
        double capacityAh = buffer.getDouble();
        written = buffer.getLong();
        if (!(savedSoc >= 0 && savedSoc <= 1) || !(capacityAh > 0)) {
            return false;
        }
        soc.restore(savedSoc, capacityAh);
        return true;
    }

    @Override
    public void run(long nowNs) {
        if (!soc.initialised()) {
            return;
        }
        buffer.clear();
        buffer.putInt(MAGIC).putInt(VERSION).putDouble(soc.soc()).putDouble(soc.capacityAh()).putLong(written + 1);
        buffer.flip();
        StoreStatus status = store.write(SLOT, buffer);
        if (status == StoreStatus.OK) {
            written++;
        } else if (status != lastWrite) {
            events.publish(nowNs, EventId.STORE_WRITE_FAILED, SLOT, status.ordinal(), 0);
        }
        lastWrite = status;
    }

    /** @return records written since the store was first initialised */
    public long written() {
        return written;
    }
}

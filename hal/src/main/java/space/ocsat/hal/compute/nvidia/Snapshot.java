package space.ocsat.hal.compute.nvidia;

import java.lang.invoke.VarHandle;
import space.ocsat.hal.DeviceStatus;

/**
 * The latest reading of every GPU, published by one writer (the nvidia-smi worker) and read by any thread without
 * locks, waiting or allocation: a double buffer in which each buffer carries a sequence number (a seqlock).
 *
 * <p>The writer fills the spare buffer (its sequence odd while it writes, even when done) and then makes it current.
 * A reader reads the current buffer and accepts the value if that buffer's sequence was even and unchanged across
 * the read. The current buffer is never written while current, so a reader retries only if a whole publication
 * happened during its read (publications are a period apart), and never waits for the writer.
 */
final class Snapshot {
    private static final class Slot {
        final GpuTable table;
        volatile long seq;

        Slot(int count) {
            table = new GpuTable(count);
        }
    }

    private final Slot[] slots;
    /** Index of the buffer last published, -1 before the first publication. */
    private volatile int current = -1;
    private volatile long publishedNs;

    Snapshot(int count) {
        slots = new Slot[] {new Slot(count), new Slot(count)};
    }

    /** Publishes a copy of {@code src} stamped {@code nowNs}. One writer thread only. */
    void publish(GpuTable src, long nowNs) {
        int spare = current == 0 ? 1 : 0;
        Slot s = slots[spare];
        s.seq = s.seq + 1;
        VarHandle.storeStoreFence(); // the table writes stay after the odd mark
        s.table.copyFrom(src);
        s.seq = s.seq + 1;
        publishedNs = nowNs;
        current = spare;
    }

    /** @return true once something was published */
    boolean published() {
        return current >= 0;
    }

    /** @return the clock time of the last publication, ns (meaningless before the first) */
    long publishedNs() {
        return publishedNs;
    }

    /** @return a {@link GpuTable} double field of one GPU, NaN before the first publication */
    double readDouble(int field, int gpu) {
        for (;;) {
            int i = current;
            if (i < 0) {
                return Double.NaN;
            }
            Slot s = slots[i];
            long seq = s.seq;
            double v = s.table.values[field][gpu];
            if (stable(s, seq)) {
                return v;
            }
        }
    }

    long readEccErrors(int gpu) {
        for (;;) {
            int i = current;
            if (i < 0) {
                return 0;
            }
            Slot s = slots[i];
            long seq = s.seq;
            long v = s.table.eccErrors[gpu];
            if (stable(s, seq)) {
                return v;
            }
        }
    }

    int readPstate(int gpu) {
        for (;;) {
            int i = current;
            if (i < 0) {
                return -1;
            }
            Slot s = slots[i];
            long seq = s.seq;
            int v = s.table.pstate[gpu];
            if (stable(s, seq)) {
                return v;
            }
        }
    }

    boolean readHung(int gpu) {
        for (;;) {
            int i = current;
            if (i < 0) {
                return false;
            }
            Slot s = slots[i];
            long seq = s.seq;
            boolean v = s.table.hung[gpu];
            if (stable(s, seq)) {
                return v;
            }
        }
    }

    DeviceStatus readStatus(int gpu) {
        for (;;) {
            int i = current;
            if (i < 0) {
                return DeviceStatus.NO_RESPONSE;
            }
            Slot s = slots[i];
            long seq = s.seq;
            DeviceStatus v = s.table.status[gpu];
            if (stable(s, seq)) {
                return v;
            }
        }
    }

    /** @return true if the slot was not being written when read with sequence {@code seq} and still is not */
    private static boolean stable(Slot s, long seq) {
        VarHandle.loadLoadFence(); // the table reads complete before the sequence is read again
        if ((seq & 1) == 0 && s.seq == seq) {
            return true;
        }
        Thread.onSpinWait();
        return false;
    }
}

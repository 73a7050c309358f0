package space.ocsat.fsw.params;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.wire.AckCode;

/**
 * The limits table ({@link Limits}) as the flight software holds it: current values, changed by {@code SetParameter}
 * (one value) or {@code LoadParameterTable} (all, with their CRC-32C), each change checked in full on a candidate
 * copy, persisted in the non-volatile store (slot {@link #SLOT}) and only then applied, all values at once between
 * two control steps. A reboot restores the persisted table. Nothing allocates after construction.
 */
public final class ParameterTable {
    /** Store slot of the table. */
    public static final int SLOT = 3;
    private static final int MAGIC = 0x4F435054; // "OCPT"

    /** What applies a whole table to the subsystems. */
    @FunctionalInterface
    public interface Applier {
        void apply(double[] values);
    }

    private final NonVolatileStore store;
    private final Applier applier;
    private final double[] values;
    private final double[] candidate;
    private final ByteBuffer io;
    private final ByteBuffer crcBytes;
    private final CRC32C crc = new CRC32C();

    public ParameterTable(NonVolatileStore store, double[] defaults, Applier applier) {
        this.store = store;
        this.applier = applier;
        this.values = defaults.clone();
        this.candidate = defaults.clone();
        this.io = ByteBuffer.allocate(12 + 8 * defaults.length);
        this.crcBytes = ByteBuffer.allocate(8 * defaults.length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Boot: takes the persisted table if there is a valid one, then applies. @return true if restored */
    public boolean restore() {
        io.clear();
        boolean restored = false;
        if (store.read(SLOT, io) == io.capacity() && store.lastStatus() == StoreStatus.OK) {
            io.flip();
            if (io.getInt() == MAGIC && io.getInt() == values.length) {
                for (int i = 0; i < candidate.length; i++) {
                    candidate[i] = io.getDouble();
                }
                restored = io.getInt() == crc32c(candidate) && check(candidate) == AckCode.OK;
            }
        }
        if (restored) {
            System.arraycopy(candidate, 0, values, 0, values.length);
        }
        applier.apply(values);
        return restored;
    }

    /** @return AckCode for setting parameter {@code id} (1-based) to {@code value} */
    public int validateSet(int id, double value) {
        return begin().put(id, value) ? check(candidate) : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    /** Sets one parameter: checked, persisted, applied. @return AckCode */
    public int set(int id, double value) {
        int verdict = validateSet(id, value);
        return verdict == AckCode.OK ? commit() : verdict;
    }

    /** Starts a change of several parameters from the current values ({@link #put}, then {@link #commitChange}). */
    public ParameterTable begin() {
        System.arraycopy(values, 0, candidate, 0, values.length);
        return this;
    }

    /** @return false if there is no parameter {@code id} (1-based) */
    public boolean put(int id, double value) {
        if (id < 1 || id > values.length) {
            return false;
        }
        candidate[id - 1] = value;
        return true;
    }

    /** Checks, persists and applies the change begun with {@link #begin}. @return AckCode */
    public int commitChange() {
        int verdict = check(candidate);
        return verdict == AckCode.OK ? commit() : verdict;
    }

    /** Table values as a command carries them. */
    public interface Values {
        int length();

        double value(int i);
    }

    /** @return AckCode for loading a whole table: its id, length, CRC-32C and every value */
    public int validateLoad(int tableId, Values in, long crc32c) {
        if (tableId != Limits.TABLE_ID || in.length() != values.length) {
            return AckCode.ARGUMENT_OUT_OF_RANGE;
        }
        for (int i = 0; i < candidate.length; i++) {
            candidate[i] = in.value(i);
        }
        if ((crc32c & 0xFFFFFFFFL) != (crc32c(candidate) & 0xFFFFFFFFL)) {
            return AckCode.ARGUMENT_OUT_OF_RANGE;
        }
        return check(candidate);
    }

    /** Replaces the whole table atomically: checked, persisted, applied. @return AckCode */
    public int load(int tableId, Values in, long crc32c) {
        int verdict = validateLoad(tableId, in, crc32c);
        return verdict == AckCode.OK ? commit() : verdict;
    }

    private int check(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= Limits.MIN[i] && v[i] <= Limits.MAX[i])) {
                return AckCode.ARGUMENT_OUT_OF_RANGE;
            }
        }
        return Limits.consistent(v) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    /** Persists the candidate, then makes it current and applies it. */
    private int commit() {
        io.clear();
        io.putInt(MAGIC).putInt(candidate.length);
        for (double v : candidate) {
            io.putDouble(v);
        }
        io.putInt(crc32c(candidate));
        io.flip();
        if (store.write(SLOT, io) != StoreStatus.OK) {
            return AckCode.STORE_ERROR;
        }
        System.arraycopy(candidate, 0, values, 0, values.length);
        applier.apply(values);
        return AckCode.OK;
    }

    /** @return the CRC-32C of the values as little-endian IEEE-754 doubles, in order (what a load must carry) */
    public int crc32c(double[] v) {
        crcBytes.clear();
        for (double d : v) {
            crcBytes.putDouble(d);
        }
        crcBytes.flip();
        crc.reset();
        crc.update(crcBytes);
        return (int) crc.getValue();
    }

    /** @return the CRC-32C of the current table */
    public int crc32c() {
        return crc32c(values);
    }

    /** @return number of parameters */
    public int size() {
        return values.length;
    }

    /** @return parameter {@code id}'s value (1-based) */
    public double value(int id) {
        return values[id - 1];
    }
}

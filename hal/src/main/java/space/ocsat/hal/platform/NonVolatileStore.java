package space.ocsat.hal.platform;

import java.nio.ByteBuffer;

/**
 * Non-volatile storage organised as a fixed number of slots, each holding one record of at most
 * {@link #slotCapacityBytes()} bytes that survives a processor reset.
 *
 * <p>Writes are atomic with respect to a reset: a read after a reset at any point during a write returns either the
 * complete previous record or the complete new one, never a mix. Every record carries a generation, the count of
 * writes to its slot.
 *
 * <p>Expected hardware trouble is reported as a {@link StoreStatus}, never as an exception. {@link #read} and
 * {@link #write} do not allocate, so they may be called from the control cycle. Implementations are not thread-safe:
 * one thread owns a store.
 */
public interface NonVolatileStore {
    /** @return number of slots; valid slot indices are {@code 0 .. slotCount() - 1} */
    int slotCount();

    /** @return largest record one slot holds, bytes */
    int slotCapacityBytes();

    /**
     * Replaces the record in a slot with the bytes of {@code src} from its position to its limit. Neither the
     * position nor the limit of {@code src} is changed. On return with {@link StoreStatus#OK} the record is written
     * atomically (see the class comment); on any other status the previous record is still readable.
     *
     * @param slot slot index
     * @param src  record bytes, {@code src.remaining()} of them, at most {@link #slotCapacityBytes()}; may be read-only
     * @return {@link StoreStatus#OK}, {@link StoreStatus#BAD_SLOT}, {@link StoreStatus#TOO_LARGE} or
     *     {@link StoreStatus#IO_ERROR}
     */
    StoreStatus write(int slot, ByteBuffer src);

    /**
     * Copies the newest valid record of a slot into {@code dst} at its position and advances the position by the
     * record length. On failure {@code dst} is left unchanged, this returns {@code -1} and {@link #lastStatus()}
     * says why. A zero-length record is a valid record: it returns 0 with status {@link StoreStatus#OK}.
     *
     * @param slot slot index
     * @param dst  destination; needs at least the record length in {@code dst.remaining()}
     * @return the record length in bytes ({@code >= 0}) if {@link #lastStatus()} is {@link StoreStatus#OK},
     *     otherwise {@code -1}
     */
    int read(int slot, ByteBuffer dst);

    /**
     * Status of the most recent {@link #read} on this store: {@link StoreStatus#OK}, {@link StoreStatus#EMPTY},
     * {@link StoreStatus#CORRUPT}, {@link StoreStatus#TOO_LARGE} (the record is longer than {@code dst.remaining()}),
     * {@link StoreStatus#BAD_SLOT} or {@link StoreStatus#IO_ERROR}; {@link StoreStatus#UNSPECIFIED} before the first
     * read. Other operations do not change it.
     *
     * @return the outcome of the most recent read
     */
    StoreStatus lastStatus();

    /**
     * @param slot slot index
     * @return write counter of the slot's newest valid record, starting at 1 for the first write; 0 if the slot is
     *     empty, corrupt, out of range, or the store cannot be read
     */
    long generation(int slot);

    /**
     * Forces everything written so far to stable storage. Not needed for atomicity, which holds without it; it bounds
     * what a power loss can undo.
     *
     * @return {@link StoreStatus#OK} or {@link StoreStatus#IO_ERROR}
     */
    StoreStatus flush();
}

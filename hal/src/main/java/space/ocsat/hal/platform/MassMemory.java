package space.ocsat.hal.platform;

import java.nio.ByteBuffer;

/**
 * Mass memory for recorded data (the telemetry store-and-forward ring): a fixed number of equal blocks that survive
 * a processor reset, written and read whole, like the flash partition of a solid-state recorder.
 *
 * <p>A block write is not atomic: a reset during it may leave the block torn, so a user seals each block's contents
 * with its own check (a CRC) and treats a block that fails it as empty. A block never written reads as zeros.
 *
 * <p>Expected hardware trouble is reported as a {@link StoreStatus}, never as an exception. {@link #read} and
 * {@link #write} do not allocate. Implementations are not thread-safe: one thread owns the memory.
 */
public interface MassMemory {
    /** @return number of blocks; valid block indices are {@code 0 .. blockCount() - 1} */
    int blockCount();

    /** @return size of one block, bytes */
    int blockBytes();

    /**
     * Writes the bytes of {@code src} from its position to its limit at the start of a block; the rest of the block
     * keeps whatever it held. Neither the position nor the limit of {@code src} changes.
     *
     * @return {@link StoreStatus#OK}, {@link StoreStatus#BAD_SLOT}, {@link StoreStatus#TOO_LARGE} (more than
     *     {@link #blockBytes()}) or {@link StoreStatus#IO_ERROR}
     */
    StoreStatus write(int block, ByteBuffer src);

    /**
     * Copies the first {@code min(dst.remaining(), blockBytes())} bytes of a block into {@code dst} at its position
     * and advances the position by that count; on failure {@code dst} is unchanged.
     *
     * @return {@link StoreStatus#OK}, {@link StoreStatus#BAD_SLOT} or {@link StoreStatus#IO_ERROR}
     */
    StoreStatus read(int block, ByteBuffer dst);

    /** Forces everything written so far to stable storage. @return {@link StoreStatus#OK} or {@link StoreStatus#IO_ERROR} */
    StoreStatus flush();
}

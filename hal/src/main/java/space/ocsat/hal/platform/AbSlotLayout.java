package space.ocsat.hal.platform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The A/B record format shared by the {@link NonVolatileStore} implementations, applied to one buffer that holds the
 * whole store image. The stores differ only in where that buffer lives.
 *
 * <p>Image, big-endian: a header of four ints (magic {@link #FILE_MAGIC}, {@link #LAYOUT_VERSION}, slot count, slot
 * capacity in bytes), then for each slot two copies, A and B. A copy is a {@link #COPY_HEADER_BYTES}-byte header
 * (magic {@link #COPY_MAGIC}, generation long, length int, CRC-32C int over the generation, length and payload
 * bytes) followed by the payload area, padded to a multiple of 8 bytes.
 *
 * <p>A write goes to the copy that does not hold the newest valid record: payload first, then generation, length,
 * CRC and, last, magic, with a {@link Barrier} after the payload and after the header. A reset at any point leaves
 * the newest record untouched, and the copy being written fails its check until its header is complete. A copy
 * whose magic is zero has never been committed; a slot with two such copies is empty.
 *
 * <p>Not thread-safe. Allocation-free after construction.
 */
final class AbSlotLayout {
    static final int FILE_MAGIC = 0x4F43_5356; // "OCSV"
    static final int LAYOUT_VERSION = 1;
    static final int FILE_HEADER_BYTES = 16;
    static final int COPY_MAGIC = 0x4E56_5231; // "NVR1"
    static final int MAGIC_OFFSET = 0;
    static final int GENERATION_OFFSET = 4;
    static final int LENGTH_OFFSET = 12;
    static final int CRC_OFFSET = 16;
    static final int COPY_HEADER_BYTES = 20;

    /** Makes the bytes written to {@code [offset, offset + length)} of the image durable. Must not allocate. */
    @FunctionalInterface
    interface Barrier {
        /** @param offset first byte, from the start of the image @param length bytes @return false on a medium failure */
        boolean force(int offset, int length);
    }

    /** Barrier for an image with nothing to force: heap memory, or a simulator that does not model power loss. */
    static final Barrier NO_BARRIER = (offset, length) -> true;

    private static final int NO_COPY_EMPTY = -1;
    private static final int NO_COPY_CORRUPT = -2;

    private final ByteBuffer image;
    private final ByteBuffer crcView;
    private final CRC32C crc = new CRC32C();
    private final Barrier barrier;
    private final int slotCount;
    private final int capacityBytes;

    /**
     * @param image         the store image, at least {@link #imageBytes} long, with a header already written; its
     *                      byte order is set to big-endian
     * @param slotCount     number of slots
     * @param capacityBytes largest record per slot, bytes
     * @param barrier       called after the payload and after the header of each write
     */
    AbSlotLayout(ByteBuffer image, int slotCount, int capacityBytes, Barrier barrier) {
        long bytes = imageBytes(slotCount, capacityBytes);
        if (image.capacity() < bytes) {
            throw new IllegalArgumentException("image of " + image.capacity() + " bytes, need " + bytes);
        }
        this.image = image.order(ByteOrder.BIG_ENDIAN);
        this.crcView = image.duplicate();
        this.barrier = barrier;
        this.slotCount = slotCount;
        this.capacityBytes = capacityBytes;
    }

    /** @return size of the image for this geometry, bytes @throws IllegalArgumentException if it is not mappable */
    static long imageBytes(int slotCount, int capacityBytes) {
        if (slotCount < 1 || capacityBytes < 1) {
            throw new IllegalArgumentException(
                    "need at least 1 slot of at least 1 byte, got " + slotCount + " slots of " + capacityBytes);
        }
        long bytes = copyOffset(capacityBytes, slotCount, 0);
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image of " + bytes + " bytes exceeds the 2 GiB mapping limit");
        }
        return bytes;
    }

    /** @return offset of a copy (0 = A, 1 = B) of a slot from the start of the image, bytes */
    static long copyOffset(int capacityBytes, int slot, int copy) {
        long copyStride = (COPY_HEADER_BYTES + (long) capacityBytes + 7) & ~7L;
        return FILE_HEADER_BYTES + (2L * slot + copy) * copyStride;
    }

    /** Writes the image header for this geometry at index 0 of {@code header}. */
    static void writeHeader(ByteBuffer header, int slotCount, int capacityBytes) {
        header.putInt(0, FILE_MAGIC).putInt(4, LAYOUT_VERSION).putInt(8, slotCount).putInt(12, capacityBytes);
    }

    /** @return null if the header at index 0 of {@code header} matches this geometry, else what differs */
    static String headerMismatch(ByteBuffer header, int slotCount, int capacityBytes) {
        int magic = header.getInt(0);
        if (magic != FILE_MAGIC) {
            return String.format("not an ocsat non-volatile store (magic 0x%08X, expected 0x%08X)", magic, FILE_MAGIC);
        }
        int version = header.getInt(4);
        int slots = header.getInt(8);
        int capacity = header.getInt(12);
        if (version == LAYOUT_VERSION && slots == slotCount && capacity == capacityBytes) {
            return null;
        }
        return String.format("layout version %d with %d slots of %d bytes, expected version %d with %d slots of %d bytes",
                version, slots, capacity, LAYOUT_VERSION, slotCount, capacityBytes);
    }

    int slotCount() {
        return slotCount;
    }

    int capacityBytes() {
        return capacityBytes;
    }

    /** See {@link NonVolatileStore#write}. */
    StoreStatus write(int slot, ByteBuffer src) {
        if (slot < 0 || slot >= slotCount) {
            return StoreStatus.BAD_SLOT;
        }
        int length = src.remaining();
        if (length > capacityBytes) {
            return StoreStatus.TOO_LARGE;
        }
        int newest = newestValidCopy(slot);
        long generation = newest >= 0 ? image.getLong(offset(slot, newest) + GENERATION_OFFSET) + 1 : 1;
        int copy = offset(slot, newest == 0 ? 1 : 0);
        int payload = copy + COPY_HEADER_BYTES;
        image.put(payload, src, src.position(), length);
        if (length > 0 && !barrier.force(payload, length)) {
            return StoreStatus.IO_ERROR;
        }
        image.putLong(copy + GENERATION_OFFSET, generation);
        image.putInt(copy + LENGTH_OFFSET, length);
        image.putInt(copy + CRC_OFFSET, crcOf(copy, length));
        image.putInt(copy + MAGIC_OFFSET, COPY_MAGIC);
        return barrier.force(copy, COPY_HEADER_BYTES) ? StoreStatus.OK : StoreStatus.IO_ERROR;
    }

    /** Copies the newest valid record into {@code dst} and advances its position; see {@link NonVolatileStore#read}. */
    StoreStatus read(int slot, ByteBuffer dst) {
        if (slot < 0 || slot >= slotCount) {
            return StoreStatus.BAD_SLOT;
        }
        int newest = newestValidCopy(slot);
        if (newest < 0) {
            return newest == NO_COPY_EMPTY ? StoreStatus.EMPTY : StoreStatus.CORRUPT;
        }
        int copy = offset(slot, newest);
        int length = image.getInt(copy + LENGTH_OFFSET);
        if (length > dst.remaining()) {
            return StoreStatus.TOO_LARGE;
        }
        int position = dst.position();
        dst.put(position, image, copy + COPY_HEADER_BYTES, length);
        dst.position(position + length);
        return StoreStatus.OK;
    }

    /** See {@link NonVolatileStore#generation}. */
    long generation(int slot) {
        if (slot < 0 || slot >= slotCount) {
            return 0;
        }
        int newest = newestValidCopy(slot);
        return newest >= 0 ? image.getLong(offset(slot, newest) + GENERATION_OFFSET) : 0;
    }

    /** @return 0 (A) or 1 (B), whichever valid copy has the higher generation; else NO_COPY_EMPTY/_CORRUPT */
    private int newestValidCopy(int slot) {
        int a = offset(slot, 0);
        int b = offset(slot, 1);
        int first = image.getLong(b + GENERATION_OFFSET) > image.getLong(a + GENERATION_OFFSET) ? 1 : 0;
        if (isValid(first == 0 ? a : b)) {
            return first;
        }
        if (isValid(first == 0 ? b : a)) {
            return 1 - first;
        }
        boolean blank = image.getInt(a + MAGIC_OFFSET) == 0 && image.getInt(b + MAGIC_OFFSET) == 0;
        return blank ? NO_COPY_EMPTY : NO_COPY_CORRUPT;
    }

    private boolean isValid(int copy) {
        int length = image.getInt(copy + LENGTH_OFFSET);
        return image.getInt(copy + MAGIC_OFFSET) == COPY_MAGIC
                && image.getLong(copy + GENERATION_OFFSET) > 0
                && length >= 0 && length <= capacityBytes
                && image.getInt(copy + CRC_OFFSET) == crcOf(copy, length);
    }

    /** CRC-32C over the generation and length fields, then {@code length} payload bytes. */
    private int crcOf(int copy, int length) {
        crc.reset();
        crcView.limit(copy + CRC_OFFSET).position(copy + GENERATION_OFFSET);
        crc.update(crcView);
        int payload = copy + COPY_HEADER_BYTES;
        crcView.limit(payload + length).position(payload);
        crc.update(crcView);
        return (int) crc.getValue();
    }

    private int offset(int slot, int copy) {
        return (int) copyOffset(capacityBytes, slot, copy);
    }
}

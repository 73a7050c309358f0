package space.ocsat.hal.platform;

import java.nio.ByteBuffer;

/** The block layout shared by the {@link MassMemory} bindings: block {@code i} at byte offset {@code i × blockBytes}. */
final class BlockImage {
    private final ByteBuffer image;
    private final int blockCount;
    private final int blockBytes;

    BlockImage(ByteBuffer image, int blockCount, int blockBytes) {
        this.image = image;
        this.blockCount = blockCount;
        this.blockBytes = blockBytes;
    }

    /** @throws IllegalArgumentException unless the geometry is positive and fits 2 GiB */
    static long imageBytes(int blockCount, int blockBytes) {
        if (blockCount < 1 || blockBytes < 1) {
            throw new IllegalArgumentException("mass memory needs at least one block of at least one byte, got "
                    + blockCount + " × " + blockBytes);
        }
        long bytes = (long) blockCount * blockBytes;
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("mass memory of " + bytes + " bytes exceeds 2 GiB");
        }
        return bytes;
    }

    int blockCount() {
        return blockCount;
    }

    int blockBytes() {
        return blockBytes;
    }

    StoreStatus write(int block, ByteBuffer src) {
        if (block < 0 || block >= blockCount) {
            return StoreStatus.BAD_SLOT;
        }
        int length = src.remaining();
        if (length > blockBytes) {
            return StoreStatus.TOO_LARGE;
        }
        image.put(block * blockBytes, src, src.position(), length);
        return StoreStatus.OK;
    }

    StoreStatus read(int block, ByteBuffer dst) {
        if (block < 0 || block >= blockCount) {
            return StoreStatus.BAD_SLOT;
        }
        int length = Math.min(dst.remaining(), blockBytes);
        dst.put(dst.position(), image, block * blockBytes, length);
        dst.position(dst.position() + length);
        return StoreStatus.OK;
    }
}

package space.ocsat.hal.platform;

import java.nio.ByteBuffer;

/** {@link MassMemory} on a heap buffer: survives a flight-software restart in the same process, not the process. */
public final class InMemoryMassMemory implements MassMemory {
    private final BlockImage blocks;

    /** @throws IllegalArgumentException if the geometry is not positive or exceeds 2 GiB */
    public InMemoryMassMemory(int blockCount, int blockBytes) {
        ByteBuffer image = ByteBuffer.allocate((int) BlockImage.imageBytes(blockCount, blockBytes));
        this.blocks = new BlockImage(image, blockCount, blockBytes);
    }

    @Override public int blockCount() { return blocks.blockCount(); }
    @Override public int blockBytes() { return blocks.blockBytes(); }
    @Override public StoreStatus write(int block, ByteBuffer src) { return blocks.write(block, src); }
    @Override public StoreStatus read(int block, ByteBuffer dst) { return blocks.read(block, dst); }
    @Override public StoreStatus flush() { return StoreStatus.OK; }
}

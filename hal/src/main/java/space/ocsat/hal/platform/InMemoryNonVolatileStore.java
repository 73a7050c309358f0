package space.ocsat.hal.platform;

import java.nio.ByteBuffer;

/**
 * A {@link NonVolatileStore} on a heap buffer, with the same A/B record format and semantics as
 * {@link FileNonVolatileStore} but no persistence beyond the object's life. For tests and simulation.
 */
public final class InMemoryNonVolatileStore implements NonVolatileStore {
    private final AbSlotLayout layout;
    private StoreStatus lastStatus = StoreStatus.UNSPECIFIED;

    /**
     * Allocates an empty store.
     *
     * @param slotCount         number of slots, at least 1
     * @param slotCapacityBytes largest record per slot, bytes, at least 1
     * @throws IllegalArgumentException if the geometry is invalid or the image would exceed 2 GiB
     */
    public InMemoryNonVolatileStore(int slotCount, int slotCapacityBytes) {
        ByteBuffer image = ByteBuffer.allocate((int) AbSlotLayout.imageBytes(slotCount, slotCapacityBytes));
        AbSlotLayout.writeHeader(image, slotCount, slotCapacityBytes);
        this.layout = new AbSlotLayout(image, slotCount, slotCapacityBytes, AbSlotLayout.NO_BARRIER);
    }

    @Override
    public int slotCount() {
        return layout.slotCount();
    }

    @Override
    public int slotCapacityBytes() {
        return layout.capacityBytes();
    }

    @Override
    public StoreStatus write(int slot, ByteBuffer src) {
        return layout.write(slot, src);
    }

    @Override
    public int read(int slot, ByteBuffer dst) {
        int start = dst.position();
        lastStatus = layout.read(slot, dst);
        return lastStatus == StoreStatus.OK ? dst.position() - start : -1;
    }

    @Override
    public StoreStatus lastStatus() {
        return lastStatus;
    }

    @Override
    public long generation(int slot) {
        return layout.generation(slot);
    }

    /** @return {@link StoreStatus#OK}: there is nothing to force */
    @Override
    public StoreStatus flush() {
        return StoreStatus.OK;
    }
}

package space.ocsat.hal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link NonVolatileStore} in one file, memory-mapped read-write so that reads and writes on the control cycle do
 * not allocate. The file holds the A/B record format of {@link AbSlotLayout}.
 *
 * <p>{@link #open} runs at boot and may allocate and throw; every other method returns a status instead. A failed
 * force is reported as {@link StoreStatus#IO_ERROR}, and so is a memory fault on the mapping (a media error or a file
 * truncated underneath, which HotSpot raises as {@link InternalError}) when it is raised inside the call. From
 * JIT-compiled code HotSpot may raise that error later, after the call has returned ("a fault occurred in a recent
 * unsafe memory access operation"); whoever runs the control loop should treat it as a store fault. The file is
 * locked while open. Not thread-safe.
 */
public final class FileNonVolatileStore implements NonVolatileStore, AutoCloseable {
    private final FileChannel channel;
    private final MappedByteBuffer image;
    private final AbSlotLayout layout;
    private StoreStatus lastStatus = StoreStatus.UNSPECIFIED;
    private boolean closed;

    private FileNonVolatileStore(FileChannel channel, MappedByteBuffer image, int slotCount, int capacityBytes,
            boolean forceOnWrite) {
        this.channel = channel;
        this.image = image;
        AbSlotLayout.Barrier barrier = forceOnWrite ? (offset, length) -> force(image, offset, length)
                : AbSlotLayout.NO_BARRIER;
        this.layout = new AbSlotLayout(image, slotCount, capacityBytes, barrier);
    }

    /**
     * Opens the store in {@code file}, creating it empty if it does not exist. A new file is written in full under a
     * temporary name, forced, then renamed into place, so a reset during creation never leaves a half-made store.
     *
     * @param file              the store file
     * @param slotCount         number of slots, at least 1
     * @param slotCapacityBytes largest record per slot, bytes, at least 1
     * @param forceOnWrite      true to force each write's payload, then its header, to the medium before
     *                          {@link #write} returns (flight); false to leave write-back to the OS (simulator: faster,
     *                          still atomic against a process reset, not against power loss)
     * @return the open store
     * @throws StoreLayoutException     if the file exists but is not a store of exactly this layout version, slot
     *                                  count and capacity; the message names the file and both layouts
     * @throws IOException              if the file cannot be created, locked (another store has it open) or mapped
     * @throws IllegalArgumentException if the geometry is invalid or the file would exceed 2 GiB
     */
    public static FileNonVolatileStore open(Path file, int slotCount, int slotCapacityBytes, boolean forceOnWrite)
            throws IOException {
        long imageBytes = AbSlotLayout.imageBytes(slotCount, slotCapacityBytes);
        if (!Files.exists(file)) {
            StoreFiles.create(file, slotCount, slotCapacityBytes, imageBytes);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            StoreFiles.lock(channel, file);
            StoreFiles.checkLayout(channel, file, slotCount, slotCapacityBytes, imageBytes);
            MappedByteBuffer image = channel.map(FileChannel.MapMode.READ_WRITE, 0, imageBytes);
            return new FileNonVolatileStore(channel, image, slotCount, slotCapacityBytes, forceOnWrite);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
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
        if (closed) {
            return StoreStatus.IO_ERROR;
        }
        try {
            return layout.write(slot, src);
        } catch (InternalError mediaFault) {
            return StoreStatus.IO_ERROR;
        }
    }

    @Override
    public int read(int slot, ByteBuffer dst) {
        int start = dst.position();
        lastStatus = closed ? StoreStatus.IO_ERROR : readMapped(slot, dst);
        return lastStatus == StoreStatus.OK ? dst.position() - start : -1;
    }

    @Override
    public StoreStatus lastStatus() {
        return lastStatus;
    }

    @Override
    public long generation(int slot) {
        if (closed) {
            return 0;
        }
        try {
            return layout.generation(slot);
        } catch (InternalError mediaFault) {
            return 0;
        }
    }

    @Override
    public StoreStatus flush() {
        boolean forced = !closed && force(image, 0, image.capacity());
        return forced ? StoreStatus.OK : StoreStatus.IO_ERROR;
    }

    /**
     * Forces the mapping to the medium and releases the file and its lock; afterwards every operation returns
     * {@link StoreStatus#IO_ERROR}. The mapping itself is released when the store is garbage-collected. Idempotent.
     *
     * @throws IOException if the final force or the close fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        StoreFiles.forceAndClose(image, channel);
    }

    private StoreStatus readMapped(int slot, ByteBuffer dst) {
        try {
            return layout.read(slot, dst);
        } catch (InternalError mediaFault) {
            return StoreStatus.IO_ERROR;
        }
    }

    private static boolean force(MappedByteBuffer image, int offset, int length) {
        try {
            image.force(offset, length);
            return true;
        } catch (UncheckedIOException | InternalError e) {
            return false;
        }
    }
}

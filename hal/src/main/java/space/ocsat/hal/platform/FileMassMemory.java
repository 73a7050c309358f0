package space.ocsat.hal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@link MassMemory} in one file of exactly {@code blockCount × blockBytes} bytes, memory-mapped so the control cycle
 * writes blocks without allocating; a new file is sparse (blocks never written read as zeros). Writes reach the file
 * when the OS writes the mapping back or at {@link #flush()}, so a process killed at any point keeps every completed
 * write; a power loss keeps what was flushed. The file is locked while open. Not thread-safe.
 */
public final class FileMassMemory implements MassMemory, AutoCloseable {
    private final FileChannel channel;
    private final MappedByteBuffer image;
    private final BlockImage blocks;
    private boolean closed;

    private FileMassMemory(FileChannel channel, MappedByteBuffer image, int blockCount, int blockBytes) {
        this.channel = channel;
        this.image = image;
        this.blocks = new BlockImage(image, blockCount, blockBytes);
    }

    /**
     * Opens the mass memory in {@code file}, creating it if missing.
     *
     * @throws StoreLayoutException     if the file exists with another size
     * @throws IOException              if it cannot be created, locked or mapped
     * @throws IllegalArgumentException if the geometry is not positive or exceeds 2 GiB
     */
    public static FileMassMemory open(Path file, int blockCount, int blockBytes) throws IOException {
        long bytes = BlockImage.imageBytes(blockCount, blockBytes);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE);
        try {
            StoreFiles.lock(channel, file);
            long size = channel.size();
            if (size == 0) {
                channel.write(ByteBuffer.allocate(1), bytes - 1);
            } else if (size != bytes) {
                throw new StoreLayoutException(file + ": " + size + " bytes, expected " + bytes + " for "
                        + blockCount + " blocks of " + blockBytes + " bytes");
            }
            MappedByteBuffer image = channel.map(FileChannel.MapMode.READ_WRITE, 0, bytes);
            return new FileMassMemory(channel, image, blockCount, blockBytes);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    @Override public int blockCount() { return blocks.blockCount(); }
    @Override public int blockBytes() { return blocks.blockBytes(); }

    @Override
    public StoreStatus write(int block, ByteBuffer src) {
        if (closed) {
            return StoreStatus.IO_ERROR;
        }
        try {
            return blocks.write(block, src);
        } catch (InternalError mediaFault) {
            return StoreStatus.IO_ERROR;
        }
    }

    @Override
    public StoreStatus read(int block, ByteBuffer dst) {
        if (closed) {
            return StoreStatus.IO_ERROR;
        }
        try {
            return blocks.read(block, dst);
        } catch (InternalError mediaFault) {
            return StoreStatus.IO_ERROR;
        }
    }

    @Override
    public StoreStatus flush() {
        if (closed) {
            return StoreStatus.IO_ERROR;
        }
        try {
            image.force();
            return StoreStatus.OK;
        } catch (UncheckedIOException | InternalError e) {
            return StoreStatus.IO_ERROR;
        }
    }

    /** Forces the mapping and releases the file; afterwards every operation returns {@link StoreStatus#IO_ERROR}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        StoreFiles.forceAndClose(image, channel);
    }
}

package space.ocsat.hal.platform;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File handling shared by {@link FileNonVolatileStore} and {@link FileMassMemory}: creating, locking and checking the
 * store file, and forcing and closing it.
 */
final class StoreFiles {
    private static final int ZERO_CHUNK_BYTES = 64 * 1024;

    private StoreFiles() {
    }

    /**
     * Writes a new, empty store image of {@code imageBytes} zero bytes plus its header under a temporary name,
     * forces it and renames it to {@code file}, so a reset never leaves a half-made store.
     */
    static void create(Path file, int slotCount, int capacityBytes, long imageBytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(imageBytes, ZERO_CHUNK_BYTES));
            for (long position = 0; position < imageBytes; position += zeros.limit()) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), imageBytes - position));
                writeFully(channel, zeros, position);
            }
            ByteBuffer header = ByteBuffer.allocate(AbSlotLayout.FILE_HEADER_BYTES);
            AbSlotLayout.writeHeader(header, slotCount, capacityBytes);
            writeFully(channel, header, 0);
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Takes an exclusive lock on the file for as long as {@code channel} is open. */
    static void lock(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException(file + ": already open by another store");
        }
    }

    /** @throws StoreLayoutException unless the file is a store of exactly this layout and size */
    static void checkLayout(FileChannel channel, Path file, int slotCount, int capacityBytes,
            long imageBytes) throws IOException {
        long size = channel.size();
        if (size < AbSlotLayout.FILE_HEADER_BYTES) {
            throw new StoreLayoutException(file + ": " + size + " bytes, too short for an ocsat non-volatile store");
        }
        ByteBuffer header = ByteBuffer.allocate(AbSlotLayout.FILE_HEADER_BYTES);
        while (header.hasRemaining()) {
            if (channel.read(header, header.position()) < 0) {
                throw new EOFException(file + ": truncated while reading its header");
            }
        }
        String mismatch = AbSlotLayout.headerMismatch(header, slotCount, capacityBytes);
        if (mismatch != null) {
            throw new StoreLayoutException(file + ": " + mismatch);
        }
        if (size != imageBytes) {
            throw new StoreLayoutException(file + ": " + size + " bytes, expected " + imageBytes + " for "
                    + slotCount + " slots of " + capacityBytes + " bytes");
        }
    }

    /** Forces a mapping to the medium, then closes its file (also when the force fails). */
    static void forceAndClose(java.nio.MappedByteBuffer image, FileChannel channel) throws IOException {
        try {
            image.force();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            channel.close();
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer src, long position) throws IOException {
        for (long at = position; src.hasRemaining(); ) {
            at += channel.write(src, at);
        }
    }
}

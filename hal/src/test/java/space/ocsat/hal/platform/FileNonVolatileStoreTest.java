package space.ocsat.hal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: the shared contract, plus persistence, torn writes, corruption and layout checks on the file. */
class FileNonVolatileStoreTest extends NonVolatileStoreContractTest {
    private static final int A = 0;
    private static final int B = 1;

    @TempDir
    Path dir;
    private Path file;
    private FileNonVolatileStore store;

    @BeforeEach
    void openStore() throws IOException {
        file = dir.resolve("nvs.bin");
        store = FileNonVolatileStore.open(file, SLOTS, CAPACITY, false);
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    @Override
    NonVolatileStore store() {
        return store;
    }

    @Test
    void survivesCloseAndReopen() throws IOException {
        store.write(1, bytes("persisted"));
        store.write(1, bytes("persisted-2"));
        reopen(true);

        assertThat(readText(store, 1)).isEqualTo("persisted-2");
        assertThat(store.generation(1)).isEqualTo(2);
        assertThat(store.write(1, bytes("after-reopen"))).isEqualTo(StoreStatus.OK);
        reopen(false);
        assertThat(readText(store, 1)).isEqualTo("after-reopen");
        assertThat(Files.size(file)).isEqualTo(AbSlotLayout.imageBytes(SLOTS, CAPACITY));
    }

    @Test
    void keepsOldRecordWhenWriteIsTornMidPayload() throws IOException {
        store.write(0, bytes("generation-1")); // copy A
        store.write(0, bytes("generation-2")); // copy B; the next write targets A
        store.close();

        poke(payload(0, A), "generation-3 half".getBytes(StandardCharsets.US_ASCII)); // reset mid-payload
        reopen(false);

        assertThat(readText(store, 0)).isEqualTo("generation-2");
        assertThat(store.generation(0)).isEqualTo(2);
        assertThat(store.write(0, bytes("generation-3"))).isEqualTo(StoreStatus.OK);
        assertThat(readText(store, 0)).isEqualTo("generation-3");
        assertThat(store.generation(0)).isEqualTo(3);
    }

    @Test
    void keepsOldRecordWhenResetFallsBetweenHeaderFields() throws IOException {
        store.write(0, bytes("generation-1"));
        store.write(0, bytes("generation-2"));
        store.close();

        poke(payload(0, A), "generation-3".getBytes(StandardCharsets.US_ASCII)); // payload complete
        poke(copy(0, A) + AbSlotLayout.GENERATION_OFFSET, ByteBuffer.allocate(8).putLong(0, 3).array()); // no CRC
        reopen(false);

        assertThat(readText(store, 0)).isEqualTo("generation-2");
    }

    @Test
    void firstWriteTornBeforeCommitLeavesSlotEmpty() throws IOException {
        store.close();

        poke(payload(2, A), "never committed".getBytes(StandardCharsets.US_ASCII));
        reopen(false);

        assertThat(store.read(2, ByteBuffer.allocate(CAPACITY))).isEqualTo(-1);
        assertThat(store.lastStatus()).isEqualTo(StoreStatus.EMPTY);
    }

    @Test
    void fallsBackToOtherCopyWhenNewestCopyCorrupted() throws IOException {
        store.write(3, bytes("previous"));
        store.write(3, bytes("newest"));
        store.close();

        flipByte(payload(3, B) + 2);
        reopen(false);

        assertThat(readText(store, 3)).isEqualTo("previous");
        assertThat(store.generation(3)).isEqualTo(1);
    }

    @Test
    void reportsCorruptWhenBothCopiesFailAndRecoversOnNextWrite() throws IOException {
        store.write(3, bytes("previous"));
        store.write(3, bytes("newest"));
        store.close();

        flipByte(payload(3, A));
        flipByte(copy(3, B) + AbSlotLayout.LENGTH_OFFSET + 3);
        reopen(false);

        assertThat(store.read(3, ByteBuffer.allocate(CAPACITY))).isEqualTo(-1);
        assertThat(store.lastStatus()).isEqualTo(StoreStatus.CORRUPT);
        assertThat(store.generation(3)).isZero();
        assertThat(store.write(3, bytes("rewritten"))).isEqualTo(StoreStatus.OK);
        assertThat(readText(store, 3)).isEqualTo("rewritten");
    }

    @Test
    void rejectsReopenWithDifferentLayout() throws IOException {
        store.write(0, bytes("keep me"));
        store.close();

        assertThatThrownBy(() -> FileNonVolatileStore.open(file, SLOTS + 1, CAPACITY, false))
                .isInstanceOf(StoreLayoutException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("layout version 1 with 4 slots of 64 bytes, expected version 1 with 5 slots");
        assertThatThrownBy(() -> FileNonVolatileStore.open(file, SLOTS, CAPACITY * 2, false))
                .isInstanceOf(StoreLayoutException.class).hasMessageContaining("expected version 1 with 4 slots of 128");
        poke(4, ByteBuffer.allocate(4).putInt(0, 2).array());
        assertThatThrownBy(() -> FileNonVolatileStore.open(file, SLOTS, CAPACITY, false))
                .isInstanceOf(StoreLayoutException.class).hasMessageContaining("layout version 2");
        poke(4, ByteBuffer.allocate(4).putInt(0, AbSlotLayout.LAYOUT_VERSION).array());
        reopen(false);
        assertThat(readText(store, 0)).isEqualTo("keep me");
    }

    @Test
    void rejectsStoreFileOfWrongSize() throws IOException {
        store.close();
        long imageBytes = AbSlotLayout.imageBytes(SLOTS, CAPACITY);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(imageBytes - 1);
        }

        assertThatThrownBy(() -> FileNonVolatileStore.open(file, SLOTS, CAPACITY, false))
                .isInstanceOf(StoreLayoutException.class).hasMessageContaining("bytes, expected " + imageBytes);
    }

    @Test
    void rejectsFileThatIsNotAStore() throws IOException {
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "this is not a non-volatile store");

        assertThatThrownBy(() -> FileNonVolatileStore.open(other, SLOTS, CAPACITY, false))
                .isInstanceOf(StoreLayoutException.class).hasMessageContaining("not an ocsat non-volatile store");
        assertThat(Files.readString(other)).isEqualTo("this is not a non-volatile store");
    }

    @Test
    void rejectsSecondOpenOfTheSameFile() {
        assertThatIOException().isThrownBy(() -> FileNonVolatileStore.open(file, SLOTS, CAPACITY, false))
                .withMessageContaining("already open");
        assertThat(store.write(0, bytes("still usable"))).isEqualTo(StoreStatus.OK);
    }

    @Test
    void reportsIoErrorAfterClose() throws IOException {
        store.write(0, bytes("x"));
        store.close();

        assertThat(store.write(0, bytes("y"))).isEqualTo(StoreStatus.IO_ERROR);
        assertThat(store.read(0, ByteBuffer.allocate(CAPACITY))).isEqualTo(-1);
        assertThat(store.lastStatus()).isEqualTo(StoreStatus.IO_ERROR);
        assertThat(store.flush()).isEqualTo(StoreStatus.IO_ERROR);
        assertThat(store.generation(0)).isZero();
    }

    @Test
    void forceOnWriteStoreRoundTripsAndPersists() throws IOException {
        reopen(true);
        for (int i = 0; i < 50; i++) {
            assertThat(store.write(i % SLOTS, bytes("forced-" + i))).isEqualTo(StoreStatus.OK);
        }
        reopen(false);

        assertThat(readText(store, 1)).isEqualTo("forced-49");
        assertThat(store.generation(1)).isEqualTo(13);
    }

    private void reopen(boolean forceOnWrite) throws IOException {
        store.close();
        store = FileNonVolatileStore.open(file, SLOTS, CAPACITY, forceOnWrite);
    }

    private static long copy(int slot, int copy) {
        return AbSlotLayout.copyOffset(CAPACITY, slot, copy);
    }

    private static long payload(int slot, int copy) {
        return copy(slot, copy) + AbSlotLayout.COPY_HEADER_BYTES;
    }

    private void poke(long offset, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), offset);
        }
    }

    private void flipByte(long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            channel.write(ByteBuffer.wrap(new byte[] {(byte) (one.get(0) ^ 0x10)}), offset);
        }
    }
}

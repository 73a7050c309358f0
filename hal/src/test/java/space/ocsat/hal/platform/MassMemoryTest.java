package space.ocsat.hal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MassMemoryTest {
    @TempDir
    Path dir;

    private static ByteBuffer bytes(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length);
        for (int v : values) {
            b.put((byte) v);
        }
        return b.flip();
    }

    private static void roundTrips(MassMemory memory) {
        assertThat(memory.write(3, bytes(1, 2, 3))).isEqualTo(StoreStatus.OK);
        ByteBuffer out = ByteBuffer.allocate(4);
        assertThat(memory.read(3, out)).isEqualTo(StoreStatus.OK);
        assertThat(out.array()).containsExactly(1, 2, 3, 0);
        assertThat(memory.write(4, ByteBuffer.allocate(memory.blockBytes() + 1))).isEqualTo(StoreStatus.TOO_LARGE);
        assertThat(memory.write(memory.blockCount(), bytes(1))).isEqualTo(StoreStatus.BAD_SLOT);
        assertThat(memory.read(-1, ByteBuffer.allocate(1))).isEqualTo(StoreStatus.BAD_SLOT);
    }

    @Test
    void aBlockReadsBackWhatWasWrittenAndBadRequestsGetAStatus() {
        roundTrips(new InMemoryMassMemory(8, 16));
    }

    @Test
    void aFileKeepsItsBlocksAcrossReopeningAndStartsSparse() throws Exception {
        Path file = dir.resolve("recorder.bin");
        try (FileMassMemory memory = FileMassMemory.open(file, 1024, 1024)) {
            roundTrips(memory);
        }
        assertThat(Files.size(file)).isEqualTo(1024 * 1024);
        try (FileMassMemory memory = FileMassMemory.open(file, 1024, 1024)) {
            ByteBuffer out = ByteBuffer.allocate(3);
            memory.read(3, out);
            assertThat(out.array()).containsExactly(1, 2, 3);
            memory.close();
            assertThat(memory.write(0, bytes(1))).isEqualTo(StoreStatus.IO_ERROR);
        }
    }

    @Test
    void aFileOfAnotherGeometryIsRefusedByName() throws Exception {
        Path file = dir.resolve("recorder.bin");
        FileMassMemory.open(file, 4, 64).close();
        assertThatThrownBy(() -> FileMassMemory.open(file, 8, 64))
                .isInstanceOf(StoreLayoutException.class).hasMessageContaining("recorder.bin");
    }
}

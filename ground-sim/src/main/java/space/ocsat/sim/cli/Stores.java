package space.ocsat.sim.cli;

import java.io.IOException;
import java.nio.file.Path;
import space.ocsat.hal.platform.FileNonVolatileStore;

/** The non-volatile store a simulated run gives its flight software: a file in the run folder. */
final class Stores {
    /** Slots of the reference store. */
    static final int SLOTS = 16;
    /** Bytes per slot. */
    static final int SLOT_BYTES = 4096;

    private Stores() {
    }

    /** Opens (or creates) {@code nvs.bin} in the run folder; no fsync per write in simulation. */
    static FileNonVolatileStore openFile(Path runDir) throws IOException {
        java.nio.file.Files.createDirectories(runDir);
        return FileNonVolatileStore.open(runDir.resolve("nvs.bin"), SLOTS, SLOT_BYTES, false);
    }
}

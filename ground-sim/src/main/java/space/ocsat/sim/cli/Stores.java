package space.ocsat.sim.cli;

import java.io.IOException;
import java.nio.file.Path;
import space.ocsat.hal.platform.FileMassMemory;
import space.ocsat.hal.platform.FileNonVolatileStore;
import space.ocsat.sim.model.SatelliteConfig;

/**
 * The non-volatile store and the recorder's mass memory a simulated run gives its flight software: files in the
 * run folder ({@code nvs.bin}, {@code recorder.bin}, sparse).
 */
final class Stores {
    /** Slots of the reference store. */
    static final int SLOTS = 64;
    /** Bytes per slot. */
    static final int SLOT_BYTES = 4096;

    private Stores() {
    }

    /** Creates a fresh, empty (sparse) {@code recorder.bin} in the run folder, replacing one left by an earlier run. */
    static FileMassMemory openFreshRecorder(Path runDir, SatelliteConfig satellite) throws IOException {
        java.nio.file.Files.createDirectories(runDir);
        Path file = runDir.resolve("recorder.bin");
        java.nio.file.Files.deleteIfExists(file);
        return FileMassMemory.open(file, satellite.recorderBlocks, satellite.recorderBlockBytes);
    }

    /**
     * Creates a fresh {@code nvs.bin} in the run folder (a new mission is a first power-on, so a store
     * left by an earlier run in the same folder is replaced); no fsync per write in simulation.
     */
    static FileNonVolatileStore openFresh(Path runDir) throws IOException {
        java.nio.file.Files.createDirectories(runDir);
        Path file = runDir.resolve("nvs.bin");
        java.nio.file.Files.deleteIfExists(file);
        return FileNonVolatileStore.open(file, SLOTS, SLOT_BYTES, false);
    }
}

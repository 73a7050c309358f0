package space.ocsat.hal.platform;

import java.io.IOException;

/**
 * An existing store file cannot be opened with the requested layout: it is not a store, or it was written with a
 * different layout version, slot count or slot capacity. Thrown at boot by {@link FileNonVolatileStore#open}; the
 * composition root decides whether to keep the old file aside and start a fresh one. The file is not modified.
 */
public final class StoreLayoutException extends IOException {
    /** @param message the file and what differs from the expected layout */
    public StoreLayoutException(String message) {
        super(message);
    }
}

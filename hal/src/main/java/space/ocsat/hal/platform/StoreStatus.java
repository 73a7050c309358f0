package space.ocsat.hal.platform;

/**
 * Outcome of a {@link NonVolatileStore} operation. Expected hardware trouble is one of these values, never an
 * exception.
 */
public enum StoreStatus {
    /**
     * The zero value of the wire encoding. No operation returns it; {@link NonVolatileStore#lastStatus()} reports it
     * only before the first read.
     */
    UNSPECIFIED,
    /** The operation completed. */
    OK,
    /** The slot has never been written. */
    EMPTY,
    /** Neither copy of the slot passes its header and CRC-32C check: the record is lost. */
    CORRUPT,
    /**
     * The record does not fit: on write it is longer than the slot capacity, on read it is longer than the
     * destination buffer's remaining bytes. Nothing was changed.
     */
    TOO_LARGE,
    /** The slot index is outside {@code [0, slotCount())}. */
    BAD_SLOT,
    /** The storage medium reported a failure, or the store is closed. */
    IO_ERROR;

    /** @return true if the operation completed */
    public boolean ok() {
        return this == OK;
    }
}

package space.ocsat.hal;

/**
 * Health of one device or channel as its driver reports it. Expected hardware trouble is a status value,
 * never an exception; a reading taken while the status is not {@link #OK} is not to be trusted.
 */
public enum DeviceStatus {
    /** Never reported; the zero value of the wire encoding. */
    UNSPECIFIED,
    /** The device answered and its reading is valid. */
    OK,
    /** The device is switched off; readings are not meaningful. */
    OFF,
    /** The device did not answer in time; the last reading is stale. */
    NO_RESPONSE,
    /** The device answered with a value outside its physical range. */
    OUT_OF_RANGE,
    /** The device reports an internal failure. */
    FAILED,
    /** The index does not name a device of this kind. */
    NO_SUCH_UNIT;

    /** @return true if a reading taken with this status can be used */
    public boolean usable() {
        return this == OK;
    }
}

package space.ocsat.fsw.tm;

/** Converts mission time to the GNSS (UTC) time stamped on frames. */
@FunctionalInterface
public interface TimeSource {
    /** @param missionNs mission time, ns @return ns since 1970-01-01T00:00:00Z */
    long unixNs(long missionNs);

    /** @return true once the correlation is known (GNSS time seen); before that UTC is unknown */
    default boolean valid() {
        return true;
    }
}

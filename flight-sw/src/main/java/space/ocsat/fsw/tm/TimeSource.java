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

    /** @return clock jumps seen since boot (a source that cannot jump: 0) */
    default long jumps() {
        return 0;
    }

    /** @return how far UTC moved at the last jump, ns (forward positive) */
    default long lastJumpNs() {
        return 0;
    }
}

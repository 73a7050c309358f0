package space.ocsat.sim.orbit;

import java.time.Instant;

/** Test helper: ISO-8601 UTC instants as Unix seconds. */
final class TestTimes {

    private TestTimes() {
    }

    /**
     * @param isoUtc instant such as {@code 2026-03-20T14:46:00Z}
     * @return seconds since the Unix epoch
     */
    static double unixS(String isoUtc) {
        return Instant.parse(isoUtc).getEpochSecond();
    }
}

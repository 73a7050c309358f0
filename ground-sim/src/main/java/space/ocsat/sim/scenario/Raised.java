package space.ocsat.sim.scenario;

import java.util.HashSet;
import java.util.Set;
import space.ocsat.fsw.tm.EventId;

/**
 * The events the flight software raised since the last evaluation: by id, and by id with their first argument
 * ({@code event FAULT_CONFIRMED(10)}: the fault id; {@code event GPU_ISOLATED(3)}: the GPU), so an expectation can
 * name which fault or unit it waits for.
 */
final class Raised {
    private final boolean[] byId = new boolean[EventId.values().length];
    private final Set<Long> withArg = new HashSet<>();

    void add(EventId id, long argA) {
        byId[id.ordinal()] = true;
        withArg.add(key(id.ordinal(), argA));
    }

    boolean has(int ordinal) {
        return byId[ordinal];
    }

    boolean has(int ordinal, long argA) {
        return withArg.contains(key(ordinal, argA));
    }

    void clear() {
        java.util.Arrays.fill(byId, false);
        withArg.clear();
    }

    private static long key(int ordinal, long argA) {
        return argA * 64 + ordinal;
    }
}

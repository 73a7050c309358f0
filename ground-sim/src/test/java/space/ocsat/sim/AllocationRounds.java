package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.LongUnaryOperator;

/**
 * How the allocation tests measure the control thread: the JVM's per-thread allocated-byte counter read around the
 * work of each cycle, summed over a round. A JIT recompilation can charge a few hundred bytes to the thread once, so a
 * round is repeated (up to {@link #MAX_ROUNDS}) while it is not zero; the last round must be zero and no round may
 * reach what a single per-cycle allocation would add.
 */
public final class AllocationRounds {
    /** A round is repeated (up to this many) only if the JIT charged a one-off recompilation to the thread. */
    static final int MAX_ROUNDS = 5;
    /** What a one-off JIT recompilation may charge to the thread (seen: 280–416 bytes). */
    static final long JIT_ONE_OFF_BYTES = 4096;

    private AllocationRounds() {
    }

    /** @return the thread MXBean with allocation counting switched on */
    public static com.sun.management.ThreadMXBean threads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }

    /**
     * Runs rounds until one allocates nothing and asserts it.
     *
     * @param what   what is measured, for the messages
     * @param cycles cycles per round
     * @param round  runs one round given the counter's own cost, @return the bytes it allocated
     */
    public static void assertNoneInSteadyState(String what, int cycles, LongUnaryOperator round) {
        long baseline = counterCost(threads());
        long[] rounds = new long[MAX_ROUNDS];
        int n = 0;
        do {
            rounds[n++] = round.applyAsLong(baseline);
        } while (rounds[n - 1] != 0 && n < MAX_ROUNDS);
        String seen = java.util.Arrays.toString(java.util.Arrays.copyOf(rounds, n));
        assertThat(rounds[n - 1]).as("bytes allocated %s over %d cycles, rounds %s", what, cycles, seen).isZero();
        for (int i = 0; i < n; i++) {
            assertThat(rounds[i]).as("a per-cycle allocation would show in every round: %s", seen)
                    .isLessThan(JIT_ONE_OFF_BYTES);
        }
    }

    /** @return what two back-to-back reads of the counter cost (expected 0; subtracted if the JVM charges one) */
    public static long counterCost(com.sun.management.ThreadMXBean threads) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 1000; i++) {
            long a = threads.getCurrentThreadAllocatedBytes();
            long b = threads.getCurrentThreadAllocatedBytes();
            min = Math.min(min, b - a);
        }
        return min;
    }
}

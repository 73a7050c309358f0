package space.ocsat.hal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link NonVolatileStore} shares; each implementation's test extends this. */
abstract class NonVolatileStoreContractTest {
    static final int SLOTS = 4;
    static final int CAPACITY = 64;
    private static final int ROUNDS = 5;
    private static final long JIT_ALLOWANCE_BYTES = 4096;

    /** @return the store under test: empty, {@link #SLOTS} slots of {@link #CAPACITY} bytes */
    abstract NonVolatileStore store();

    static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    static String readText(NonVolatileStore store, int slot) {
        ByteBuffer dst = ByteBuffer.allocate(CAPACITY);
        int length = store.read(slot, dst);
        assertThat(store.lastStatus()).isEqualTo(StoreStatus.OK);
        assertThat(length).isEqualTo(dst.position());
        return new String(dst.array(), 0, length, StandardCharsets.US_ASCII);
    }

    @Test
    void reportsItsGeometry() {
        assertThat(store().slotCount()).isEqualTo(SLOTS);
        assertThat(store().slotCapacityBytes()).isEqualTo(CAPACITY);
        assertThat(store().lastStatus()).isEqualTo(StoreStatus.UNSPECIFIED);
    }

    @Test
    void roundTripsARecord() {
        assertThat(store().write(1, bytes("attitude-table-v3"))).isEqualTo(StoreStatus.OK);

        assertThat(readText(store(), 1)).isEqualTo("attitude-table-v3");
        assertThat(store().generation(1)).isEqualTo(1);
    }

    @Test
    void newestOfSeveralWritesWins() {
        for (int i = 1; i <= 5; i++) {
            assertThat(store().write(2, bytes("record-" + i))).isEqualTo(StoreStatus.OK);
        }

        assertThat(readText(store(), 2)).isEqualTo("record-5");
        assertThat(store().generation(2)).isEqualTo(5);
    }

    @Test
    void slotsAreIndependent() {
        store().write(0, bytes("zero"));
        store().write(3, bytes("three"));
        store().write(3, bytes("three-b"));

        assertThat(readText(store(), 0)).isEqualTo("zero");
        assertThat(readText(store(), 3)).isEqualTo("three-b");
        assertThat(store().generation(0)).isEqualTo(1);
        assertThat(store().generation(3)).isEqualTo(2);
    }

    @Test
    void writesOnlyTheRemainingBytesAndLeavesSourceUnmoved() {
        ByteBuffer src = bytes("xxPAYLOADyy");
        src.position(2).limit(9);

        assertThat(store().write(0, src.asReadOnlyBuffer())).isEqualTo(StoreStatus.OK);
        assertThat(store().write(1, src)).isEqualTo(StoreStatus.OK);

        assertThat(src.position()).isEqualTo(2);
        assertThat(src.limit()).isEqualTo(9);
        assertThat(readText(store(), 0)).isEqualTo("PAYLOAD");
        assertThat(readText(store(), 1)).isEqualTo("PAYLOAD");
    }

    @Test
    void readCopiesAtDestinationPositionAndAdvancesIt() {
        store().write(0, bytes("abc"));
        ByteBuffer dst = ByteBuffer.allocate(8);
        dst.position(4);

        assertThat(store().read(0, dst)).isEqualTo(3);

        assertThat(dst.position()).isEqualTo(7);
        assertThat(new String(dst.array(), 4, 3, StandardCharsets.US_ASCII)).isEqualTo("abc");
    }

    @Test
    void zeroLengthRecordIsValidAndDistinctFromEmpty() {
        assertThat(store().write(0, ByteBuffer.allocate(0))).isEqualTo(StoreStatus.OK);

        assertThat(store().read(0, ByteBuffer.allocate(4))).isZero();
        assertThat(store().lastStatus()).isEqualTo(StoreStatus.OK);
        assertThat(store().generation(0)).isEqualTo(1);
    }

    @Test
    void neverWrittenSlotReportsEmpty() {
        ByteBuffer dst = ByteBuffer.allocate(CAPACITY);

        assertThat(store().read(0, dst)).isEqualTo(-1);

        assertThat(store().lastStatus()).isEqualTo(StoreStatus.EMPTY);
        assertThat(dst.position()).isZero();
        assertThat(store().generation(0)).isZero();
    }

    @Test
    void slotOutsideRangeReportsBadSlot() {
        ByteBuffer dst = ByteBuffer.allocate(CAPACITY);

        assertThat(store().write(-1, bytes("x"))).isEqualTo(StoreStatus.BAD_SLOT);
        assertThat(store().write(SLOTS, bytes("x"))).isEqualTo(StoreStatus.BAD_SLOT);
        assertThat(store().read(SLOTS, dst)).isEqualTo(-1);
        assertThat(store().lastStatus()).isEqualTo(StoreStatus.BAD_SLOT);
        assertThat(store().generation(-1)).isZero();
    }

    @Test
    void recordLargerThanCapacityIsRejectedAndOldRecordKept() {
        store().write(0, bytes("old"));

        assertThat(store().write(0, ByteBuffer.allocate(CAPACITY + 1))).isEqualTo(StoreStatus.TOO_LARGE);

        assertThat(readText(store(), 0)).isEqualTo("old");
        assertThat(store().write(0, ByteBuffer.allocate(CAPACITY))).isEqualTo(StoreStatus.OK);
        assertThat(store().read(0, ByteBuffer.allocate(CAPACITY))).isEqualTo(CAPACITY);
    }

    @Test
    void readIntoTooSmallBufferReportsTooLargeAndLeavesItUntouched() {
        store().write(0, bytes("twelve bytes"));
        ByteBuffer dst = ByteBuffer.allocate(11);

        assertThat(store().read(0, dst)).isEqualTo(-1);

        assertThat(store().lastStatus()).isEqualTo(StoreStatus.TOO_LARGE);
        assertThat(dst.position()).isZero();
        assertThat(dst.array()).containsOnly(0);
    }

    @Test
    void flushSucceeds() {
        store().write(0, bytes("x"));

        assertThat(store().flush()).isEqualTo(StoreStatus.OK);
    }

    /**
     * Measures {@value #ROUNDS} rounds of 100,000 write+read pairs after a 200,000-pair warm-up and requires one
     * round to allocate exactly 0 bytes and none to allocate more than {@value #JIT_ALLOWANCE_BYTES}. Allocation on
     * the path, even once per thousand calls, shows in every round; what is tolerated is a one-off few hundred
     * bytes that HotSpot allocates on this thread when it (re)compiles a method: a C2 compile request resolves the
     * compiled class's string constants. This appears on JDK 17 and 25 after a type-profile change (the test
     * classes share this loop) and never under -Xint. Reading the counter itself does not allocate (two consecutive
     * reads differ by 0 bytes); that baseline is still subtracted, and asserted small.
     */
    @Test
    void writeAndReadDoNotAllocateInSteadyState() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation accounting not available");
        NonVolatileStore store = store();
        ByteBuffer src = ByteBuffer.allocateDirect(CAPACITY);
        ByteBuffer dst = ByteBuffer.allocate(CAPACITY);
        int failures = writeReadPairs(store, src, dst, 200_000);
        long first = threads.getCurrentThreadAllocatedBytes();
        long baseline = threads.getCurrentThreadAllocatedBytes() - first;
        long[] allocatedPerRound = new long[ROUNDS];

        for (int round = 0; round < ROUNDS; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            failures += writeReadPairs(store, src, dst, 100_000);
            allocatedPerRound[round] = threads.getCurrentThreadAllocatedBytes() - before - baseline;
        }

        assertThat(failures).isZero();
        assertThat(baseline).isLessThan(1024);
        assertThat(allocatedPerRound).as("bytes allocated per round of 100,000 write+read pairs").contains(0L);
        assertThat(LongStream.of(allocatedPerRound).max().orElseThrow())
                .as("largest round of %s", Arrays.toString(allocatedPerRound)).isLessThan(JIT_ALLOWANCE_BYTES);
    }

    /** @return number of pairs whose read did not return what was written; allocation-free */
    private static int writeReadPairs(NonVolatileStore store, ByteBuffer src, ByteBuffer dst, int pairs) {
        int failures = 0;
        for (int i = 0; i < pairs; i++) {
            int slot = i % SLOTS;
            src.clear().limit(8 + i % (CAPACITY - 8));
            src.putLong(0, i);
            dst.clear();
            boolean written = store.write(slot, src) == StoreStatus.OK;
            int length = store.read(slot, dst);
            if (!written || length != src.limit() || dst.getLong(0) != i) {
                failures++;
            }
        }
        return failures;
    }
}

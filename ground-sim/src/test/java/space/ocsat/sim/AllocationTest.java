package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.hal.platform.FileNonVolatileStore;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.fsw.FlightSoftware;

/**
 * The steady-state control cycle allocates nothing: bytes allocated by the control thread are read
 * around each flight-software {@code runCycle} call only (the simulator's physics step between calls is
 * not counted) over 100,000 cycles after warm-up. A JIT recompilation can charge a few hundred bytes to
 * the thread once; the test then measures another round of 100,000, and any round's total must stay
 * below what a single per-cycle allocation would add.
 */
class AllocationTest {
    private static final int WARM_UP_CYCLES = 60_000;
    private static final int MEASURED_CYCLES = 100_000;
    /** A round is repeated (up to this many) only if the JIT charged a one-off recompilation to the thread. */

    @TempDir
    Path dir;

    @Test
    void steadyStateControlCycleAllocatesNothing() throws Exception {
        com.sun.management.ThreadMXBean threads = AllocationRounds.threads();
        MissionConfig mission = new MissionConfig();
        mission.seed = 7;
        FileNonVolatileStore store = FileNonVolatileStore.open(dir.resolve("nvs.bin"), 64, 4096, false);
        Simulation sim = new Simulation(mission, new SatelliteConfig(), new FswConfig(), store,
                SimulationFixture.TEST_KEYS);
        FlightSoftware fsw = sim.flightSoftware();
        for (int i = 0; i < WARM_UP_CYCLES; i++) {
            sim.step();
        }
        AllocationRounds.assertNoneInSteadyState("inside runCycle", MEASURED_CYCLES, baseline -> {
            long allocated = 0;
            for (int i = 0; i < MEASURED_CYCLES; i++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                fsw.runCycle(sim.clock().nowNs());
                long after = threads.getCurrentThreadAllocatedBytes();
                allocated += after - before - baseline;
                sim.satellite().step(Simulation.STEP_S);
            }
            return allocated;
        });
        store.close();
    }

    @Test
    void theCounterSeesAnAllocationOfTheSizeTheTestWouldMiss() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        sink = new long[4];
        long after = threads.getCurrentThreadAllocatedBytes();
        assertThat(after - before - AllocationRounds.counterCost(threads)).isGreaterThanOrEqualTo(32);
    }

    private static volatile Object sink;

}

package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * ORB-002: the per-step calls allocate nothing (measured with the HotSpot per-thread allocation counter).
 * From JDK 21, StrictMath is fdlibm ported to Java, whose argument reduction allocates scratch arrays
 * (measured on Temurin 25: ~980 bytes per step), so the property this test checks only holds on the
 * JDKs with the native fdlibm. The flight software's cycle is checked on every JDK (AllocationTest).
 */
@EnabledForJreRange(max = JRE.JAVA_20)
class HotPathAllocationTest {

    private static final int STEPS = 200_000;

    private final J2Orbit orbit = new J2Orbit(new OrbitElements(6928137.0, 0.001, 0.925, 0.3, 0.7, 0.1, 1.77e9));
    private final double[] pos = new double[3];
    private final double[] vel = new double[3];
    private final double[] sun = new double[3];
    private double sink;

    @Test
    void simulationStepDoesNotAllocate() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        runSteps(); // warm up so the measured run is JIT-compiled
        threads.getCurrentThreadAllocatedBytes();

        long before = threads.getCurrentThreadAllocatedBytes();
        runSteps();
        long allocatedBytes = threads.getCurrentThreadAllocatedBytes() - before;

        // One object per step would be ≥ 16 B × 200,000 = 3.2 MB; allow a few bytes of measurement noise.
        assertThat(allocatedBytes).as("bytes allocated over %d steps", STEPS).isLessThan(1024L);
        assertThat(sink).isFinite();
    }

    private void runSteps() {
        double epochUnixS = orbit.elements().epochUnixS();
        for (int k = 0; k < STEPS; k++) {
            double t = k * 1.0;
            double unixS = epochUnixS + t;
            orbit.stateAt(t, pos, vel);
            SunEphemeris.directionEci(unixS, sun);
            double distanceM = SunEphemeris.distanceM(unixS);
            sink += Shadow.illumination(pos, sun, distanceM)
                    + (Shadow.inUmbra(pos, sun, distanceM) ? 1.0 : 0.0)
                    + SunEphemeris.fluxWPerM2(unixS)
                    + SunEphemeris.rightAscensionRad(unixS)
                    + SunEphemeris.declinationRad(unixS)
                    + OrbitGeometry.betaRad(pos, vel, sun);
        }
    }
}

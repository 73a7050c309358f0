package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import space.ocsat.sim.orbit.SunEphemeris;

/**
 * LNK-009: the per-step link calls allocate nothing (HotSpot per-thread allocation counter). Like the orbit
 * package's {@code HotPathAllocationTest}, only on JDK 17–20: from JDK 21 StrictMath's Java port of fdlibm allocates
 * scratch arrays of its own.
 */
@EnabledForJreRange(max = JRE.JAVA_20)
class LinksHotPathAllocationTest {
    private static final int STEPS = 50_000;

    private final WalkerConstellation shell = WalkerConstellation.defaultShell(1_774_008_000.0);
    private final LinkGeometry geometry = LinkGeometry.defaults();
    private final LinkBudget budget = LinkBudget.interSatellite();
    private final CloudModel clouds = new CloudModel(GroundSites.defaultNetwork(), 10.0, 7L);
    private final GroundSite site = GroundSites.TENERIFE_OGS;
    private final double[] p = new double[3];
    private final double[] v = new double[3];
    private final double[] q = new double[3];
    private final double[] w = new double[3];
    private final double[] sun = new double[3];
    private final double[] sitePos = new double[3];
    private double sink;

    @Test
    void linkGeometryStepDoesNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        runSteps();
        long before = threads.getCurrentThreadAllocatedBytes();
        runSteps();
        long allocatedBytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocatedBytes).as("bytes allocated over %d steps", STEPS).isLessThan(1024L);
        assertThat(sink).isFinite();
    }

    private void runSteps() {
        int partner = shell.nextPlaneNeighbour(0);
        for (int k = 0; k < STEPS; k++) {
            double t = k * 1.0;
            double unixS = shell.epochUnixS() + t;
            shell.orbit(0).stateAt(t, p, v);
            shell.orbit(partner).stateAt(t, q, w);
            SunEphemeris.directionEci(unixS, sun);
            double gmst = EarthRotation.gmstRad(unixS);
            site.positionEciAtGmst(gmst, sitePos);
            clouds.step();
            sink += (geometry.lineOfSightClear(p, q) ? 1 : 0)
                    + LinkGeometry.lowestAltitudeM(p, q)
                    + LinkGeometry.rangeRateMps(p, v, q, w)
                    + (LinkGeometry.inFieldOfRegard(TerminalMount.LEFT, p, v, q) ? 1 : 0)
                    + (geometry.sunInExclusion(p, q, sun) ? 1 : 0)
                    + site.elevationAtGmstRad(gmst, p)
                    + (site.aboveMaskAtGmst(gmst, p) ? 1 : 0)
                    + (clouds.isClear(0) ? 1 : 0)
                    + budget.rateBps(LinkGeometry.rangeM(p, q))
                    + budget.marginDb(LinkGeometry.rangeM(p, q));
        }
    }
}

package space.ocsat.sim.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.SimulationFixture;
import space.ocsat.sim.report.RunSummary;

/**
 * Small constellations (2 planes of 11: the in-plane neighbours of 11 per plane see each other; 6 per plane would be
 * hidden by the Earth) flown for up to two hours, seed 1.
 */
class ConstellationRunTest {
    private static ConstellationConfig small(int threads) {
        ConstellationConfig c = new ConstellationConfig();
        c.planes = 2;
        c.perPlane = 11;
        c.threads = threads;
        return c;
    }

    private static ConstellationRun run(ConstellationConfig c, int seconds) throws Exception {
        ConstellationRun run = new ConstellationRun(new MissionConfig(), c, SimulationFixture.TEST_KEYS);
        run.run(seconds, f -> { });
        return run;
    }

    private static String withoutWallClock(RunSummary s) {
        return s.toJson().replaceAll("(?m)^  \"(threads|wallSeconds|speedup)\".*$", "");
    }

    @Test
    void theSameSeedGivesTheSameSummaryWhateverTheThreadCount() throws Exception {
        RunSummary one = new ConstellationRun(new MissionConfig(), small(1), SimulationFixture.TEST_KEYS)
                .run(1200, f -> { });
        RunSummary three = new ConstellationRun(new MissionConfig(), small(3), SimulationFixture.TEST_KEYS)
                .run(1200, f -> { });
        assertThat(withoutWallClock(three)).isEqualTo(withoutWallClock(one));
        assertThat(((RunSummary) one.get("links")).number("handoffs") + ((RunSummary) one.get("links"))
                .number("dataDeliveredGB")).isPositive();
    }

    @Test
    void resultDataReachesTheGroundAndTheOnTimeFractionIsReported() throws Exception {
        ConstellationRun run = run(small(2), 7200);
        DataNetwork net = run.network();
        assertThat(net.generatedBits()).isPositive();
        assertThat(net.deliveredBits()).isGreaterThan(0.5 * net.generatedBits());
        assertThat(net.droppedBits()).isZero();
        assertThat(net.onTimeFraction(7200)).isBetween(0.5, 1.0);
        for (int k = 0; k < run.size(); k++) {
            assertThat(run.availability(k)).as("satellite %d", k).isPositive();
        }
        assertThat(run.ledger().handoffs()).isPositive();
        assertThat(run.satellite(0).fswConfig().links.self).isZero();
        assertThat(run.satellite(13).fswConfig().links.self).isEqualTo(13);
    }

    @Test
    void aCloudOutageGrowsTheBacklogWhichDrainsAfterwardsWithNothingLostWhileStoresHaveRoom() throws Exception {
        ConstellationConfig c = small(2);
        c.cloudedSites = new int[] {0, 1, 2, 3, 4, 5, 6};
        c.cloudFromS = 1800;
        c.cloudUntilS = 3600;
        ConstellationRun run = run(c, 7200);
        double[] backlog = run.backlogBitsSeries();
        double before = backlog[30];
        double atRelease = backlog[60];
        double end = backlog[120];
        assertThat(atRelease).as("grows while the stations are clouded").isGreaterThan(before + 1e12);
        assertThat(end).as("drains after the release").isLessThan(0.5 * atRelease);
        assertThat(run.network().droppedBits()).isZero();
    }

    @Test
    void storesThatOverflowDuringAnOutageCountWhatTheyDrop() throws Exception {
        ConstellationConfig c = small(2);
        c.cloudedSites = new int[] {0, 1, 2, 3, 4, 5, 6};
        c.storeBits = 2e11; // 25 GB: a few minutes of full compute
        ConstellationRun run = run(c, 1800);
        double[] dropped = run.droppedBitsSeries();
        assertThat(run.network().droppedBits()).isPositive();
        assertThat(run.network().deliveredBits()).isZero();
        assertThat(dropped[29]).isGreaterThan(dropped[15]);
        assertThat(run.network().generatedBits())
                .isCloseTo(run.network().droppedBits() + run.network().queuedBits(),
                        org.assertj.core.data.Offset.offset(1e3));
    }
}

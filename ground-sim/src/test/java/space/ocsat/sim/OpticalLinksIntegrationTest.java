package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.sim.model.PartnerGeometry;
import space.ocsat.sim.model.TerminalModel;

/**
 * The flight software's link manager and the simulated terminals together, four orbits of the default mission (β ≈ 0
 * at the March equinox, seed 1): the in-plane links hold, the cross-plane terminals hand over between satellites of
 * the other planes, the ground terminal links to stations during passes, and nothing is isolated.
 */
class OpticalLinksIntegrationTest {
    private static final long SEED = 1;
    private static final int SECONDS = 4 * 5736;
    private static final int N = 5;
    private static final int PER_PLANE = 11;

    private static final long[] trackingS = new long[N];
    private static final List<Set<Integer>> partnersTracked = new ArrayList<>();
    private static final List<String> wrongWhileTracking = new ArrayList<>();
    private static final long[] eventCounts = new long[EventId.values().length];
    private static final List<Long> linkFaultEvents = new ArrayList<>();
    private static Simulation sim;

    @BeforeAll
    static void flyFourOrbits() {
        sim = SimulationFixture.reference(SEED);
        for (int t = 0; t < N; t++) {
            partnersTracked.add(new TreeSet<>());
        }
        long cursor = 0;
        for (int s = 0; s < SECONDS; s++) {
            for (int k = 0; k < Simulation.STEPS_PER_SECOND; k++) {
                sim.step();
            }
            TerminalModel terminals = sim.satellite().terminals();
            for (int t = 0; t < N; t++) {
                if (terminals.state(t) == TerminalState.TRACKING) {
                    trackingS[t]++;
                    partnersTracked.get(t).add(terminals.partnerId(t));
                    if (terminals.lastView(t) != PartnerGeometry.View.CLEAR || !(terminals.dataRateBps(t) > 0)) {
                        wrongWhileTracking.add("t=" + s + " terminal " + t + " " + terminals.lastView(t));
                    }
                }
            }
            cursor = latch(sim.flightSoftware(), cursor);
        }
    }

    private static long latch(FlightSoftware fsw, long from) {
        EventLog log = fsw.events();
        long end = log.published();
        for (long seq = from; seq < end; seq++) {
            if (log.available(seq)) {
                EventId id = log.id(seq);
                eventCounts[id.ordinal()]++;
                if (id == EventId.FAULT_CONFIRMED && log.argA(seq) >= 20 && log.argA(seq) <= 22
                        || id == EventId.TERMINAL_ISOLATED) {
                    linkFaultEvents.add(seq);
                }
            }
        }
        return end;
    }

    private static double fraction(int terminal) {
        return (double) trackingS[terminal] / SECONDS;
    }

    @Test
    void foreAndAftHoldTheirInPlaneNeighboursMostOfTheTime() {
        assertThat(fraction(OpticalTerminals.FORE)).as("FORE tracking").isGreaterThan(0.9);
        assertThat(fraction(OpticalTerminals.AFT)).as("AFT tracking").isGreaterThan(0.9);
        assertThat(partnersTracked.get(OpticalTerminals.FORE)).containsExactly(1);
        assertThat(partnersTracked.get(OpticalTerminals.AFT)).containsExactly(PER_PLANE - 1);
    }

    @Test
    void leftAndRightHandOverBetweenSatellitesOfOtherPlanes() {
        for (int t : new int[] {OpticalTerminals.LEFT, OpticalTerminals.RIGHT}) {
            assertThat(fraction(t)).as("terminal %d tracking", t).isGreaterThan(0.6);
            assertThat(partnersTracked.get(t)).as("terminal %d partners", t).hasSizeGreaterThan(5)
                    .allSatisfy(id -> assertThat(id / PER_PLANE).as("another plane").isNotZero());
        }
        assertThat(sim.flightSoftware().links().handoffs()).isGreaterThan(20);
    }

    @Test
    void theGroundTerminalLinksToStationsDuringPasses() {
        assertThat(partnersTracked.get(OpticalTerminals.GROUND)).isNotEmpty()
                .allSatisfy(id -> assertThat(id).isGreaterThanOrEqualTo(OpticalTerminals.GROUND_STATION_BASE));
        assertThat(fraction(OpticalTerminals.GROUND)).as("passes are minutes long").isBetween(0.005, 0.2);
    }

    @Test
    void aTerminalTracksOnlyAPartnerInViewAndCarriesData() {
        assertThat(wrongWhileTracking).isEmpty();
        assertThat(eventCounts[EventId.LINK_ACQUIRED.ordinal()]).isGreaterThan(20);
    }

    @Test
    void nothingIsIsolatedInANominalRun() {
        assertThat(linkFaultEvents).isEmpty();
        for (int t = 0; t < N; t++) {
            assertThat(sim.flightSoftware().links().isolated(t)).as("terminal %d", t).isFalse();
        }
        assertThat(eventCounts[EventId.FAULT_CONFIRMED.ordinal()]).isZero();
    }
}

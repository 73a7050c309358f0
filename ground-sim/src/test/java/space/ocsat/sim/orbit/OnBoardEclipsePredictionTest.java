package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.orbit.EclipsePredictor;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.SimulationFixture;

/**
 * The flight software's eclipse prediction against the simulator's truth: each umbra entry and exit, as predicted
 * at the previous transition (half an orbit to a whole orbit ahead), within 10 s of when the simulated satellite
 * actually crosses, over 12 orbits, for the default orbit and a dawn-dusk sun-synchronous one in eclipse season.
 */
class OnBoardEclipsePredictionTest {
    private static final double TOLERANCE_S = 10;

    @Test
    void predictsEveryUmbraEntryAndExitWithinTenSecondsAnOrbitAhead() {
        assertPredictions(SimulationFixture.reference(3));
    }

    @Test
    void predictsTheShortEclipsesOfADawnDuskOrbitInItsSeason() {
        MissionConfig sso = new MissionConfig();
        sso.sunSynchronous = true;
        sso.epoch = java.time.Instant.parse("2026-06-21T00:00:00Z");
        assertPredictions(SimulationFixture.of(sso));
    }

    private static void assertPredictions(Simulation sim) {
        for (int k = 0; k < 20 * Simulation.STEPS_PER_SECOND; k++) {
            sim.step();
        }
        EclipsePredictor predictor = sim.flightSoftware().eclipse();
        boolean umbra = sim.satellite().environment().inUmbra();
        long predictedEntryNs = -1;
        long predictedExitNs = -1;
        List<Double> errorsS = new ArrayList<>();
        int transitions = 0;
        long snapshotAtNs = Long.MAX_VALUE;
        long steps = Simulation.stepsFor(12 * sim.orbit().nodalPeriodS());
        for (long k = 0; k < steps; k++) {
            sim.step();
            boolean now = sim.satellite().environment().inUmbra();
            if (now != umbra) {
                long trueNs = sim.clock().nowNs();
                long predictedNs = now ? predictedEntryNs : predictedExitNs;
                if (predictedNs > 0) {
                    errorsS.add((predictedNs - trueNs) / 1e9);
                }
                // the predictor runs every 10 s: read it once it has run after this transition
                snapshotAtNs = trueNs + 11_000_000_000L;
                predictedEntryNs = -1;
                predictedExitNs = -1;
                umbra = now;
                transitions++;
            }
            if (sim.clock().nowNs() >= snapshotAtNs) {
                predictedEntryNs = predictor.nextEntryNs();
                predictedExitNs = predictor.nextExitNs();
                snapshotAtNs = Long.MAX_VALUE;
            }
        }
        assertThat(transitions).as("eclipses seen").isGreaterThanOrEqualTo(20);
        System.out.printf("on-board eclipse prediction vs truth over %d transitions: worst %.2f s%n", errorsS.size(),
                errorsS.stream().mapToDouble(Math::abs).max().orElse(Double.NaN));
        assertThat(errorsS).hasSizeGreaterThanOrEqualTo(transitions - 2)
                .allSatisfy(e -> assertThat(Math.abs(e)).as("prediction error, s: %s", errorsS).isLessThan(TOLERANCE_S));
    }
}

package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.sim.report.RunStats;

/**
 * Over a day, the battery's stored-energy change (from its state function E(SoC)) equals
 * ∫(solar − load − losses) dt integrated at the physics step, to within 0.5 % of the energy cycled
 * through the battery.
 */
class EnergyClosureTest {
    @Test
    void batteryEnergyBalanceClosesOverOneDay() {
        MissionConfig mission = new MissionConfig();
        mission.durationS = 86_400;
        Simulation sim = SimulationFixture.of(mission);
        RunStats stats = new RunStats(sim);
        long steps = Simulation.stepsFor(mission.durationS);
        for (long k = 0; k < steps; k++) {
            sim.step();
        }
        double throughputJ = sim.satellite().power().batteryThroughputJ();
        assertThat(throughputJ).as("the battery cycles every orbit").isGreaterThan(15 * 3.6e6);
        assertThat(Math.abs(stats.energyClosureErrorJ())).isLessThanOrEqualTo(0.005 * throughputJ);
        assertThat(Math.abs(stats.storedEnergyChangeJ())).as("a real balance, not two zeros").isGreaterThan(0);
    }
}

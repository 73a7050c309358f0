package space.ocsat.sim;

import java.nio.file.Path;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.sim.model.SatelliteConfig;

/** Builds simulations the way {@code ocsat run} does, for tests. */
public final class SimulationFixture {
    /** Test key 7 (32 bytes of 0x07): for tests only. */
    public static final String TEST_KEY_LINE = "7 " + "07".repeat(32);
    public static final KeyTable TEST_KEYS = KeyTable.parse(java.util.List.of(TEST_KEY_LINE));

    private SimulationFixture() {
    }

    /** @return the reference satellite on the default mission with this seed */
    public static Simulation reference(long seed) {
        MissionConfig mission = new MissionConfig();
        mission.seed = seed;
        return of(mission);
    }

    /** @return a simulation of the mission with the reference satellite and flight software */
    public static Simulation of(MissionConfig mission) {
        return new Simulation(mission, new SatelliteConfig(), new FswConfig(), new InMemoryNonVolatileStore(64, 4096),
                TEST_KEYS);
    }

    /** Runs a mission into a folder. */
    public static space.ocsat.sim.report.RunSummary run(MissionConfig mission, Path dir) throws java.io.IOException {
        Simulation sim = of(mission);
        return new MissionRun(sim, dir).run(mission.effectiveDurationS(sim.orbit()), f -> { });
    }
}

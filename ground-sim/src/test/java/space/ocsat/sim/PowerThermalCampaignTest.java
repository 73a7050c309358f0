package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.sim.report.RunSummary;

/**
 * Power, thermal and compute over long runs, in the four cases that bound them: the reference 550 km / 53° orbit
 * (eclipses near their 35.5 min maximum) and the dawn-dusk sun-synchronous orbit in its June eclipse season, each at
 * mission start and after 5 years (array degradation and radiation loss, battery fade). CI runs 3 days per case;
 * the full 30-day set is {@code -Docsat.campaign.days=30} (see docs/PERFORMANCE.md).
 */
class PowerThermalCampaignTest {
    private static final int DAYS = Integer.getInteger("ocsat.campaign.days", 3);
    private static final long SEED = 1;
    private static final double GPU_SLOWDOWN_K = 362.15;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("53deg-age0", false, null, 0.0),
                Arguments.of("53deg-age5", false, null, 5.0),
                Arguments.of("sso-june-age0", true, "2026-06-21T00:00:00Z", 0.0),
                Arguments.of("sso-june-age5", true, "2026-06-21T00:00:00Z", 5.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsEveryLimitAndComputesAtLeastNinetyPercentOfThePhysicsBound(String name, boolean sso, String epoch,
                                                                         double ageYears) throws Exception {
        MissionConfig mission = new MissionConfig();
        mission.seed = SEED;
        mission.sunSynchronous = sso;
        if (epoch != null) {
            mission.epoch = Instant.parse(epoch);
        }
        mission.ageYears = ageYears;
        mission.durationS = DAYS * 86_400.0;
        mission.validate();
        Simulation sim = SimulationFixture.of(mission);
        Path out = Files.createDirectories(dir.resolve(name));
        RunSummary s = new MissionRun(sim, out).withoutArchive().csvEvery(60).run(mission.durationS, f -> { });
        System.out.printf(java.util.Locale.ROOT,
                "%s (%d d, seed %d): yield %.3f of %.1f kWh, SoC min %.3f, exits %d (%d below floor, lowest %.3f), "
                        + "GPU max %.1f K, coolant %.1f..%.1f K, radiator max %.1f K, battery %.1f..%.1f K%n",
                name, DAYS, SEED, s.number("computeYield"), s.number("computeBoundKWh"), s.number("socMin"),
                (long) s.number("eclipseExits"), (long) s.number("eclipseExitsBelowFloor"),
                s.number("socEclipseExitMin"), s.number("gpuTempMaxK"), s.number("coolantTempMinK"),
                s.number("coolantTempMaxK"), s.number("radiatorTempMaxK"), s.number("batteryTempMinK"),
                s.number("batteryTempMaxK"));

        FswConfig limits = sim.fswConfig();
        assertThat(s.number("unservedLoadKWh")).as("no brown-out (beyond rounding)").isLessThan(1e-6);
        assertThat(s.number("socMin")).as("never below the hard floor").isGreaterThan(limits.socHardFloor);
        double exits = s.number("eclipseExits");
        assertThat(exits).as("about 15 eclipses a day").isGreaterThan(14 * DAYS);
        assertThat(s.number("eclipseExitsBelowFloor")).as("below the floor on at most 1 % of eclipse exits")
                .isLessThanOrEqualTo(Math.floor(0.01 * exits));
        assertThat(s.number("gpuTempMaxK")).as("no GPU at its slowdown temperature").isLessThan(GPU_SLOWDOWN_K);
        assertThat(s.number("gpuSlowdownSeconds")).isZero();
        assertThat(s.number("coolantTempMaxK")).isLessThan(limits.coolantOutletMaxK);
        assertThat(s.number("radiatorTempMaxK")).isLessThan(limits.radiatorMaxK);
        assertThat(s.number("coolantTempMinK")).isGreaterThan(limits.coolantMinK);
        assertThat(s.number("batteryTempMinK")).isGreaterThan(limits.batteryMinK);
        assertThat(s.number("batteryTempMaxK")).isLessThan(limits.chargeTempMaxK);
        assertThat(s.number("avionicsTempMinK")).isGreaterThan(limits.avionicsMinK);
        assertThat(s.number("terminalsTempMinK")).isGreaterThan(limits.terminalsMinK);
        assertThat(s.number("computeYield")).isBetween(0.90, 1.0);
        assertThat(s.get("modeEnd")).isEqualTo("OPERATIONAL");
    }
}

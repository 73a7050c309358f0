package space.ocsat.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignTest {
    private static final Function<String, List<String>> TARGETS = CampaignRunner.referenceTargets();

    private static Campaign.Options options(int count, boolean doubleFaults, int shard, int shards) {
        return new Campaign.Options(count, 7, FaultCatalog.SIMULATED, doubleFaults, shard, shards);
    }

    @Test
    void theSameSeedPlansTheSameRunsAndShardsPartitionThem() {
        List<Campaign.Planned> whole = Campaign.plan(options(40, false, 1, 1), TARGETS);
        assertThat(Campaign.plan(options(40, false, 1, 1), TARGETS)).isEqualTo(whole);
        List<Campaign.Planned> first = Campaign.plan(options(40, false, 1, 3), TARGETS);
        List<Campaign.Planned> second = Campaign.plan(options(40, false, 2, 3), TARGETS);
        List<Campaign.Planned> third = Campaign.plan(options(40, false, 3, 3), TARGETS);
        assertThat(first.size() + second.size() + third.size()).isEqualTo(40);
        assertThat(second).allSatisfy(p -> assertThat(whole.get(p.index())).isEqualTo(p));
        assertThat(whole.stream().map(p -> p.faults().get(0).fault()).distinct().count())
                .as("40 draws cover most of the catalog").isGreaterThan(6);
    }

    @Test
    void doubleFaultRunsInjectTwoDifferentFaultsAndEveryPlanIsAValidScenario() {
        for (Campaign.Planned p : Campaign.plan(options(30, true, 1, 1), TARGETS)) {
            assertThat(p.faults()).hasSize(2);
            assertThat(Campaign.compatible(p.faults().get(0), p.faults().get(1))).isTrue();
            if (p.faults().get(0).target() != null) {
                assertThat(p.faults().get(0).target()).isNotEqualTo(p.faults().get(1).target());
            } else {
                assertThat(p.faults().get(0).fault()).isNotEqualTo(p.faults().get(1).fault());
            }
            Scenario s = ScenarioParser.parse(p.yaml(), p.name());
            assertThat(s.seed()).isEqualTo(p.seed());
            assertThat(s.expect()).hasSize(Campaign.INVARIANTS.size() + 2);
            ScenarioRunner.compile(s, p.name()); // targets, points and events all resolve
        }
    }

    @Test
    void aDamagedStoreNeverHidesTheOtherFaultOfItsRun() {
        Campaign.Injection corrupt = new Campaign.Injection("nvstore.corrupt", null, 600, Double.NaN);
        assertThat(Campaign.compatible(corrupt, new Campaign.Injection("gpu.hang", "gpu[1]", 900, Double.NaN)))
                .as("the GPU would be off in SAFE").isFalse();
        assertThat(Campaign.compatible(corrupt, new Campaign.Injection("gpu.hang", "gpu[1]", 400, Double.NaN)))
                .isTrue();
        assertThat(Campaign.compatible(new Campaign.Injection("gnss.loss", null, 400, Double.NaN),
                new Campaign.Injection("clock.jump", null, 1200, Double.NaN))).isFalse();
        assertThat(Campaign.compatible(new Campaign.Injection("gpu.hang", "gpu[1]", 400, Double.NaN),
                new Campaign.Injection("gpu.hang", "gpu[2]", 1200, Double.NaN))).as("one fault, two units").isTrue();
    }

    @Test
    void leavesOutAResetDuringADetectionAndTwoFaultsOnOneRadiatorPair() {
        Campaign.Injection offPointing = new Campaign.Injection("solar.off_pointing", null, 1117, Double.NaN);
        assertThat(Campaign.compatible(offPointing, new Campaign.Injection("watchdog.reset", null, 1205, Double.NaN)))
                .as("the reboot restarts the 120 s persistence").isFalse();
        assertThat(Campaign.compatible(offPointing, new Campaign.Injection("watchdog.reset", null, 1500, Double.NaN)))
                .isTrue();
        assertThat(Campaign.compatible(new Campaign.Injection("sensor.drift", "tsensor[3]", 371, Double.NaN),
                new Campaign.Injection("sensor.drift", "tsensor[4]", 1323, Double.NaN))).as("zone 0's pair").isFalse();
        assertThat(Campaign.compatible(new Campaign.Injection("sensor.drift", "tsensor[4]", 371, Double.NaN),
                new Campaign.Injection("sensor.drift", "tsensor[5]", 1323, Double.NaN))).as("two zones").isTrue();
        assertThat(Campaign.compatible(new Campaign.Injection("sensor.drift", "tsensor[1]", 371, Double.NaN),
                new Campaign.Injection("sensor.drift", "tsensor[2]", 1323, Double.NaN)))
                .as("the outlet triple votes, then its last two disagree").isTrue();
    }

    @Test
    void detectionsNameTheFaultIdsTheFlightSoftwareUses() {
        java.util.Map<String, space.ocsat.fsw.protect.FaultId> expected = java.util.Map.of(
                "coolant.pump_trip", space.ocsat.fsw.protect.FaultId.PUMP_NO_FLOW,
                "heater.stuck_on", space.ocsat.fsw.protect.FaultId.HEATER_STUCK_ON,
                "solar.string_open", space.ocsat.fsw.protect.FaultId.STRING_OPEN,
                "battery.overtemp", space.ocsat.fsw.protect.FaultId.BATTERY_TEMPERATURE,
                "solar.off_pointing", space.ocsat.fsw.protect.FaultId.DRIVE_OFF_POINTING,
                "coolant.leak", space.ocsat.fsw.protect.FaultId.COOLANT_FLOW_LOW,
                "coolant.valve_stuck", space.ocsat.fsw.protect.FaultId.RADIATOR_BYPASSED);
        expected.forEach((fault, id) -> assertThat(FaultCatalog.DETECTION.get(fault).expr())
                .isEqualTo("event FAULT_CONFIRMED(" + id.ordinal() + ")"));
        assertThat(FaultCatalog.DETECTION.get("sensor.drift").expr())
                .contains("FAULT_CONFIRMED(" + space.ocsat.fsw.protect.FaultId.SENSOR_PAIR_DISAGREES.ordinal() + ")")
                .contains("FAULT_CONFIRMED(" + space.ocsat.fsw.protect.FaultId.COOLANT_PAIR_DISAGREES.ordinal() + ")");
        assertThat(FaultCatalog.detectionFor("gpu.hang", "gpu[7]")).isEqualTo("event GPU_FAULT(7)");
        assertThat(FaultCatalog.DETECTION.keySet()).containsExactlyInAnyOrderElementsOf(FaultCatalog.SIMULATED);
    }

    @Test
    void terminalFaultsAreJudgedByTheirFaultIdAndTheIsolatedTerminal() {
        assertThat(FaultCatalog.detectionFor("terminal.loss_of_lock", "terminal[AFT]")).isEqualTo(
                "event FAULT_CONFIRMED(" + space.ocsat.fsw.protect.FaultId.TERMINAL_LOSS_OF_LOCK.ordinal()
                        + ") and event TERMINAL_ISOLATED(1)");
        assertThat(FaultCatalog.detectionFor("terminal.gimbal_stuck", "terminal[RIGHT]")).isEqualTo(
                "(event FAULT_CONFIRMED(" + space.ocsat.fsw.protect.FaultId.TERMINAL_GIMBAL_STUCK.ordinal()
                        + ") or event FAULT_CONFIRMED("
                        + space.ocsat.fsw.protect.FaultId.TERMINAL_ACQUISITION_FAILED.ordinal()
                        + ")) and event TERMINAL_ISOLATED(3)");
    }

    @Test
    void campaignsDrawTerminalFaultsOnlyOnTerminalsWithPartnersAllTheTime() {
        assertThat(TARGETS.apply("terminal.gimbal_stuck")).containsExactly("terminal[FORE]", "terminal[AFT]",
                "terminal[LEFT]", "terminal[RIGHT]", "terminal[GROUND]");
        java.util.Set<String> drawn = new java.util.TreeSet<>();
        for (Campaign.Planned p : Campaign.plan(new Campaign.Options(200, 5,
                List.of("terminal.loss_of_lock", "terminal.gimbal_stuck"), false, 1, 1), TARGETS)) {
            drawn.add(p.faults().get(0).target());
        }
        assertThat(drawn).containsExactlyInAnyOrder("terminal[FORE]", "terminal[AFT]", "terminal[LEFT]",
                "terminal[RIGHT]");
        assertThat(Campaign.compatible(new Campaign.Injection("clock.jump", null, 400, Double.NaN),
                new Campaign.Injection("terminal.loss_of_lock", "terminal[FORE]", 1200, Double.NaN)))
                .as("the link plan runs on the jumped clock").isFalse();
        assertThat(Campaign.compatible(new Campaign.Injection("terminal.gimbal_stuck", "terminal[LEFT]", 400,
                Double.NaN), new Campaign.Injection("terminal.loss_of_lock", "terminal[FORE]", 1200, Double.NaN)))
                .isTrue();
    }

    @Test
    void everyPlannedTimeFitsInTheRun() {
        for (Campaign.Planned p : Campaign.plan(options(400, true, 1, 1), TARGETS)) {
            for (Campaign.Injection i : p.faults()) {
                assertThat(i.atS()).isLessThan(Campaign.DURATION_S);
                if (!Double.isNaN(i.clearS())) {
                    assertThat(i.clearS()).as(p.yaml()).isLessThan(Campaign.DURATION_S)
                            .isGreaterThan(i.atS() + FaultCatalog.DETECTION.get(i.fault()).budgetS());
                }
            }
            ScenarioParser.parse(p.yaml(), p.name());
        }
    }

    @Test
    void refusesFaultsTheSimulatorDoesNotInjectAndBadShards() {
        assertThatThrownBy(() -> new Campaign.Options(10, 1, List.of("gpu.melt"), false, 1, 1))
                .hasMessageContaining("gpu.melt").hasMessageContaining("gpu.hang");
        assertThatThrownBy(() -> options(10, false, 4, 3)).hasMessageContaining("--shard");
        assertThatThrownBy(() -> options(0, false, 1, 1)).hasMessageContaining("--count");
        assertThatThrownBy(() -> Campaign.plan(new Campaign.Options(3, 1, List.of("watchdog.reset"), true, 1, 1),
                TARGETS)).hasMessageContaining("--double");
    }

    @Test
    void aFailingRunKeepsItsScenarioToReproduceItAndAPassingOneLeavesNothing(@TempDir Path dir) throws Exception {
        Campaign.Planned p = Campaign.plan(new Campaign.Options(1, 3, List.of("gpu.hang"), false, 1, 1), TARGETS)
                .get(0);
        CampaignRunner.Outcome pass = CampaignRunner.runOne(p, dir.resolve("pass"));
        assertThat(pass.kind()).isEqualTo(CampaignRunner.Kind.PASS);
        assertThat(pass.detectionS()[0]).isBetween(0.0, 10.0);
        assertThat(dir.resolve("pass")).doesNotExist();

        // the same run judged against an impossible invariant: it must fail and keep what reproduces it
        Campaign.Planned impossible = new Campaign.Planned(p.index(), p.seed(), p.faults(),
                p.yaml().replace("truth.battery.soc >= 0.4", "truth.battery.soc >= 0.99"));
        CampaignRunner.Outcome fail = CampaignRunner.runOne(impossible, dir.resolve("fail"));
        assertThat(fail.kind()).isEqualTo(CampaignRunner.Kind.INVARIANT);
        assertThat(fail.detail()).contains("truth.battery.soc >= 0.99");
        assertThat(Files.readString(dir.resolve("fail/scenario.yaml"))).isEqualTo(impossible.yaml());
        assertThat(dir.resolve("fail/report.html")).exists();
    }
}

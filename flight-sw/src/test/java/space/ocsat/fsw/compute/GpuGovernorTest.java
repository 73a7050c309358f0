package space.ocsat.fsw.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Actuation;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.power.SettableBudget;
import space.ocsat.fsw.power.LoadShedder;
import space.ocsat.fsw.power.SocEstimator;
import space.ocsat.fsw.orbit.EclipseForecast;
import space.ocsat.fsw.thermal.RadiatorRejection;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class GpuGovernorTest {
    private static final long TICK_NS = 100_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ActuatorFrame cmd = new ActuatorFrame(fake.hal);
    private final EventLog events = new EventLog(64);
    private final ModeManager modes = new ModeManager(Mode.OPERATIONAL, events);
    private final SocEstimator soc = new SocEstimator(frame, config, 28, 100);
    private final SettableBudget budget = new SettableBudget(4 * 700);
    private final ThermalEstimate estimate = new ThermalEstimate(frame);
    private final ThermalCap thermal = new ThermalCap(estimate, events, config, 200, 700);
    private final LoadShedder shedder = new LoadShedder(frame, soc, budget, thermal, events, config,
            new int[] {3, 2, 1, 0}, 700);
    /** Never run here, so it never binds: the governor's own laws are under test. */
    private final RadiatorRejection heat = new RadiatorRejection(frame, cmd, estimate, new EclipseForecast() {
        @Override public boolean valid() { return false; }
        @Override public boolean inUmbra() { return false; }
        @Override public long nextEntryNs() { return Long.MAX_VALUE; }
        @Override public long nextExitNs() { return Long.MAX_VALUE; }
    }, config);
    private final GpuGovernor governor = new GpuGovernor(frame, cmd, modes, shedder, budget, thermal, heat, events, config,
            200, 700);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final Actuation actuation = new Actuation(fake.hal, frame, cmd, events);

    private void cycles(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            estimate.run(fake.nowNs);
            modes.run(fake.nowNs);
            thermal.run(fake.nowNs);
            governor.run(fake.nowNs);
            actuation.run(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }

    @Test
    void raisesCapsNoFasterThanTheRateLimit() {
        cycles(1);
        assertThat(cmd.gpuPowerOn).containsOnly(true);
        assertThat(cmd.gpuCapW[0]).isEqualTo(200);
        cycles(10);
        assertThat(cmd.gpuCapW[0]).as("one second at 50 W/s").isCloseTo(250, within(1e-6));
        cycles(100);
        assertThat(cmd.gpuCapW[0]).isEqualTo(700);
    }

    @Test
    void cutsCapsAtOnceInAThermalEmergency() {
        cycles(200);
        assertThat(cmd.gpuCapW[1]).isEqualTo(700);
        java.util.Arrays.fill(fake.coolantOutletK, config.coolantOutletMaxK - 0.1 * config.thermalBandK);
        cycles(1);
        assertThat(cmd.gpuCapW[1]).as("factor 0.1, below the emergency threshold: no rate limit")
                .isCloseTo(200 + 500 * 0.1, within(1e-6));
    }

    @Test
    void keepsEachGpuBelowItsSlowdownTemperatureByDeratingItsDie() {
        cycles(200);
        fake.gpuTempK[2] = config.gpuDieMaxK + 0.5;
        cycles(1);
        assertThat(cmd.gpuCapW[2]).isEqualTo(200);
        assertThat(cmd.gpuCapW[1]).isEqualTo(700);
    }

    @Test
    void cutsAnIsolatedGpuAtOnceAndKeepsItOff() {
        cycles(1);
        governor.setIsolated(1, true);
        cycles(1);
        assertThat(cmd.gpuPowerOn).containsExactly(true, false, true, true);
        assertThat(fake.gpuDrainRequested[1]).as("protective: no drain").isFalse();
        cycles(100);
        assertThat(cmd.gpuPowerOn[1]).isFalse();
    }

    @Test
    void drainsGpuBeforePowerOff() {
        cycles(1);
        modes.requestFromGround(Mode.STANDBY);
        cycles(1);
        assertThat(cmd.gpuPowerOn).as("still on while the hosts checkpoint").containsOnly(true);
        assertThat(fake.gpuDrainRequested).containsOnly(true);
        cycles(50);
        assertThat(cmd.gpuPowerOn).containsOnly(true);
        fake.gpuDrained[2] = true;
        cycles(1);
        assertThat(cmd.gpuPowerOn).containsExactly(true, true, false, true);
        assertThat(events.id(events.published() - 1)).isEqualTo(EventId.GPU_DRAINED);
        assertThat(events.argA(events.published() - 1)).isEqualTo(2);
        assertThat(events.argB(events.published() - 1)).as("the host answered").isEqualTo(1);
    }

    @Test
    void switchesOffAtTheDrainTimeoutWhenTheHostNeverAnswers() {
        cycles(1);
        modes.requestFromGround(Mode.STANDBY);
        cycles((int) (config.gpuDrainTimeoutS * 10) - 1);
        assertThat(cmd.gpuPowerOn).containsOnly(true);
        cycles(2);
        assertThat(cmd.gpuPowerOn).containsOnly(false);
        assertThat(events.argB(events.published() - 1)).as("timed out").isZero();
    }

    @Test
    void cutsComputeAtOnceWhenFdirShedsIt() {
        cycles(1);
        governor.setComputeShed(true);
        cycles(1);
        assertThat(cmd.gpuPowerOn).containsOnly(false);
        assertThat(fake.gpuDrainRequested).containsOnly(false);
    }

    @Test
    void dividesTheBudgetAmongRunningGpusByWaterFilling() {
        budget.budgetW = 1600;
        governor.commandCap(0, 200);
        cycles(300);
        assertThat(cmd.gpuCapW[0]).isEqualTo(200);
        assertThat(cmd.gpuCapW[1]).as("what GPU 0 cannot use goes to the others: (1600 − 200) / 3")
                .isCloseTo(1400.0 / 3, within(1e-6));
        assertThat(cmd.gpuCapW[3]).isCloseTo(1400.0 / 3, within(1e-6));
    }

    @Test
    void honoursTheCommandedCapAsAnUpperBound() {
        governor.commandCap(0, 400);
        cycles(300);
        assertThat(cmd.gpuCapW[0]).isEqualTo(400);
        assertThat(cmd.gpuCapW[3]).isEqualTo(700);
    }

    @Test
    void powerCyclesAHungGpuThenIsolatesItWhenItHangsAgain() {
        space.ocsat.fsw.protect.GpuHealth health = new space.ocsat.fsw.protect.GpuHealth(frame, governor, events,
                new space.ocsat.fsw.protect.FaultLog(fake.hal.store()), config);
        cycles(10);
        fake.gpuHung[1] = true;
        for (int s = 0; s < config.gpuHangPersistenceS; s++) {
            cycles(10);
            health.run(fake.nowNs);
        }
        cycles(1);
        assertThat(cmd.gpuPowerOn[1]).as("power-cycled: off at once").isFalse();
        assertThat(governor.isolated(1)).isFalse();
        cycles((int) (config.gpuPowerCycleS * 10) + 1);
        assertThat(cmd.gpuPowerOn[1]).as("back on after the cycle").isTrue();
        for (int s = 0; s < config.gpuHangPersistenceS + 1; s++) {
            cycles(10);
            health.run(fake.nowNs);
        }
        assertThat(governor.isolated(1)).as("hung again within the escalation window").isTrue();
        cycles(1);
        assertThat(cmd.gpuPowerOn).containsExactly(true, false, true, true);
        assertThat(events.id(events.published() - 1)).isEqualTo(EventId.GPU_ISOLATED);
    }
}

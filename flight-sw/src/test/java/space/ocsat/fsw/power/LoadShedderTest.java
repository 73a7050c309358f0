package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class LoadShedderTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final EventLog events = new EventLog(256);
    private final SocEstimator soc = new SocEstimator(frame, config, 28, 100);
    private final ThermalEstimate thermalEstimate = new ThermalEstimate(frame);
    private final ThermalCap thermal = new ThermalCap(thermalEstimate, events, config, 200, 700);
    private final SettableBudget budget = new SettableBudget(4 * 700);
    private final LoadShedder shedder = new LoadShedder(frame, soc, budget, thermal, events, config, new int[] {3, 2, 1, 0}, 700);

    @BeforeEach
    void startAtRest() {
        fake.nowNs = 100 * SECOND_NS;
        fake.batteryV = 28 * 3.97;
        seconds(1);
    }

    private void seconds(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            soc.run(fake.nowNs);
            shedder.run(fake.nowNs);
            fake.nowNs += SECOND_NS;
        }
    }

    @Test
    void shedsLowestPriorityGpuFirstWhenSocBelowFloorWhileDischarging() {
        soc.restore(0.65, 100);
        fake.batteryA = -20;
        seconds(1);
        assertThat(shedder.allowed(3)).isFalse();
        assertThat(shedder.allowed(2)).isTrue();
        seconds(2);
        assertThat(shedder.allowed(2)).isFalse();
        assertThat(events.id(0)).isEqualTo(EventId.GPU_SHED);
        assertThat(events.argA(0)).isEqualTo(3);
    }

    @Test
    void shedsNothingWhileChargingEvenBelowTheFloor() {
        soc.restore(0.65, 100);
        fake.batteryA = 20;
        seconds(30);
        assertThat(shedder.allowedCount()).isEqualTo(4);
    }

    @Test
    void restoresLoadsOnlyAfterHysteresisAndWithASurplus() {
        soc.restore(0.65, 100);
        fake.batteryA = -20;
        seconds(10);
        assertThat(shedder.allowedCount()).isZero();

        soc.restore(0.72, 100);
        fake.batteryA = 30;
        seconds(120);
        assertThat(shedder.allowedCount()).as("above the floor but below the restore level").isZero();

        soc.restore(0.80, 100);
        fake.batteryA = 2;
        fake.shuntA = 0;
        seconds(120);
        assertThat(shedder.allowedCount()).as("no surplus for another GPU").isZero();

        fake.shuntA = 10;
        seconds(1);
        assertThat(shedder.allowed(0)).as("highest priority first").isTrue();
        assertThat(shedder.allowedCount()).isEqualTo(1);
        seconds(29);
        assertThat(shedder.allowedCount()).isEqualTo(1);
        seconds(1);
        assertThat(shedder.allowedCount()).isEqualTo(2);
    }

    @Test
    void keepsAShedGpuOffForItsMinimumOffTime() {
        soc.restore(0.65, 100);
        fake.batteryA = -20;
        seconds(1);
        assertThat(shedder.allowed(3)).isFalse();
        soc.restore(0.90, 100);
        fake.batteryA = 0;
        fake.shuntA = 20;
        seconds(58);
        assertThat(shedder.allowed(3)).isFalse();
        seconds(3);
        assertThat(shedder.allowed(3)).isTrue();
    }

    private void secondsWithHeat(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            soc.run(fake.nowNs);
            thermalEstimate.run(fake.nowNs);
            thermal.run(fake.nowNs);
            shedder.run(fake.nowNs);
            fake.nowNs += SECOND_NS;
        }
    }

    @Test
    void shedsGpusForHeatWhenTheLoopStaysOverItsLimitAtMinimumCaps() {
        soc.restore(0.9, 100);
        java.util.Arrays.fill(fake.coolantOutletK, config.coolantOutletMaxK + 0.5);
        secondsWithHeat((int) config.thermalShedPersistS - 1);
        assertThat(shedder.allowedCount()).as("within the persistence").isEqualTo(4);
        secondsWithHeat(2);
        assertThat(shedder.allowedCount()).isEqualTo(3);
        assertThat(shedder.thermalShedding()).as("a protective cut: no drain").isTrue();
        assertThat(events.argB(events.published() - 1)).isEqualTo(LoadShedder.REASON_THERMAL);
        secondsWithHeat(10);
        assertThat(shedder.allowedCount()).as("one per shed interval while it stays over").isLessThan(3);
        java.util.Arrays.fill(fake.coolantOutletK, config.coolantOutletMaxK - 2 * config.thermalBandK);
        secondsWithHeat(200);
        assertThat(shedder.allowedCount()).as("back once the loop is out of its band").isEqualTo(4);
        assertThat(shedder.thermalShedding()).isFalse();
    }
}

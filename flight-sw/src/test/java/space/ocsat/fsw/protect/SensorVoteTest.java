package space.ocsat.fsw.protect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class SensorVoteTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final ThermalEstimate estimate = new ThermalEstimate(frame);
    private final EventLog events = new EventLog(64);
    private final SensorVote vote = new SensorVote(frame, estimate, events, new FaultLog(fake.hal.store()), config);

    private void seconds(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            estimate.run(fake.nowNs);
            vote.run(fake.nowNs);
            fake.nowNs += SECOND_NS;
        }
    }

    @Test
    void isolatesTheOutlierOfTheTripleAfterThePersistenceAndOnlyIt() {
        fake.coolantOutletK[0] = 330;
        fake.coolantOutletK[1] = 300;
        fake.coolantOutletK[2] = 330.5;
        seconds(config.sensorDisagreePersistenceS - 1);
        assertThat(estimate.outletIsolated(1)).as("within the persistence").isFalse();
        seconds(1);
        assertThat(estimate.outletIsolated(1)).isTrue();
        assertThat(estimate.outletIsolated(0)).isFalse();
        assertThat(estimate.outletIsolated(2)).isFalse();
        assertThat(events.id(events.published() - 1)).isEqualTo(EventId.SENSOR_ISOLATED);
        assertThat(events.argA(events.published() - 1)).isEqualTo(1);
        seconds(1);
        assertThat(estimate.coolantOutletK()).as("the vote of the two left").isEqualTo(330.25);
    }

    @Test
    void isolatesNothingWithoutAMajority() {
        fake.coolantOutletK[0] = 330;
        fake.coolantOutletK[1] = 300;
        fake.coolantOutletK[2] = 330;
        seconds(20);
        assertThat(estimate.outletIsolated(1)).isTrue();
        fake.coolantOutletK[2] = 310;
        seconds(60);
        assertThat(estimate.outletIsolated(0)).as("two left: no majority to name an outlier").isFalse();
        assertThat(estimate.outletIsolated(2)).isFalse();
    }

    @Test
    void twoLeftThatDisagreeMakeTheLoopReadTheHotterUntilTheyAgree() {
        fake.coolantOutletK[0] = 330;
        fake.coolantOutletK[1] = 300;
        fake.coolantOutletK[2] = 330;
        seconds(20);
        assertThat(estimate.outletIsolated(1)).isTrue();
        fake.coolantOutletK[2] = 334;
        seconds(config.sensorDisagreePersistenceS + 1);
        assertThat(events.id(events.published() - 1)).isEqualTo(EventId.FAULT_CONFIRMED);
        assertThat(events.argA(events.published() - 1)).isEqualTo(FaultId.COOLANT_PAIR_DISAGREES.ordinal());
        assertThat(estimate.coolantOutletK()).as("the hotter of the two").isEqualTo(334);
        fake.coolantOutletK[2] = 331;
        seconds(config.sensorDisagreePersistenceS - 1);
        assertThat(estimate.coolantOutletK()).as("agreeing, but not for long enough yet").isEqualTo(331);
        seconds(2);
        assertThat(events.id(events.published() - 1)).isEqualTo(EventId.FAULT_CLEARED);
        assertThat(estimate.coolantOutletK()).isEqualTo(330.5);
    }
}

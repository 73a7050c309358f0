package space.ocsat.fsw.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class ThermalCapTest {
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ThermalEstimate estimate = new ThermalEstimate(frame);
    private final EventLog events = new EventLog(16);
    private final ThermalCap cap = new ThermalCap(estimate, events, config, 200, 700);

    private void coolantAt(double k) {
        java.util.Arrays.fill(fake.coolantOutletK, k);
        new Sampler(fake.hal, frame).run(0);
        estimate.run(0);
        cap.run(0);
    }

    @Test
    void lowersGpuCapsLinearlyAsCoolantApproachesItsLimit() {
        coolantAt(config.coolantOutletMaxK - 10);
        assertThat(cap.capW()).isEqualTo(700);
        coolantAt(config.coolantOutletMaxK - config.thermalBandK / 2);
        assertThat(cap.capW()).isCloseTo(450, within(1e-9));
        coolantAt(config.coolantOutletMaxK + 1);
        assertThat(cap.capW()).isEqualTo(200);
        assertThat(cap.factor()).isZero();
    }

    @Test
    void followsTheHottestRadiatorZone() {
        coolantAt(300);
        fake.radiatorK[2] = config.radiatorMaxK - 0.25 * config.thermalBandK;
        fake.radiatorK[3] = config.radiatorMaxK - 0.25 * config.thermalBandK;
        coolantAt(300);
        assertThat(cap.factor()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void reportsDeratingStartAndEndOnce() {
        coolantAt(config.coolantOutletMaxK - 2);
        coolantAt(config.coolantOutletMaxK - 1);
        coolantAt(config.coolantOutletMaxK - 20);
        assertThat(events.published()).isEqualTo(2);
        assertThat(events.id(0)).isEqualTo(EventId.THERMAL_DERATE);
        assertThat(events.argB(0)).isEqualTo(1);
        assertThat(events.argB(1)).isZero();
    }

    @Test
    void votesOutAnOutlierCoolantSensorByMedian() {
        fake.coolantOutletK[0] = 400;
        fake.coolantOutletK[1] = 310;
        fake.coolantOutletK[2] = 311;
        new Sampler(fake.hal, frame).run(0);
        estimate.run(0);
        assertThat(estimate.coolantOutletK()).isEqualTo(311);
    }
}

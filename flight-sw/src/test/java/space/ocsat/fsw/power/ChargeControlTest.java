package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventLog;

class ChargeControlTest {
    private final FakeHal fake = new FakeHal();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ActuatorFrame cmd = new ActuatorFrame(fake.hal);
    private final EventLog events = new EventLog(16);
    private final ChargeControl charge = new ChargeControl(frame, cmd, events, new FswConfig());

    private void at(double tempK) {
        fake.batteryTempK = tempK;
        new Sampler(fake.hal, frame).run(0);
        charge.run(0);
    }

    @Test
    void stopsChargingOutsideZeroToFortyCelsiusWithHysteresis() {
        at(293);
        assertThat(cmd.chargeLimitA).isEqualTo(50);
        at(272.5);
        assertThat(cmd.chargeLimitA).isZero();
        at(274.5);
        assertThat(cmd.chargeLimitA).as("inside by less than the hysteresis").isZero();
        at(275.5);
        assertThat(cmd.chargeLimitA).isEqualTo(50);
        at(313.5);
        assertThat(cmd.chargeLimitA).isZero();
        assertThat(events.published()).isEqualTo(3);
    }
}

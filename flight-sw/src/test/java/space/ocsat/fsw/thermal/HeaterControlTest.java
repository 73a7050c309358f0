package space.ocsat.fsw.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.hal.thermal.HeaterId;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventLog;

class HeaterControlTest {
    private final FakeHal fake = new FakeHal();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ActuatorFrame cmd = new ActuatorFrame(fake.hal);
    private final EventLog events = new EventLog(16);
    private final HeaterControl heaters = new HeaterControl(frame, cmd, events, new FswConfig());
    private final int battery = HeaterId.BATTERY.index();

    private boolean batteryHeaterAt(double k) {
        fake.batteryTempK = k;
        new Sampler(fake.hal, frame).run(0);
        heaters.run(0);
        return cmd.heaterOn[battery];
    }

    @Test
    void switchesSurvivalHeaterOnBelowAndOffAboveItsThresholds() {
        assertThat(batteryHeaterAt(290)).isFalse();
        assertThat(batteryHeaterAt(283.0)).isTrue();
        assertThat(batteryHeaterAt(286.0)).as("inside the hysteresis band: stays on").isTrue();
        assertThat(batteryHeaterAt(288.5)).isFalse();
        assertThat(batteryHeaterAt(285.0)).as("inside the band from above: stays off").isFalse();
        assertThat(events.published()).isEqualTo(2);
    }

    @Test
    void keepsCoolantAboveItsMinimumWithItsOwnThermostat() {
        fake.coolantInletK = 275;
        new Sampler(fake.hal, frame).run(0);
        heaters.run(0);
        assertThat(cmd.heaterOn[HeaterId.COOLANT.index()]).isTrue();
        assertThat(cmd.heaterOn[battery]).isFalse();
    }
}

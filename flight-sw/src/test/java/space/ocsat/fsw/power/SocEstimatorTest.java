package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;

class SocEstimatorTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final SocEstimator soc = new SocEstimator(frame, config, 28, 100);

    private void cycle() {
        sampler.run(fake.nowNs);
        soc.run(fake.nowNs);
        fake.nowNs += SECOND_NS;
    }

    @Test
    void initialisesFromOpenCircuitVoltageCorrectedForCurrent() {
        fake.batteryA = -50;
        fake.batteryV = 28 * 3.82 - 50 * config.packResistanceOhm;
        cycle();
        assertThat(soc.soc()).isCloseTo(0.60, within(1e-6));
    }

    @Test
    void countsCoulombsWhileChargingAndDischarging() {
        fake.batteryV = 28 * 3.74;
        cycle();
        double start = soc.soc();
        fake.batteryA = -100;
        for (int i = 0; i < 360; i++) {
            cycle();
        }
        assertThat(soc.soc()).as("100 A for 360 s from a 100 Ah pack").isCloseTo(start - 0.10, within(1e-3));
        fake.batteryA = 50;
        for (int i = 0; i < 360; i++) {
            cycle();
        }
        assertThat(soc.soc()).isCloseTo(start - 0.05, within(1e-3));
    }

    @Test
    void reAnchorsToOpenCircuitVoltageAfterRestingLongEnough() {
        fake.batteryV = 28 * 3.74;
        cycle();
        soc.restore(0.30, 100);
        fake.batteryA = 0;
        fake.batteryV = 28 * 3.90;
        for (int i = 0; i < 599; i++) {
            cycle();
        }
        assertThat(soc.soc()).as("not yet at rest long enough").isCloseTo(0.30, within(1e-9));
        for (int i = 0; i < 600; i++) {
            cycle();
        }
        assertThat(soc.soc()).isCloseTo(0.70, within(0.01));
    }
}

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

    @Test
    void learnsAFadedBatterysCapacityWithinOneEclipseAndRecountsItsSoc() {
        OcvCurve ocv = new OcvCurve(config.cellOcvV);
        double trueAh = 85;
        double trueSoc = 0.98;
        fake.batteryA = 0;
        fake.batteryV = 28 * ocv.ocvV(trueSoc);
        cycle();
        assertThat(soc.capacityAh()).as("starts at the rating").isEqualTo(100);
        fake.batteryA = -45;
        for (int i = 0; i < 2000; i++) {
            trueSoc += fake.batteryA / (trueAh * 3600);
            // the real pack's resistance is 7 % off the one the estimator assumes
            fake.batteryV = 28 * ocv.ocvV(trueSoc) + fake.batteryA * config.packResistanceOhm * 1.07;
            cycle();
        }
        assertThat(soc.capacityAh()).isCloseTo(trueAh, within(0.02 * trueAh));
        assertThat(soc.soc()).isCloseTo(trueSoc, within(0.005));
    }

    @Test
    void refusesACapacityFitFarOutsideTheRating() {
        fake.batteryA = 0;
        fake.batteryV = 28 * 4.09;
        cycle();
        fake.batteryA = -45;
        for (int i = 0; i < 2000; i++) {
            // the voltage falls four times faster than 100 Ah would: a fit of ~25 Ah, below half the rating
            fake.batteryV -= 28 * 0.0008 * 4 * 45.0 / 360;
            cycle();
        }
        assertThat(soc.capacityAh()).isEqualTo(100);
    }
}

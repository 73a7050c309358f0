package space.ocsat.fsw.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class PumpControlTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ActuatorFrame cmd = new ActuatorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final ThermalEstimate estimate = new ThermalEstimate(frame);
    private final EventLog events = new EventLog(64);
    private final PumpControl pump = new PumpControl(frame, cmd, estimate, events, config);

    private void seconds(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            estimate.run(fake.nowNs);
            pump.run(fake.nowNs);
            fake.nowNs += SECOND_NS;
        }
    }

    private void coolantAt(double k) {
        java.util.Arrays.fill(fake.coolantOutletK, k);
    }

    @Test
    void runsThePumpWheneverAGpuIsPoweredEvenWithACoolLoop() {
        cmd.gpuPowerOn[2] = true;
        coolantAt(config.pumpOffBelowK - 10);
        seconds(1200);
        assertThat(cmd.pumpOn).isTrue();
        assertThat(events.published()).isZero();
    }

    @Test
    void stopsThePumpWhenComputeIsOffAndTheLoopIsColdAndRestartsItForCompute() {
        coolantAt(config.pumpOffBelowK - 1);
        seconds(1);
        assertThat(cmd.pumpOn).isFalse();
        assertThat(events.id(0)).isEqualTo(EventId.PUMP_SWITCHED);
        cmd.gpuPowerOn[0] = true;
        seconds(1);
        assertThat(cmd.pumpOn).as("compute restarts it at once").isTrue();
    }

    @Test
    void holdsThePumpOnItsMinimumTimeBetweenStops() {
        coolantAt(config.pumpOffBelowK - 1);
        seconds(1);
        coolantAt(config.pumpOnAboveK + 1);
        seconds(1);
        assertThat(cmd.pumpOn).as("a warm loop restarts it at once").isTrue();
        coolantAt(config.pumpOffBelowK - 1);
        seconds((int) config.pumpMinHoldS - 5);
        assertThat(cmd.pumpOn).as("held on its minimum time").isTrue();
        seconds(10);
        assertThat(cmd.pumpOn).isFalse();
    }

    @Test
    void keepsThePumpRunningWithoutAValidCoolantReading() {
        coolantAt(Double.NaN);
        seconds(1200);
        assertThat(cmd.pumpOn).isTrue();
    }
}

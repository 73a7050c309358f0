package space.ocsat.fsw.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.orbit.EclipseForecast;

class RadiatorRejectionTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private static final double SIGMA = 5.670374419e-8;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ActuatorFrame cmd = new ActuatorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final ThermalEstimate estimate = new ThermalEstimate(frame);
    private final long[] entryNs = {Long.MAX_VALUE};
    private final RadiatorRejection rejection = new RadiatorRejection(frame, cmd, estimate, new EclipseForecast() {
        @Override public boolean valid() { return true; }
        @Override public boolean inUmbra() { return false; }
        @Override public long nextEntryNs() { return entryNs[0]; }
        @Override public long nextExitNs() { return entryNs[0] + 2000 * SECOND_NS; }
    }, config);

    @BeforeEach
    void steadyLoop() {
        fake.nowNs = 1000 * SECOND_NS;
        java.util.Arrays.fill(fake.gpuPowered, true);
        java.util.Arrays.fill(fake.gpuCapW, 700);
        java.util.Arrays.fill(fake.radiatorK, 320);
        java.util.Arrays.fill(fake.coolantOutletK, 330);
        fake.coolantInletK = 326;
        fake.pumpOn = true;
    }

    private void seconds(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            estimate.run(fake.nowNs);
            rejection.run(fake.nowNs);
            fake.nowNs += SECOND_NS;
        }
    }

    private double emittedW(double zoneK) {
        return 2 * config.radiatorEmittance * SIGMA * 2 * config.radiatorZoneFaceM2 * Math.pow(zoneK, 4);
    }

    @Test
    void estimatesTheSunAndEarthLoadFromTheLoopsEnergyBalance() {
        seconds(120);
        double inW = 4 * 700 + config.pumpHeatW;
        assertThat(rejection.rejectedW()).as("steady: all the heat in goes out").isCloseTo(inW, within(1.0));
        assertThat(rejection.environmentW()).isCloseTo(emittedW(320) - inW, within(1.0));
    }

    @Test
    void addsTheHeatItsHeadroomStoresOverTheRestOfTheSunlitArc() {
        seconds(120);
        double steadyW = emittedW(320 + (config.coolantOutletMaxK - 330)) - rejection.environmentW() - config.pumpHeatW;
        double storeJPerK = config.coolantHeatCapacityJPerK + 2 * config.radiatorZoneHeatCapacityJPerK
                + 4 * config.gpuPlateHeatCapacityJPerK;
        entryNs[0] = fake.nowNs + 1800 * SECOND_NS;
        seconds(1);
        assertThat(rejection.capacityW()).isCloseTo(steadyW + storeJPerK * (config.coolantOutletMaxK - 330) / 1800,
                within(5.0));
        assertThat(rejection.binding()).as("8 K below the limit the loop's own storage leads").isFalse();
    }

    @Test
    void holdsComputeToTheCapacityOnlyNearTheLimit() {
        java.util.Arrays.fill(fake.coolantOutletK, config.coolantOutletMaxK - 1);
        fake.coolantInletK = config.coolantOutletMaxK - 5;
        seconds(120);
        assertThat(rejection.binding()).isTrue();
        assertThat(rejection.capacityW()).as("a hotter loop rejects more: it carries today's compute")
                .isGreaterThan(4 * 700);
    }
}

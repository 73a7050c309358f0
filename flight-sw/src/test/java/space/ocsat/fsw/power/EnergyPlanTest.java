package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.orbit.EclipseForecast;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The energy plan against a battery the test integrates itself: the fake bus carries the essential load plus what
 * the plan lets the GPUs draw, the battery supplies what the array does not.
 */
class EnergyPlanTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private static final double CAPACITY_AH = 100;
    private static final int CELLS = 28;
    private static final double ESSENTIAL_W = 800;

    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final EventLog events = new EventLog(256);
    private final SocEstimator soc = new SocEstimator(frame, config, CELLS, CAPACITY_AH);
    private final Forecast forecast = new Forecast();
    private final EnergyPlan plan = new EnergyPlan(frame, soc, forecast, events, config, 200);
    private final OcvCurve ocv = new OcvCurve(config.cellOcvV);
    private double trueSoc;
    /** Essential load now, W (a test may raise it mid-eclipse). */
    private double essentialW = ESSENTIAL_W;

    /** A forecast the test sets. */
    private static final class Forecast implements EclipseForecast {
        boolean valid = true;
        boolean inUmbra;
        long entryNs = Long.MAX_VALUE;
        long exitNs = Long.MAX_VALUE;

        @Override public boolean valid() { return valid; }
        @Override public boolean inUmbra() { return inUmbra; }
        @Override public long nextEntryNs() { return entryNs; }
        @Override public long nextExitNs() { return exitNs; }
    }

    @BeforeEach
    void start() {
        fake.nowNs = 1000 * SECOND_NS;
        fake.busV = 105;
        fake.loadA = ESSENTIAL_W / fake.busV;
        java.util.Arrays.fill(fake.gpuPowered, true);
    }

    /** Steps one second: sample, estimate, plan; then the GPUs draw the budget and the battery balances the bus. */
    private void seconds(int n) {
        for (int i = 0; i < n; i++) {
            // terminal voltage: OCV plus I·R at last second's current (positive charging)
            fake.batteryV = CELLS * ocv.ocvV(trueSoc) + fake.batteryA * config.packResistanceOhm;
            sampler.run(fake.nowNs);
            soc.run(fake.nowNs);
            plan.run(fake.nowNs);
            java.util.Arrays.fill(fake.gpuCapW, plan.computeBudgetW() / fake.gpuCapW.length);
            double arrayW = fake.stringA[0] * (fake.busV + 1) * fake.stringA.length;
            fake.loadA = essentialW / fake.busV;
            double batteryW = arrayW - essentialW - plan.computeBudgetW();
            fake.batteryA = batteryW / fake.batteryV;
            trueSoc += fake.batteryA / (CAPACITY_AH * 3600);
            fake.nowNs += SECOND_NS;
        }
    }

    private void darkArray() {
        java.util.Arrays.fill(fake.stringA, 0);
    }

    private void inEclipseUntil(long exitNs) {
        forecast.inUmbra = true;
        forecast.exitNs = exitNs;
        forecast.entryNs = exitNs + 3600 * SECOND_NS;
        darkArray();
    }

    private void startAt(double s) {
        trueSoc = s;
        soc.restore(s, CAPACITY_AH);
    }

    @Test
    void leavesTheEclipseAtItsFloorPlusMarginSpendingEvenly() {
        startAt(0.95);
        inEclipseUntil(fake.nowNs + 2000 * SECOND_NS);
        seconds(5);
        double early = plan.computeBudgetW();
        seconds(995);
        double middle = plan.computeBudgetW();
        seconds(1000);
        double target = config.socShedFloor + config.planMarginSoc;
        assertThat(soc.capacityAh()).as("capacity learned in the eclipse").isCloseTo(CAPACITY_AH, within(1.0));
        assertThat(trueSoc).as("at the target, a little above: this battery has no I²R loss to take the allowance")
                .isBetween(target, target + 0.006);
        assertThat(middle).as("even spending").isCloseTo(early, within(0.03 * early));
        double usableJ = CAPACITY_AH * CELLS * ocv.energyWhPerAh(0.72, 0.95) * 3600;
        assertThat(early).as("(usable energy / duration) − essential, less a small I²R loss")
                .isBetween(0.95 * (usableJ / 2000 - ESSENTIAL_W), usableJ / 2000 - ESSENTIAL_W);
        assertThat(events.id(0)).isEqualTo(EventId.ENERGY_PLAN);
    }

    @Test
    void replansAroundASurpriseLoadAndStillLeavesTheEclipseAtItsTarget() {
        startAt(0.95);
        inEclipseUntil(fake.nowNs + 2000 * SECOND_NS);
        seconds(1000);
        double before = plan.computeBudgetW();
        essentialW = ESSENTIAL_W + 1000; // the coolant heater stuck on halfway through
        seconds(120);
        assertThat(plan.computeBudgetW()).as("compute gives up what the heater takes").isCloseTo(before - 1000,
                within(100.0));
        seconds(880);
        double target = config.socShedFloor + config.planMarginSoc;
        assertThat(trueSoc).isBetween(target - 0.003, target + 0.006);
    }

    @Test
    void shedsComputeBeforeEclipseWhenPlannedSocBelowFloor() {
        startAt(0.73);
        inEclipseUntil(fake.nowNs + 2000 * SECOND_NS);
        seconds(2);
        assertThat(plan.computeBudgetW()).as("0.01 of SoC does not carry the essential loads 2000 s").isZero();
        assertThat(plan.affordableGpus(4)).isZero();
    }

    @Test
    void givesTheArraySurplusBeyondTheChargeItNeedsInSunlight() {
        startAt(0.90);
        forecast.entryNs = fake.nowNs + 3000 * SECOND_NS;
        forecast.exitNs = forecast.entryNs + 2000 * SECOND_NS;
        seconds(3);
        double arrayW = fake.stringA[0] * fake.stringA.length * (fake.busV + 1);
        double chargeW = CAPACITY_AH * CELLS * ocv.energyWhPerAh(soc.soc(), config.socChargeTarget) * 3600 / 3000;
        assertThat(plan.computeBudgetW()).isCloseTo(arrayW - ESSENTIAL_W - chargeW, within(60.0));
    }

    @Test
    void chargesAtTheLimitBeforeComputeWhenTheEclipseIsNear() {
        startAt(0.80);
        forecast.entryNs = fake.nowNs + 300 * SECOND_NS;
        forecast.exitNs = forecast.entryNs + 2000 * SECOND_NS;
        seconds(3);
        double arrayW = fake.stringA[0] * fake.stringA.length * (fake.busV + 1);
        double maxChargeW = config.chargeLimitA * fake.batteryV;
        assertThat(plan.computeBudgetW()).isCloseTo(arrayW - ESSENTIAL_W - maxChargeW, within(60.0));
    }

    @Test
    void plansForTheLongestEclipseWithoutAPrediction() {
        startAt(0.95);
        forecast.valid = false;
        darkArray();
        seconds(3);
        double usableJ = CAPACITY_AH * CELLS * ocv.energyWhPerAh(0.72, soc.soc()) * 3600;
        assertThat(plan.computeBudgetW()).isCloseTo(usableJ / (config.maxEclipseS - 2) - ESSENTIAL_W,
                within(0.05 * usableJ / config.maxEclipseS));
    }

    @Test
    void plansNothingBeforeTheFirstSocEstimate() {
        plan.run(fake.nowNs);
        assertThat(plan.computeBudgetW()).isZero();
    }

    @Test
    void restoresAnotherGpuOnlyWithHysteresis() {
        startAt(0.95);
        inEclipseUntil(fake.nowNs + 2000 * SECOND_NS);
        seconds(2);
        double budget = plan.computeBudgetW();
        int fits = (int) (budget / 200);
        assertThat(plan.affordableGpus(fits)).isEqualTo(fits);
        assertThat(plan.affordableGpus(fits - 1)).as("one more within the hysteresis")
                .isEqualTo(budget - config.gpuRestoreHysteresisW >= fits * 200 ? fits : fits - 1);
        assertThat(plan.affordableGpus(fits + 1)).as("one too many is shed").isEqualTo(fits);
    }
}

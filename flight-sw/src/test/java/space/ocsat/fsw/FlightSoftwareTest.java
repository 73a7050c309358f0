package space.ocsat.fsw;

import space.ocsat.fsw.config.FswConfig;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.protect.FaultId;
import space.ocsat.fsw.tm.EventId;

class FlightSoftwareTest {
    private static final long TICK_NS = 100_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FlightSoftware fsw = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);

    private void seconds(int s) {
        for (int i = 0; i < s * 10; i++) {
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }

    @Test
    void bootsIntoOperationalAndPowersComputeAndTerminals() {
        seconds(2);
        assertThat(fsw.mode()).isEqualTo(Mode.OPERATIONAL);
        assertThat(fake.gpuPowered).containsOnly(true);
        assertThat(fake.terminal).containsOnly(TerminalState.IDLE);
        assertThat(fake.watchdogKicks).isEqualTo(20);
        assertThat(fake.batteryChargeLimitA).isEqualTo(50);
    }

    @Test
    void entersSafeWhenSocStaysBelowTheHardFloorAndKeepsOnlyTheGroundLink() {
        FakeHal fake = new FakeHal();
        fake.batteryV = 28 * 3.50;
        fake.batteryA = 0;
        FlightSoftware low = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        for (int i = 0; i < 150; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.socEstimate()).isLessThan(0.40);
        assertThat(low.mode()).isEqualTo(Mode.SAFE);
        assertThat(fake.gpuPowered).containsOnly(false);
        assertThat(fake.pointing).isEqualTo(PointingMode.SUN_POINTING);
        assertThat(fake.terminal).containsExactly(TerminalState.OFF, TerminalState.OFF, TerminalState.OFF,
                TerminalState.OFF, TerminalState.IDLE);
        boolean confirmed = false;
        for (long seq = 0; seq < low.events().published(); seq++) {
            confirmed |= low.events().id(seq) == EventId.FAULT_CONFIRMED
                    && low.events().argA(seq) == FaultId.SOC_BELOW_HARD_FLOOR.ordinal();
        }
        assertThat(confirmed).isTrue();
    }

    @Test
    void refusesToLeaveSafeWhileTheSocFaultStandsAndLeavesOnceItClears() {
        FakeHal fake = new FakeHal();
        fake.batteryV = 28 * 3.50;
        FlightSoftware low = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        for (int i = 0; i < 150; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.mode()).isEqualTo(Mode.SAFE);

        low.requestMode(Mode.OPERATIONAL);
        for (int i = 0; i < 600; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.mode()).isEqualTo(Mode.SAFE);
        assertThat(fake.gpuPowered).containsOnly(false);
        long refused = 0;
        for (long seq = 0; seq < low.events().published(); seq++) {
            refused += low.events().id(seq) == EventId.MODE_REFUSED ? 1 : 0;
        }
        assertThat(refused).isEqualTo(1);

        fake.batteryA = 100;
        for (int i = 0; i < 20 * 600; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.socEstimate()).as("charged back above the floor").isGreaterThan(0.45).isLessThan(0.50);
        low.requestMode(Mode.OPERATIONAL);
        for (int i = 0; i < 10; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.mode()).as("not yet: below SAFE's exit minimum").isEqualTo(Mode.SAFE);
        for (int i = 0; i < 10 * 600; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.socEstimate()).as("charged above SAFE's exit minimum").isGreaterThan(0.50);
        low.requestMode(Mode.OPERATIONAL);
        for (int i = 0; i < 10; i++) {
            low.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(low.mode()).isEqualTo(Mode.OPERATIONAL);
    }

    @Test
    void leavesSafeOnlyOnceTheBatteryIsBackInItsTemperatureRangeAndSaysWhyNot() {
        FakeHal fake = new FakeHal();
        FswConfig config = new FswConfig();
        config.initialMode = Mode.SAFE;
        FlightSoftware safe = new FlightSoftware(fake.hal, config, () -> 0L);
        fake.batteryTempK = 330;
        for (int i = 0; i < 100; i++) {
            safe.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        safe.requestMode(Mode.OPERATIONAL);
        for (int i = 0; i < 10; i++) {
            safe.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(safe.mode()).isEqualTo(Mode.SAFE);
        long last = safe.events().published() - 1;
        while (safe.events().id(last) != EventId.MODE_REFUSED) {
            last--;
        }
        assertThat(safe.events().value(last)).as("why: battery temperature").isEqualTo(3);

        fake.batteryTempK = 293;
        for (int i = 0; i < 100; i++) {
            safe.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        safe.requestMode(Mode.OPERATIONAL);
        for (int i = 0; i < 10; i++) {
            safe.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(safe.mode()).isEqualTo(Mode.OPERATIONAL);
    }

    @Test
    void shedsComputeWhileCoolantStaysOverItsLimitAndRestoresItAfter() {
        seconds(2);
        java.util.Arrays.fill(fake.coolantOutletK, 345);
        seconds(8);
        assertThat(fake.gpuPowered).containsOnly(false);
        assertThat(fsw.mode()).isEqualTo(Mode.OPERATIONAL);
        java.util.Arrays.fill(fake.coolantOutletK, 320);
        seconds(8);
        assertThat(fake.gpuPowered).containsOnly(true);
    }
}

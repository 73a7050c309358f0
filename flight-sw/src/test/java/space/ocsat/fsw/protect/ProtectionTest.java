package space.ocsat.fsw.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.fdir.response.Response;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.power.LoadChannel;

/** The unit monitors and their responses, through the whole flight software on a fake HAL. */
class ProtectionTest {
    private static final long TICK_NS = 100_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FlightSoftware fsw = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);

    /** Runs whole seconds with a little sensor noise, as live sensors have (a constant reading is a stuck one). */
    private void seconds(int s) {
        for (int i = 0; i < s * 10; i++) {
            fake.wiggleTemperatures();
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }


    /** @return "EVENT a b value" for each event of these kinds, in order */
    private List<String> events(EventId... ids) {
        EventLog log = fsw.events();
        List<String> out = new ArrayList<>();
        for (long seq = 0; seq < log.published(); seq++) {
            for (EventId id : ids) {
                if (log.available(seq) && log.id(seq) == id) {
                    out.add(id + " " + log.argA(seq) + " " + log.argB(seq) + " " + (long) log.value(seq));
                }
            }
        }
        return out;
    }

    private static String confirmed(FaultId f, Response r, int unit) {
        return "FAULT_CONFIRMED " + f.ordinal() + " " + r.ordinal() + " " + unit;
    }

    @Test
    void raisesNoFaultOnAHealthySatellite() {
        seconds(120);
        assertThat(events(EventId.FAULT_CONFIRMED, EventId.SENSOR_ISOLATED, EventId.GPU_FAULT)).isEmpty();
    }

    @Test
    void recountsTheBatteryWhenACellShortsAndKeepsTheCountAcrossAReset() {
        seconds(10);
        assertThat(fake.batteryEndOfChargeV).isCloseTo(28 * 4.10, within(1e-9));
        fake.batteryV -= 3.82; // one cell's voltage gone from the string
        fake.batteryMaxCellV = fake.batteryV / 27; // the monitor sees 27 live cells
        seconds(10);
        assertThat(events(EventId.FAULT_CONFIRMED)).containsExactly(confirmed(FaultId.BATTERY_CELL_SHORT,
                Response.ISOLATE_UNIT, -1));
        assertThat(events(EventId.BATTERY_RECOUNTED)).containsExactly("BATTERY_RECOUNTED 27 28 -1");
        assertThat(fsw.soc().cells()).isEqualTo(27);
        assertThat(fake.batteryEndOfChargeV).as("the regulator tapers for 27 cells").isCloseTo(27 * 4.10, within(1e-9));
        assertThat(events(EventId.FAULT_CLEARED)).as("recounted, the step is gone").hasSize(1);

        FlightSoftware after = new FlightSoftware(fake.hal, new FswConfig(), () -> 0L);
        for (int i = 0; i < 30; i++) {
            fake.wiggleTemperatures();
            after.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        assertThat(after.soc().cells()).as("kept in the store").isEqualTo(27);
        assertThat(fake.batteryEndOfChargeV).isCloseTo(27 * 4.10, within(1e-9));
    }

    @Test
    void isolatesAFrozenSensorAfterThirtyIdenticalSamples() {
        seconds(5);
        for (int i = 0; i < 400; i++) {
            fake.wiggleTemperatures();
            fake.radiatorK[2] = 300.05; // frozen while the others wiggle
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
        int tsensor = fake.coolantOutletK.length + 2;
        assertThat(events(EventId.FAULT_CONFIRMED)).containsExactly(confirmed(FaultId.SENSOR_STUCK,
                Response.ISOLATE_UNIT, tsensor));
        assertThat(events(EventId.SENSOR_ISOLATED)).containsExactly("SENSOR_ISOLATED " + tsensor + " "
                + FaultId.SENSOR_STUCK.ordinal() + " 0");
        assertThat(fsw.thermalEstimate().radiatorIsolated(2)).isTrue();
    }

    @Test
    void powerCyclesAPumpThatDoesNotFlowOnceThenLeavesItToTheThermalMonitors() {
        seconds(5);
        fake.pumpDry = true;
        seconds(60);
        assertThat(events(EventId.FAULT_CONFIRMED)).as("no flow is also a low flow").containsExactly(
                confirmed(FaultId.PUMP_NO_FLOW, Response.POWER_CYCLE_UNIT, -1),
                confirmed(FaultId.PUMP_NO_FLOW, Response.EVENT_ONLY, -1),
                confirmed(FaultId.COOLANT_FLOW_LOW, Response.EVENT_ONLY, -1));
        assertThat(events(EventId.PUMP_SWITCHED)).containsExactly("PUMP_SWITCHED 0 0 305", "PUMP_SWITCHED 0 1 305");
        fake.pumpDry = false;
        seconds(10);
        assertThat(fsw.protection().fdir().isConfirmed(FaultId.PUMP_NO_FLOW.ordinal())).isFalse();
    }

    @Test
    void isolatesAWeldedHeaterByOpeningTheHeaterSupplyWhileNoOtherHeaterNeedsIt() {
        seconds(5);
        fake.heaterWelded[1] = true;
        fake.heaterOn[1] = true;
        seconds(15);
        assertThat(events(EventId.FAULT_CONFIRMED)).containsExactly(confirmed(FaultId.HEATER_STUCK_ON,
                Response.ISOLATE_UNIT, 1));
        assertThat(fake.channelOn[LoadChannel.HEATERS.channel()]).isFalse();
        fake.batteryTempK = 270; // the battery heater is needed: the supply closes for it
        seconds(3);
        assertThat(fake.channelOn[LoadChannel.HEATERS.channel()]).isTrue();
        assertThat(fake.heaterOn[0]).isTrue();
    }

    @Test
    void powerCyclesAGpuOverItsCapThenIsolatesItWhenItDoesItAgain() {
        seconds(5);
        fake.gpuExtraW[3] = 150;
        seconds(30);
        assertThat(events(EventId.GPU_FAULT)).containsExactly(
                "GPU_FAULT 3 " + FaultId.GPU_OVERCURRENT.ordinal() + " " + Response.POWER_CYCLE_UNIT.ordinal(),
                "GPU_FAULT 3 " + FaultId.GPU_OVERCURRENT.ordinal() + " " + Response.ISOLATE_UNIT.ordinal());
        assertThat(fsw.governor().isolated(3)).isTrue();
        assertThat(fake.gpuPowered[3]).isFalse();
        assertThat(fsw.governor().isolated(2)).isFalse();
    }

    @Test
    void isolatesAGpuInAnEccStormAtOnce() {
        seconds(5);
        for (int s = 0; s < 10; s++) {
            fake.gpuEcc[1] += 500;
            seconds(1);
        }
        assertThat(events(EventId.GPU_ISOLATED)).containsExactly("GPU_ISOLATED 1 "
                + FaultId.GPU_ECC_STORM.ordinal() + " 0");
        assertThat(fake.gpuPowered[1]).isFalse();
    }
}

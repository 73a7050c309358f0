package space.ocsat.sim.scenario;

import java.util.List;
import java.util.Map;

/** The fault catalog, by name (issue 6 §3), and the part of it the simulator injects so far. */
public final class FaultCatalog {
    /** Every fault a scenario may name. */
    public static final List<String> NAMES = List.of("solar.string_open", "solar.off_pointing", "battery.cell_short",
            "battery.overtemp", "coolant.pump_trip", "coolant.valve_stuck", "coolant.leak", "heater.stuck_on",
            "sensor.stuck", "sensor.drift", "sensor.open", "gpu.hang", "gpu.ecc_storm", "gpu.overcurrent",
            "terminal.loss_of_lock", "terminal.gimbal_stuck", "link.outage", "watchdog.reset", "clock.jump",
            "command.corrupt", "gnss.loss", "nvstore.corrupt");
    /** The faults the simulator injects today; the others are refused with this list. */
    public static final List<String> SIMULATED = List.of("coolant.pump_trip", "heater.stuck_on", "sensor.stuck",
            "sensor.drift", "sensor.open", "gpu.hang", "watchdog.reset");
    /** Faults that happen once (a clear entry for them is refused). */
    static final List<String> ONE_SHOT = List.of("watchdog.reset", "clock.jump", "command.corrupt", "nvstore.corrupt");

    /**
     * How a campaign judges the satellite's answer to a fault: the expression that shows it was detected, and how
     * long after the injection that may take (the monitor's persistence plus the physics' time to show the fault).
     *
     * @param expr    a scenario expression, true in the second the detection is reported
     * @param budgetS the detection budget, s
     */
    record Detection(String expr, double budgetS) {
    }

    /** The detection of each simulated fault. */
    static final Map<String, Detection> DETECTION = Map.of(
            "coolant.pump_trip", new Detection("event FAULT_CONFIRMED", 30),
            "heater.stuck_on", new Detection("event FAULT_CONFIRMED", 120),
            // stuck: the ADC noise stops; open: the sensor stops answering
            "sensor.stuck", new Detection("event SENSOR_ISOLATED or event FAULT_CONFIRMED", 90),
            "sensor.open", new Detection("event SENSOR_ISOLATED", 30),
            // 5 K/h takes 36 min to pass the 3 K cross-check threshold, then its 10 s persistence
            "sensor.drift", new Detection("event SENSOR_ISOLATED or event FAULT_CONFIRMED", 2400),
            "gpu.hang", new Detection("event GPU_FAULT", 10),
            "watchdog.reset", new Detection("event RESTART", 35));

    private FaultCatalog() {
    }
}

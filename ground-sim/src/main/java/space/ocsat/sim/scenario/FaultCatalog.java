package space.ocsat.sim.scenario;

import java.util.List;

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

    private FaultCatalog() {
    }
}

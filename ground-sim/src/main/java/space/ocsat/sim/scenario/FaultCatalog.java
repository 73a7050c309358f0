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
            "sensor.drift", "sensor.open", "gpu.hang", "gpu.ecc_storm", "gpu.overcurrent", "command.corrupt",
            "watchdog.reset", "nvstore.corrupt", "gnss.loss", "clock.jump", "link.outage", "solar.string_open",
            "battery.overtemp", "solar.off_pointing", "coolant.leak", "coolant.valve_stuck", "battery.cell_short",
            "terminal.loss_of_lock", "terminal.gimbal_stuck");
    /** Faults that happen once (a clear entry for them is refused). */
    static final List<String> ONE_SHOT = List.of("watchdog.reset", "clock.jump", "command.corrupt", "nvstore.corrupt");

    /**
     * How a campaign judges the satellite's answer to a fault: the expression that shows it was detected, and how
     * long after the injection that may take (the monitor's persistence plus the physics' time to show the fault).
     *
     * @param expr    a scenario expression, true in the second the detection is reported
     * @param budgetS the detection budget, s
     * @param args    the fault's arguments in a campaign (YAML flow mapping), or null for the defaults
     */
    record Detection(String expr, double budgetS, String args) {
        Detection(String expr, double budgetS) {
            this(expr, budgetS, null);
        }
    }

    /**
     * The detection of each simulated fault: the event that says the flight software saw this fault — by its fault id
     * ({@code FAULT_CONFIRMED(10)}) or by the unit it names ({@code {unit}} stands for the target's index) — so an
     * unrelated event does not count. Fault ids: {@code space.ocsat.fsw.protect.FaultId}.
     */
    static final Map<String, Detection> DETECTION = Map.ofEntries(
            Map.entry("coolant.pump_trip", new Detection("event FAULT_CONFIRMED(10)", 30)),
            Map.entry("heater.stuck_on", new Detection("event FAULT_CONFIRMED(11)", 120)),
            // stuck: the ADC noise stops; open: the sensor stops answering
            Map.entry("sensor.stuck", new Detection("event SENSOR_ISOLATED({unit})", 90)),
            Map.entry("sensor.open", new Detection("event SENSOR_ISOLATED({unit})", 30)),
            // campaigns drift at 20 K/h: 9 min to pass the 3 K cross-check threshold, then the noise (0.1 K outlet,
            // 0.2 K radiator sensors) and 10 consecutive samples over it (at the default 5 K/h it takes 36–45 min);
            // an outlet sensor is voted out, a radiator pair (9) or the last two outlets (14) only disagree
            Map.entry("sensor.drift", new Detection("event SENSOR_ISOLATED({unit}) or event FAULT_CONFIRMED(9) "
                    + "or event FAULT_CONFIRMED(14)", 900, "{kPerHour: 20}")),
            Map.entry("gpu.hang", new Detection("event GPU_FAULT({unit})", 10)),
            Map.entry("gpu.ecc_storm", new Detection("event GPU_ISOLATED({unit})", 10)),
            Map.entry("gpu.overcurrent", new Detection("event GPU_FAULT({unit})", 10)),
            Map.entry("command.corrupt", new Detection("event COMMAND_REJECTED", 2)),
            // watchdog timeout 1 s, reboot 20 s
            Map.entry("watchdog.reset", new Detection("event RESTART", 35)),
            // found at the next boot: campaigns reset the processor a minute after the damage
            Map.entry("nvstore.corrupt", new Detection("event STORE_REINITIALISED", 100)),
            Map.entry("gnss.loss", new Detection("event CLOCK_FLYWHEEL", 2)),
            Map.entry("clock.jump", new Detection("event CLOCK_JUMPED", 2)),
            // reported after 5 s down (a reconnect is not an outage); campaigns take the link down for 10 minutes
            Map.entry("link.outage", new Detection("event LINK_DOWN", 10, "{duration: 10min}")),
            // judged in sunlight only: up to a 36-minute eclipse, then 30 s of persistence
            Map.entry("solar.string_open", new Detection("event FAULT_CONFIRMED(15)", 2400)),
            // 1 kW into a 62.5 kJ/K pack: 25 K (to 45 °C) in about half an hour, then 5 s of persistence
            Map.entry("battery.overtemp", new Detection("event FAULT_CONFIRMED(3)", 2700)),
            // 120 s of persistence (longer than any slew); in eclipse the drives still move, so it shows there too
            Map.entry("solar.off_pointing", new Detection("event FAULT_CONFIRMED(16)", 180)),
            // 120 %/h takes 20 min to bring the flow under 60 % of nominal, then 10 s of persistence
            Map.entry("coolant.leak", new Detection("event FAULT_CONFIRMED(17)", 1500)),
            // the bypassed zone cools 25 K below the coolant in minutes (sunlit) to tens of minutes (eclipse)
            Map.entry("coolant.valve_stuck", new Detection("event FAULT_CONFIRMED(18)", 1800)),
            // a step of one cell's voltage in the IR-corrected pack voltage, held for 5 s
            Map.entry("battery.cell_short", new Detection("event FAULT_CONFIRMED(19)", 10)),
            // three lock-and-drop cycles (pointing, a 20–60 s beacon scan, 2–8 s of lock, a second to re-acquire),
            // about 3.5 min at worst, with room for a Sun outage of the link (95 s blind, a 60 s pointing timeout) or
            // a cross-plane handoff in between; seen: 33–233 s on the inter-satellite terminals
            Map.entry("terminal.loss_of_lock", new Detection(
                    "event FAULT_CONFIRMED(20) and event TERMINAL_ISOLATED({unit})", 480)),
            // a stuck gimbal shows only as its partner moves in the body frame. LEFT/RIGHT: the cross-plane partner
            // sweeps across the sky, the link drops within seconds and the error stays over 10 mrad: GIMBAL_STUCK (21)
            // 60 s later (seen: 61–92 s). FORE/AFT: the in-plane neighbour holds still in the orbital frame, only the
            // yaw steering and J2's short-period wobble move it — near beta 0 the error passes the 2 mrad tracking
            // tolerance up to 35 min after the freeze and then stays under 10 mrad, so three 60 s pointing timeouts
            // confirm ACQUISITION_FAILED (22) (seen: 12–35 min); the budget covers that
            Map.entry("terminal.gimbal_stuck", new Detection(
                    "(event FAULT_CONFIRMED(21) or event FAULT_CONFIRMED(22)) and event TERMINAL_ISOLATED({unit})",
                    2400)));

    /**
     * @return the fault's detection expression for this target ({@code {unit}} replaced by its index; a terminal's
     *         name, {@code terminal[AFT]}, by the terminal's index)
     */
    static String detectionFor(String fault, String target) {
        String expr = DETECTION.get(fault).expr();
        if (target == null) {
            return expr;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(target);
        if (m.find()) {
            return expr.replace("{unit}", m.group(1));
        }
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("^terminal\\[([A-Z]+)\\]$").matcher(target);
        int t = named.find() ? Points.TERMINALS.indexOf(named.group(1)) : -1;
        return t >= 0 ? expr.replace("{unit}", Integer.toString(t)) : expr;
    }

    private FaultCatalog() {
    }
}

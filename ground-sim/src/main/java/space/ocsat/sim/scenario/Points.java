package space.ocsat.sim.scenario;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.sim.Simulation;

/**
 * The telemetry points scenarios read, by name: the flight software's view (what the ground sees in its
 * housekeeping), as numbers — booleans 1/0, modes and terminal states by ordinal. Indexed names take the unit's
 * index ({@code gpu[2]}) or, for terminals, its name ({@code terminal[GROUND]}). Points under {@code truth.} read the
 * simulated physics instead (what really happened, whatever the sensors said): campaign invariants use them.
 */
public final class Points {
    /** Terminal names in index order (DESIGN.md §1: four inter-satellite, then the ground terminal). */
    static final List<String> TERMINALS = List.of("FORE", "AFT", "LEFT", "RIGHT", "GROUND");
    /** Every name a scenario may use; {@code [i]} stands for an index, {@code [NAME]} for a terminal name. */
    public static final List<String> NAMES = List.of("mode", "battery.soc", "battery.voltage_v", "battery.temp_k", "battery.cells",
            "power.solar_w", "power.load_w", "power.compute_budget_w", "solar.string[i].current_a", "gpu[i].powered",
            "gpu[i].power_w", "gpu[i].cap_w", "gpu[i].temp_k", "gpu[i].isolated", "gpus.powered", "coolant.flow",
            "coolant.temp_k", "coolant.pump_on", "radiator[i].temp_k", "heater[i].on", "tsensor[i].temp_k",
            "terminal[NAME].state", "terminal[NAME].partner", "terminal[NAME].isolated", "terminal[NAME].rate_bps",
            "terminal[NAME].pointing_error_rad", "fdir.active_faults", "exec.cycle_slips", "exec.restarts",
            "tm.frames_lost", "cmd.scheduled",
            "truth.battery.soc", "truth.battery.cell_max_v", "truth.coolant.temp_k", "truth.gpus.max_temp_k", "truth.radiators.max_temp_k");
    private static final Pattern INDEXED = Pattern.compile("([a-z]+(?:\\.[a-z]+)?)\\[([A-Za-z0-9]+)\\]\\.([a-z_]+)");

    private Points() {
    }

    /** A resolved point: reads its value from a running simulation. */
    public interface Point extends ToDoubleFunction<Run> {
    }

    /** What points read: the running simulation. */
    public record Run(Simulation sim) {
        FlightSoftware fsw() {
            return sim.flightSoftware();
        }

        SensorFrame sensed() {
            return sim.flightSoftware().sensed();
        }
    }

    /**
     * @param name a point name as written
     * @param sim  the simulation whose unit counts bound the indices
     * @return the point, or null if the name is unknown or its index out of range
     */
    public static Point resolve(String name, Simulation sim) {
        Point plain = plain(name);
        if (plain != null) {
            return plain;
        }
        Matcher m = INDEXED.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(1);
        String key = m.group(2);
        String field = m.group(3);
        SensorFrame f = sim.flightSoftware().sensed();
        if (unit.equals("terminal")) {
            int t = TERMINALS.indexOf(key);
            return t < 0 || t >= f.terminalState.length ? null : terminal(t, field);
        }
        if (!key.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int i = Integer.parseInt(key);
        return switch (unit + "." + field) {
            case "solar.string.current_a" -> i < f.stringCurrentA.length ? r -> r.sensed().stringCurrentA[i] : null;
            case "gpu.powered" -> i < f.gpuCount() ? r -> bit(r.sensed().gpuPowered[i]) : null;
            case "gpu.power_w" -> i < f.gpuCount() ? r -> r.sensed().gpuPowerW[i] : null;
            case "gpu.cap_w" -> i < f.gpuCount() ? r -> r.fsw().commanded().gpuCapW[i] : null;
            case "gpu.temp_k" -> i < f.gpuCount() ? r -> r.sensed().gpuTempK[i] : null;
            case "gpu.isolated" -> i < f.gpuCount() ? r -> bit(r.fsw().governor().isolated(i)) : null;
            case "radiator.temp_k" -> i < f.radiatorZones ? r -> r.fsw().thermalEstimate().zoneK(i) : null;
            case "heater.on" -> i < f.heaterOn.length ? r -> bit(r.sensed().heaterOn[i]) : null;
            case "tsensor.temp_k" -> tsensor(f, i);
            default -> null;
        };
    }

    /**
     * terminal[NAME]: its PAT state (by ordinal), the partner it reports (satellite id, or ground station from
     * {@code GROUND_STATION_BASE}; −1 none), whether FDIR isolated it, its data rate (bit/s) and its pointing error
     * (rad), as the flight software senses them.
     */
    private static Point terminal(int t, String field) {
        return switch (field) {
            case "state" -> r -> r.sensed().terminalState[t].ordinal();
            case "partner" -> r -> r.sensed().terminalPartner[t];
            case "isolated" -> r -> bit(r.fsw().links().isolated(t));
            case "rate_bps" -> r -> r.sensed().terminalRateBps[t];
            case "pointing_error_rad" -> r -> r.sensed().terminalPointingErrorRad[t];
            default -> null;
        };
    }

    /** tsensor[0..2]: the coolant outlet triple; then the radiator sensors, a pair per zone (zone-major). */
    private static Point tsensor(SensorFrame f, int i) {
        int outlets = f.coolantOutletTempK.length;
        if (i < outlets) {
            return r -> r.sensed().coolantOutletTempK[i];
        }
        int k = i - outlets;
        return k < f.radiatorTempK.length ? r -> r.sensed().radiatorTempK[k] : null;
    }

    private static Point plain(String name) {
        return switch (name) {
            case "mode" -> r -> r.fsw().mode().ordinal();
            case "battery.soc" -> r -> r.fsw().socEstimate();
            case "battery.voltage_v" -> r -> r.sensed().batteryVoltageV;
            case "battery.cells" -> r -> r.fsw().soc().cells();
            case "battery.temp_k" -> r -> r.sensed().batteryTempK;
            case "power.solar_w" -> r -> r.sensed().solarPowerW;
            case "power.load_w" -> r -> r.sensed().busVoltageV * r.sensed().loadCurrentA;
            case "power.compute_budget_w" -> r -> r.fsw().plan().computeBudgetW();
            case "gpus.powered" -> r -> r.fsw().gpusPowered();
            case "coolant.flow" -> r -> r.sensed().coolantFlowKgPerS;
            case "coolant.temp_k" -> r -> r.fsw().thermalEstimate().coolantOutletK();
            case "coolant.pump_on" -> r -> bit(r.sensed().pumpOn);
            case "fdir.active_faults" -> r -> r.fsw().protection().fdir().activeCount();
            case "exec.cycle_slips" -> r -> r.fsw().executive().stats().slips();
            case "exec.restarts" -> r -> r.fsw().restarts();
            case "tm.frames_lost" -> r -> r.fsw().downlink().lost();
            case "cmd.scheduled" -> r -> r.fsw().commanding().scheduled();
            case "truth.battery.soc" -> r -> r.sim().satellite().battery().socTruth();
            case "truth.battery.cell_max_v" -> r -> r.sim().satellite().battery().cellVoltageTruthV();
            case "truth.coolant.temp_k" -> r -> r.sim().satellite().thermal().outletTempK(r.sim().satellite().coolant().running());
            case "truth.gpus.max_temp_k" -> r -> r.sim().satellite().thermal().maxDieK();
            case "truth.radiators.max_temp_k" -> r -> r.sim().satellite().thermal().maxRadiatorK();
            default -> null;
        };
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }
}

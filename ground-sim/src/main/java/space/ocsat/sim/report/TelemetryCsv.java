package space.ocsat.sim.report;

import java.io.IOException;
import java.io.Writer;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.model.SimulatedSatellite;

/**
 * {@code telemetry.csv}: one row per simulated second of simulated quantities only (truth and the
 * flight software's state), formatted identically on every JVM, so the same scenario and seed give the
 * same bytes.
 */
public final class TelemetryCsv {
    /** The columns, in order; units in the names. */
    public static final String HEADER = "t_s,mode,eclipse,battery_soc,battery_soc_est,battery_v,battery_a,"
            + "battery_temp_k,solar_power_w,shunt_power_w,load_power_w,gpu_power_w,gpus_on,gpu_temp_k_max,"
            + "coolant_temp_k,radiator_temp_k_max,thermal_factor,illumination,beta_deg,compute_budget_w,"
            + "battery_capacity_ah,battery_capacity_est_ah";

    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);

    public TelemetryCsv(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write('\n');
    }

    /** Writes the row for the current simulated second. */
    public void write(Simulation sim, RunStats stats) throws IOException {
        SimulatedSatellite s = sim.satellite();
        FlightSoftware f = sim.flightSoftware();
        row.setLength(0);
        row.append(Math.round(s.environment().tSinceEpochS())).append(',');
        row.append(f.mode().name()).append(',');
        row.append(s.environment().inUmbra() ? 1 : 0).append(',');
        CsvFormat.fixed(row, s.battery().socTruth(), 5).append(',');
        CsvFormat.fixed(row, f.socEstimate(), 5).append(',');
        CsvFormat.fixed(row, s.battery().terminalVoltageTruthV(), 3).append(',');
        CsvFormat.fixed(row, s.battery().currentTruthA(), 3).append(',');
        CsvFormat.fixed(row, s.battery().tempTruthK(), 3).append(',');
        CsvFormat.fixed(row, s.power().solarPowerW(), 1).append(',');
        CsvFormat.fixed(row, s.power().shuntPowerW(), 1).append(',');
        CsvFormat.fixed(row, s.power().loadPowerW(), 1).append(',');
        CsvFormat.fixed(row, s.gpus().totalPowerW(), 1).append(',');
        row.append(f.gpusPowered()).append(',');
        CsvFormat.fixed(row, s.thermal().maxDieK(), 3).append(',');
        CsvFormat.fixed(row, s.thermal().outletTempK(s.coolant().running()), 3).append(',');
        CsvFormat.fixed(row, s.thermal().maxRadiatorK(), 3).append(',');
        CsvFormat.fixed(row, f.thermalFactor(), 4).append(',');
        CsvFormat.fixed(row, s.environment().illumination(), 4).append(',');
        CsvFormat.fixed(row, Math.toDegrees(stats.betaRad()), 3).append(',');
        CsvFormat.fixed(row, f.plan().computeBudgetW(), 1).append(',');
        CsvFormat.fixed(row, s.battery().capacityTruthAh(), 2).append(',');
        CsvFormat.fixed(row, f.soc().capacityAh(), 2).append('\n');
        out.append(row);
    }
}

package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;

/**
 * The cells live in the battery's series string, and the watch for a change in their number. A cell that fails short
 * takes its open-circuit voltage out of the pack's in one step (3.5–4.1 V of about 100 V), while the pack's OCV
 * otherwise moves by millivolts a second. So the IR-corrected pack voltage is followed sample by sample, and a jump of
 * more than half a cell's voltage is held against the level before it: {@link #stepCells()} is that jump in cells
 * (0 while nothing jumped), the parameter the cell-count monitor confirms. A glitch that comes back within the
 * monitor's persistence is forgotten.
 *
 * <p>The battery monitor's highest cell voltage gives the count outright (the pack's voltage over it is the number of
 * live cells, the cells being balanced): when the two disagree by more than half a cell, that difference is the
 * step. It catches what the step cannot — a short during a reset, or a count the store lost — so a string that lost a
 * cell is never charged as if whole.
 *
 * <p>Recounting ({@link #recount}) takes the held step into the count; the SoC estimate, the energy plan and the
 * charge regulator's end-of-charge voltage ({@link #endOfChargeV()}: live cells × the per-cell level, so the cells
 * left are not overcharged) all follow the count. It runs at 1 Hz and does not allocate.
 */
public final class BatteryCells implements CycleTask {
    private final SensorFrame frame;
    private final ActuatorFrame cmd;
    private final int ratedCells;
    private final double ratedResistanceOhm;
    private final double endOfChargeCellV;
    /** A highest-cell reading under this is not a live Li-ion cell's (a monitor fault): the count ignores it, V. */
    private static final double MIN_CELL_V = 2.5;
    private int cells;
    private double levelV = Double.NaN;
    private double stepCells;

    /**
     * @param frame      the sensed battery voltage and current
     * @param cmd        where the end-of-charge voltage goes (null: not commanded, e.g. in estimator tests)
     * @param config     pack resistance, per-cell end-of-charge voltage
     * @param ratedCells cells in series when the string is whole
     */
    public BatteryCells(SensorFrame frame, ActuatorFrame cmd, FswConfig config, int ratedCells) {
        this.frame = frame;
        this.cmd = cmd;
        this.ratedCells = ratedCells;
        this.cells = ratedCells;
        this.ratedResistanceOhm = config.packResistanceOhm;
        this.endOfChargeCellV = config.endOfChargeCellV;
        if (cmd != null) {
            cmd.endOfChargeV = endOfChargeV();
        }
    }

    @Override
    public void run(long nowNs) {
        if (cmd != null) {
            cmd.endOfChargeV = endOfChargeV();
        }
        if (!frame.batteryOk) {
            return;
        }
        double ocvV = frame.batteryVoltageV - frame.batteryCurrentA * packResistanceOhm();
        if (Double.isNaN(levelV)) {
            levelV = ocvV;
            stepCells = 0;
            return;
        }
        stepCells = (ocvV - levelV) / (levelV / cells);
        if (Math.abs(stepCells) < 0.5) {
            levelV = ocvV; // an ordinary change: follow it
            double maxCellV = frame.batteryMaxCellV;
            if (maxCellV >= MIN_CELL_V) {
                double byMonitor = frame.batteryVoltageV / maxCellV - cells;
                if (Math.abs(byMonitor) >= 0.5) {
                    stepCells = byMonitor;
                }
            }
        }
    }

    /** Takes the held step into the count (a cell shorted: one fewer). @return the change in live cells */
    public int recount() {
        int change = (int) Math.round(stepCells);
        cells = Math.max(1, Math.min(ratedCells, cells + change));
        levelV = Double.NaN;
        stepCells = 0;
        return change;
    }

    /** Boot: the count the store kept (0 or out of range: the whole string). */
    public void restore(int liveCells) {
        cells = liveCells >= 1 && liveCells <= ratedCells ? liveCells : ratedCells;
    }

    /** @return the IR-corrected pack voltage's jump held against the level before it, in cells (0: none) */
    public double stepCells() {
        return stepCells;
    }

    /** @return the cells live in the string */
    public int count() {
        return cells;
    }

    /** @return the cells in the string when whole */
    public int rated() {
        return ratedCells;
    }

    /** @return the pack resistance now: the rated one less the shorted cells' share, Ω */
    public double packResistanceOhm() {
        return ratedResistanceOhm * cells / ratedCells;
    }

    /** @return the charge regulator's end-of-charge pack voltage for the live cells, V */
    public double endOfChargeV() {
        return cells * endOfChargeCellV;
    }
}

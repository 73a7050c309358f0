package space.ocsat.fsw.protect;

import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.links.LinkManager;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.power.BatteryCells;
import space.ocsat.fsw.thermal.HeaterControl;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * What a processor reset must not undo, between the units that hold it and its {@link IsolationRecord}: the mode and
 * every isolation (GPUs, coolant outlet and radiator sensors, heaters, optical terminals, the battery's shorted cells). {@link #keep} copies them into the record
 * once a second and writes it when it changed (no allocation); {@link #restore} puts them back at boot.
 */
final class IsolationKeeper {
    private final SensorFrame frame;
    private final ModeManager modes;
    private final GpuGovernor governor;
    private final ThermalEstimate thermal;
    private final HeaterControl heaters;
    private final BatteryCells cells;
    private final LinkManager links;
    private final EventLog events;
    private final IsolationRecord record;
    private StoreStatus lastWrite = StoreStatus.OK;

    IsolationKeeper(SensorFrame frame, ModeManager modes, GpuGovernor governor, ThermalEstimate thermal,
                    HeaterControl heaters, BatteryCells cells, LinkManager links, EventLog events,
                    NonVolatileStore store) {
        this.cells = cells;
        this.links = links;
        this.frame = frame;
        this.modes = modes;
        this.governor = governor;
        this.thermal = thermal;
        this.heaters = heaters;
        this.events = events;
        this.record = new IsolationRecord(store);
    }

    /** Keeps the mode and every isolation in the store, written when they change. */
    void keep(long nowNs) {
        if (modes.mode() != Mode.BOOT) {
            record.mode(modes.mode().ordinal());
        }
        for (int g = 0; g < frame.gpuCount(); g++) {
            record.isolated(IsolationRecord.GPUS, g, governor.isolated(g));
        }
        for (int i = 0; i < frame.coolantOutletTempK.length; i++) {
            record.isolated(IsolationRecord.OUTLET_SENSORS, i, thermal.outletIsolated(i));
        }
        for (int k = 0; k < frame.radiatorTempK.length; k++) {
            record.isolated(IsolationRecord.RADIATOR_SENSORS, k, thermal.radiatorIsolated(k));
        }
        for (int h = 0; h < frame.heaterOn.length; h++) {
            record.isolated(IsolationRecord.HEATERS, h, heaters.isolated(h));
        }
        for (int t = 0; t < links.count(); t++) {
            record.isolated(IsolationRecord.TERMINALS, t, links.isolated(t));
        }
        record.liveCells(cells.count());
        StoreStatus status = record.flush();
        if (status != StoreStatus.OK && status != lastWrite) {
            events.publish(nowNs, EventId.STORE_WRITE_FAILED, IsolationRecord.SLOT, status.ordinal(), 0);
        }
        lastWrite = status;
    }

    /**
     * Boot: resumes the mode the satellite was in and re-applies every isolation, from the store.
     *
     * @return the store's status for the record (OK restored, EMPTY none yet, CORRUPT or a failure)
     */
    StoreStatus restore() {
        StoreStatus status = record.restore();
        if (status != StoreStatus.OK) {
            return status;
        }
        int m = record.mode();
        if (m >= 0 && m < Mode.values().length) {
            modes.resumeIn(Mode.values()[m]);
        }
        for (int g = 0; g < frame.gpuCount(); g++) {
            governor.setIsolated(g, record.isolated(IsolationRecord.GPUS, g));
        }
        for (int i = 0; i < frame.coolantOutletTempK.length; i++) {
            thermal.setOutletIsolated(i, record.isolated(IsolationRecord.OUTLET_SENSORS, i));
        }
        for (int k = 0; k < frame.radiatorTempK.length; k++) {
            thermal.setRadiatorIsolated(k, record.isolated(IsolationRecord.RADIATOR_SENSORS, k));
        }
        cells.restore(record.liveCells());
        for (int t = 0; t < links.count(); t++) {
            links.setIsolated(t, record.isolated(IsolationRecord.TERMINALS, t));
        }
        for (int h = 0; h < frame.heaterOn.length; h++) {
            if (record.isolated(IsolationRecord.HEATERS, h)) {
                heaters.isolate(h);
            }
        }
        return status;
    }
}

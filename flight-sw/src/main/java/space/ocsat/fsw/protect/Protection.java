package space.ocsat.fsw.protect;

import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

import space.ocsat.fdir.Fdir;
import space.ocsat.fdir.monitor.LimitDetector;
import space.ocsat.fdir.pool.ParameterPool;
import space.ocsat.fdir.response.FaultListener;
import space.ocsat.fdir.response.Response;
import space.ocsat.fsw.adcs.ArrayPointing;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.links.LinkManager;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.modes.SafeHold;
import space.ocsat.fsw.power.BatteryCells;
import space.ocsat.fsw.power.SocEstimator;
import space.ocsat.fsw.thermal.HeaterControl;
import space.ocsat.fsw.thermal.PumpControl;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * PROTECT: writes the parameter pool from the cycle's estimates, runs the FDIR monitor table at 1 Hz
 * and carries out the responses: units (isolate a sensor, heater or GPU; power-cycle the pump or a GPU), the
 * compute subsystem (shed through the governor) and the system (SAFE through the mode manager). A unit reset is
 * tried once per escalation window: a fault back within it on the same unit takes the next rung (a GPU is
 * isolated; the pump, which has no twin, is left to the thermal monitors and the thermal cap). Every confirmation,
 * isolation and clearance is an event and a fault-log entry.
 */
public final class Protection implements CycleTask, FaultListener, SafeHold {
    private static final double BATTERY_SURVIVAL_MIN_K = 268.15;
    private static final double BATTERY_SURVIVAL_MAX_K = 318.15;

    private static final int NAMED_MONITORS = 9;
    private static final long NS_PER_S = 1_000_000_000L;

    private final ParameterPool pool;
    private final Fdir fdir;
    private final UnitMonitors units;
    private final PumpControl pump;
    private final HeaterControl heaters;
    private final ArrayPointing pointing;
    private final long escalationNs;
    private final long gpuCycleNs;
    private final long pumpCycleNs;
    private final long[][] lastUnitResetNs;
    private final double safeExitMinSoc;
    private final IsolationKeeper kept;
    private final SensorFrame frame;
    private final SocEstimator soc;
    private final BatteryCells cells;
    private final LinkManager links;
    private final ThermalEstimate thermal;
    private final ModeManager modes;
    private final GpuGovernor governor;
    private final EventLog events;
    private static final double SOC_HYSTERESIS = 0.02;
    private final LimitDetector coolantOverTemp;
    private final LimitDetector socHardFloor;
    private final FaultLog faultLog;
    private final double coolantMarginK;
    private long nowNs;
    private boolean bootLoop;

    public Protection(SensorFrame frame, ActuatorFrame cmd, SocEstimator soc, BatteryCells cells, LinkManager links,
                      ThermalEstimate thermal,
                      ModeManager modes, GpuGovernor governor, PumpControl pump, HeaterControl heaters,
                      ArrayPointing pointing, EventLog events, FswConfig config, NonVolatileStore store) {
        this.pointing = pointing;
        this.units = new UnitMonitors(frame, cmd, thermal, links, config);
        this.links = links;
        this.pool = new ParameterPool(units.poolSize());
        this.fdir = new Fdir(NAMED_MONITORS + units.entries());
        this.pump = pump;
        this.heaters = heaters;
        this.escalationNs = (long) (config.unitEscalationS * NS_PER_S);
        this.safeExitMinSoc = config.safeExitMinSoc;
        this.gpuCycleNs = (long) (config.gpuPowerCycleS * NS_PER_S);
        this.pumpCycleNs = (long) (config.pumpPowerCycleS * NS_PER_S);
        // per fault and unit: when its unit reset was last tried (a fault of no unit uses slot 0)
        this.lastUnitResetNs = new long[FaultId.values().length][Math.max(1, frame.gpuCount())];
        for (long[] row : lastUnitResetNs) {
            java.util.Arrays.fill(row, Long.MIN_VALUE / 2);
        }
        this.kept = new IsolationKeeper(frame, modes, governor, thermal, heaters, cells, links, events, store);
        this.faultLog = new FaultLog(store);
        faultLog.restore();
        this.frame = frame;
        this.soc = soc;
        this.cells = cells;
        this.thermal = thermal;
        this.modes = modes;
        this.governor = governor;
        this.events = events;
        modes.setSafeHold(this);
        socHardFloor = new LimitDetector(ParameterId.BATTERY_SOC.ordinal(), config.socHardFloor,
                Double.POSITIVE_INFINITY, SOC_HYSTERESIS);
        fdir.add(FaultId.SOC_BELOW_HARD_FLOOR.ordinal(), socHardFloor, config.socFloorPersistenceS, Response.SAFE_MODE);
        coolantMarginK = config.coolantOverTempMarginK;
        coolantOverTemp = new LimitDetector(ParameterId.COOLANT_OUTLET_TEMP_K.ordinal(), Double.NEGATIVE_INFINITY,
                config.coolantOutletMaxK + coolantMarginK, 2);
        fdir.add(FaultId.COOLANT_OVER_TEMPERATURE.ordinal(), coolantOverTemp, config.overTempPersistenceS,
                Response.SHED_COMPUTE);
        // outside its survival range the battery must carry as little current as it can: charge is inhibited by
        // the charge law, discharge by shedding compute until the temperature is back
        fdir.add(FaultId.BATTERY_TEMPERATURE.ordinal(),
                new LimitDetector(ParameterId.BATTERY_TEMP_K.ordinal(), BATTERY_SURVIVAL_MIN_K, BATTERY_SURVIVAL_MAX_K, 1),
                5, Response.SHED_COMPUTE);
        fdir.add(FaultId.BATTERY_CELL_SHORT.ordinal(), new LimitDetector(ParameterId.BATTERY_CELL_STEP.ordinal(),
                -0.5, 0.5, 0), config.cellShortPersistenceS, Response.ISOLATE_UNIT);
        units.register(fdir, config);
    }

    @Override
    public void run(long now) {
        nowNs = now;
        writePool();
        fdir.evaluate(pool, nowNs, this);
        if (safeFaultStands() && modes.mode() != Mode.SAFE && modes.mode() != Mode.BOOT) {
            modes.requestSafe();
        }
        kept.keep(nowNs);
    }

    /**
     * Boot: resumes the mode the satellite was in and re-applies every isolation, from the store.
     *
     * @return the store's status for the record (OK restored, EMPTY none yet, CORRUPT or a failure)
     */
    public StoreStatus restoreIsolations() {
        return kept.restore();
    }

    /** @return true while a fault whose response is SAFE stays confirmed (or the boot loop holds) */
    private boolean safeFaultStands() {
        return bootLoop || fdir.anyConfirmed(Response.SAFE_MODE);
    }

    @Override
    public boolean holdsSafe() {
        return whyHeld() != 0;
    }

    /** SAFE's exit preconditions: no SAFE-level fault, enough charge, a battery and a coolant loop in range. */
    @Override
    public int whyHeld() {
        if (safeFaultStands()) {
            return 1;
        }
        if (!soc.initialised() || soc.soc() < safeExitMinSoc) {
            return 2;
        }
        if (!frame.batteryOk || fdir.isConfirmed(FaultId.BATTERY_TEMPERATURE.ordinal())) {
            return 3;
        }
        return fdir.isConfirmed(FaultId.COOLANT_OVER_TEMPERATURE.ordinal()) ? 4 : 0;
    }

    private void writePool() {
        if (soc.initialised()) {
            pool.set(ParameterId.BATTERY_SOC.ordinal(), soc.soc());
        }
        if (frame.batteryOk) {
            pool.set(ParameterId.BATTERY_TEMP_K.ordinal(), frame.batteryTempK);
            pool.set(ParameterId.BATTERY_CELL_STEP.ordinal(), cells.stepCells());
        } else {
            pool.invalidate(ParameterId.BATTERY_TEMP_K.ordinal());
            pool.invalidate(ParameterId.BATTERY_CELL_STEP.ordinal());
        }
        // the voted value holds its last good reading while the sensors are out, so losing them cannot
        // clear a standing over-temperature; the thermal cap takes the safe action if the outage lasts
        pool.set(ParameterId.COOLANT_OUTLET_TEMP_K.ordinal(), thermal.coolantOutletK());
        pool.set(ParameterId.RADIATOR_MAX_TEMP_K.ordinal(), thermal.radiatorMaxK());
        pool.set(ParameterId.GPU_DIE_MAX_TEMP_K.ordinal(), thermal.gpuDieMaxK());
        pool.set(ParameterId.BUS_VOLTAGE_V.ordinal(), frame.busVoltageV);
        units.write(pool);
    }

    @Override
    public void onConfirmed(int faultId, int unit, Response response, long nowNs) {
        Response taken = respond(faultId, unit, response, nowNs);
        events.publish(nowNs, EventId.FAULT_CONFIRMED, faultId, taken.ordinal(), unit);
        log(faultId, taken.ordinal(), true, nowNs);
    }

    /** Carries out the table's response (or the next rung of it) and @return the response actually taken. */
    private Response respond(int faultId, int unit, Response response, long nowNs) {
        switch (response) {
            case SAFE_MODE:
                modes.requestSafe();
                return response;
            case SHED_COMPUTE:
                governor.setComputeShed(true);
                return response;
            case POWER_CYCLE_UNIT:
                return powerCycle(faultId, unit, nowNs);
            case ISOLATE_UNIT:
                isolate(faultId, unit, nowNs);
                return response;
            default:
                if (faultId == FaultId.SENSOR_PAIR_DISAGREES.ordinal()) {
                    thermal.setZoneConservative(unit, true);
                } else if (faultId == FaultId.DRIVE_OFF_POINTING.ordinal()) {
                    pointing.steerByEncoder(unit);
                }
                return response;
        }
    }

    private Response powerCycle(int faultId, int unit, long nowNs) {
        long[] last = lastUnitResetNs[faultId];
        int slot = Math.max(0, unit);
        boolean again = nowNs - last[slot] <= escalationNs;
        if (isGpuFault(faultId)) {
            if (again) {
                isolate(faultId, unit, nowNs);
                return Response.ISOLATE_UNIT;
            }
            last[slot] = nowNs;
            governor.powerCycle(unit, nowNs + gpuCycleNs);
            events.publish(nowNs, EventId.GPU_FAULT, unit, faultId, Response.POWER_CYCLE_UNIT.ordinal());
            return Response.POWER_CYCLE_UNIT;
        }
        if (faultId == FaultId.PUMP_NO_FLOW.ordinal()) {
            if (again) {
                return Response.EVENT_ONLY; // the restart did not help; heat is the thermal monitors' now
            }
            last[slot] = nowNs;
            pump.powerCycle(nowNs, nowNs + pumpCycleNs);
            return Response.POWER_CYCLE_UNIT;
        }
        return Response.EVENT_ONLY;
    }

    private void isolate(int faultId, int unit, long nowNs) {
        if (faultId == FaultId.SENSOR_STUCK.ordinal() || faultId == FaultId.SENSOR_LOST.ordinal()) {
            if (units.isOutlet(unit)) {
                thermal.setOutletIsolated(unit, true);
            } else {
                thermal.setRadiatorIsolated(units.radiatorIndex(unit), true);
            }
            events.publish(nowNs, EventId.SENSOR_ISOLATED, unit, faultId, 0);
        } else if (faultId == FaultId.HEATER_STUCK_ON.ordinal()) {
            heaters.isolate(unit);
        } else if (isTerminalFault(faultId)) {
            links.isolate(unit, faultId, nowNs);
        } else if (faultId == FaultId.BATTERY_CELL_SHORT.ordinal()) {
            int before = cells.count();
            int step = cells.recount();
            events.publish(nowNs, EventId.BATTERY_RECOUNTED, cells.count(), before, step);
        } else if (isGpuFault(faultId)) {
            governor.setIsolated(unit, true);
            events.publish(nowNs, EventId.GPU_FAULT, unit, faultId, Response.ISOLATE_UNIT.ordinal());
            events.publish(nowNs, EventId.GPU_ISOLATED, unit, faultId, 0);
        }
    }

    private static boolean isTerminalFault(int faultId) {
        return faultId == FaultId.TERMINAL_LOSS_OF_LOCK.ordinal() || faultId == FaultId.TERMINAL_GIMBAL_STUCK.ordinal()
                || faultId == FaultId.TERMINAL_ACQUISITION_FAILED.ordinal();
    }

    private static boolean isGpuFault(int faultId) {
        return faultId == FaultId.GPU_ECC_STORM.ordinal() || faultId == FaultId.GPU_OVERCURRENT.ordinal();
    }

    /**
     * @return true if the fault's monitors can be given this response: reporting, shedding compute and SAFE suit
     *         any fault; isolating and power-cycling only the faults of a unit that can be isolated or cycled
     */
    public boolean allows(int faultId, Response response) {
        switch (response) {
            case EVENT_ONLY:
            case SHED_COMPUTE:
            case SAFE_MODE:
                return true;
            case ISOLATE_UNIT:
                return isGpuFault(faultId) || faultId == FaultId.SENSOR_STUCK.ordinal()
                        || faultId == FaultId.SENSOR_LOST.ordinal() || faultId == FaultId.HEATER_STUCK_ON.ordinal()
                        || faultId == FaultId.BATTERY_CELL_SHORT.ordinal() || isTerminalFault(faultId);
            case POWER_CYCLE_UNIT:
                return isGpuFault(faultId) || faultId == FaultId.PUMP_NO_FLOW.ordinal();
            default:
                return false;
        }
    }

    /** Why a monitor table entry is refused (MONITOR_TABLE_REJECTED's b). */
    public static final int ENTRY_OK = 0;
    public static final int UNKNOWN_FAULT = 1;
    public static final int NO_SUCH_UNIT = 2;
    public static final int RESPONSE_NOT_ALLOWED = 3;
    public static final int PERSISTENCE_OUT_OF_RANGE = 4;

    /** @return {@link #ENTRY_OK} or why the entry cannot be loaded (nothing is changed here) */
    public int checkEntry(int faultId, int unit, Response response, int persistenceS) {
        if (!fdir.has(faultId)) {
            return UNKNOWN_FAULT;
        }
        if (unit < Fdir.NO_UNIT || !fdir.hasUnit(faultId, unit)) {
            return NO_SUCH_UNIT;
        }
        if (response == null || response != Response.UNSPECIFIED && !allows(faultId, response)) {
            return RESPONSE_NOT_ALLOWED;
        }
        return persistenceS < 0 || persistenceS > MAX_PERSISTENCE_S ? PERSISTENCE_OUT_OF_RANGE : ENTRY_OK;
    }

    /** Applies a checked entry. A monitor switched off lets its standing response go too (shed, SAFE hold). */
    public void applyEntry(int faultId, int unit, Response response, int persistenceS, boolean enabled) {
        fdir.retune(faultId, unit, response, persistenceS, enabled, nowNs, this);
        governor.setComputeShed(fdir.anyConfirmed(Response.SHED_COMPUTE));
    }

    /** Enables or disables a fault's monitors (command path); a standing fault switched off is cleared. */
    public boolean setMonitorEnabled(int faultId, boolean on) {
        boolean known = fdir.setEnabled(faultId, on, nowNs, this);
        governor.setComputeShed(fdir.anyConfirmed(Response.SHED_COMPUTE));
        return known;
    }

    /** Longest persistence a command may set, s (an hour of 1 Hz samples). */
    public static final int MAX_PERSISTENCE_S = 3600;

    @Override
    public void onCleared(int faultId, int unit, long nowNs) {
        events.publish(nowNs, EventId.FAULT_CLEARED, faultId, 0, unit);
        log(faultId, 0, false, nowNs);
        governor.setComputeShed(fdir.anyConfirmed(Response.SHED_COMPUTE));
        if (faultId == FaultId.SENSOR_PAIR_DISAGREES.ordinal()) {
            thermal.setZoneConservative(unit, false);
        }
    }

    private void log(int faultId, int response, boolean confirmed, long nowNs) {
        if (faultLog.record(faultId, response, confirmed, frame.gnssTimeUnixNs) != StoreStatus.OK) {
            events.publish(nowNs, EventId.STORE_WRITE_FAILED, FaultLog.SLOT, faultLog.lastWrite().ordinal(), 0);
        }
    }

    /** @return the persisted fault log */
    public FaultLog faultLog() {
        return faultLog;
    }

    /**
     * Clears a fault by command: a standing response (compute shed, SAFE hold, a zone read conservatively) is released;
     * isolated units stay isolated until the ground restores them. @return false if unknown
     */
    public boolean resetFault(int faultId) {
        if (faultId == FaultId.BOOT_LOOP.ordinal()) {
            if (bootLoop) {
                bootLoop = false;
                onCleared(faultId, Fdir.NO_UNIT, nowNs);
            }
            return true;
        }
        return fdir.reset(faultId, nowNs, this);
    }

    /** @return true if the ground can reset this fault: one of the monitor table's, or the boot loop */
    public boolean knowsFault(int faultId) {
        return faultId == FaultId.BOOT_LOOP.ordinal() || fdir.has(faultId);
    }

    /** Boot: this is the third restart within the window; SAFE is held until the ground resets the fault. */
    public void holdForBootLoop(long bootNs) {
        bootLoop = true;
        onConfirmed(FaultId.BOOT_LOOP.ordinal(), Fdir.NO_UNIT, Response.SAFE_MODE, bootNs);
    }

    /** Follows a commanded state-of-charge hard floor: below it (persistently) the satellite goes SAFE. */
    public void setSocHardFloor(double soc) {
        socHardFloor.retune(soc, Double.POSITIVE_INFINITY, SOC_HYSTERESIS);
    }

    /** Follows a commanded coolant limit: over-temperature is confirmed above it plus the margin, K. */
    public void setCoolantLimit(double coolantOutletMaxK) {
        coolantOverTemp.retune(Double.NEGATIVE_INFINITY, coolantOutletMaxK + coolantMarginK, 2);
    }

    /** @return the monitor table (for commanding and tests) */
    public Fdir fdir() {
        return fdir;
    }

    /** @return the parameter pool */
    public ParameterPool pool() {
        return pool;
    }
}

package space.ocsat.fsw.protect;

import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

import space.ocsat.fdir.Fdir;
import space.ocsat.fdir.monitor.LimitDetector;
import space.ocsat.fdir.pool.ParameterPool;
import space.ocsat.fdir.response.FaultListener;
import space.ocsat.fdir.response.Response;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.modes.SafeHold;
import space.ocsat.fsw.power.SocEstimator;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * PROTECT: writes the parameter pool from the cycle's estimates, runs the FDIR monitor table at 1 Hz
 * and carries out the responses (SAFE through the mode manager, compute shed through the governor).
 * Every confirmation and clearance is an event.
 */
public final class Protection implements CycleTask, FaultListener, SafeHold {
    private static final double BATTERY_SURVIVAL_MIN_K = 268.15;
    private static final double BATTERY_SURVIVAL_MAX_K = 318.15;

    private final ParameterPool pool = new ParameterPool(ParameterId.COUNT);
    private final Fdir fdir = new Fdir(16);
    private final SensorFrame frame;
    private final SocEstimator soc;
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

    public Protection(SensorFrame frame, SocEstimator soc, ThermalEstimate thermal, ModeManager modes,
                      GpuGovernor governor, EventLog events, FswConfig config, NonVolatileStore store) {
        this.faultLog = new FaultLog(store);
        faultLog.restore();
        this.frame = frame;
        this.soc = soc;
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
        fdir.add(FaultId.BATTERY_TEMPERATURE.ordinal(),
                new LimitDetector(ParameterId.BATTERY_TEMP_K.ordinal(), BATTERY_SURVIVAL_MIN_K, BATTERY_SURVIVAL_MAX_K, 1),
                5, Response.EVENT_ONLY);
    }

    @Override
    public void run(long now) {
        nowNs = now;
        writePool();
        fdir.evaluate(pool, nowNs, this);
        if (holdsSafe() && modes.mode() != Mode.SAFE && modes.mode() != Mode.BOOT) {
            modes.requestSafe();
        }
    }

    @Override
    public boolean holdsSafe() {
        return bootLoop || fdir.isConfirmed(FaultId.SOC_BELOW_HARD_FLOOR.ordinal());
    }

    private void writePool() {
        if (soc.initialised()) {
            pool.set(ParameterId.BATTERY_SOC.ordinal(), soc.soc());
        }
        if (frame.batteryOk) {
            pool.set(ParameterId.BATTERY_TEMP_K.ordinal(), frame.batteryTempK);
        } else {
            pool.invalidate(ParameterId.BATTERY_TEMP_K.ordinal());
        }
        // the voted value holds its last good reading while the sensors are out, so losing them cannot
        // clear a standing over-temperature; the thermal cap takes the safe action if the outage lasts
        pool.set(ParameterId.COOLANT_OUTLET_TEMP_K.ordinal(), thermal.coolantOutletK());
        pool.set(ParameterId.RADIATOR_MAX_TEMP_K.ordinal(), thermal.radiatorMaxK());
        pool.set(ParameterId.GPU_DIE_MAX_TEMP_K.ordinal(), thermal.gpuDieMaxK());
        pool.set(ParameterId.BUS_VOLTAGE_V.ordinal(), frame.busVoltageV);
    }

    @Override
    public void onConfirmed(int faultId, Response response, long nowNs) {
        events.publish(nowNs, EventId.FAULT_CONFIRMED, faultId, response.ordinal(), 0);
        log(faultId, response.ordinal(), true, nowNs);
        switch (response) {
            case SAFE_MODE:
                modes.requestSafe();
                break;
            case SHED_COMPUTE:
                governor.setComputeShed(true);
                break;
            default:
                break;
        }
    }

    @Override
    public void onCleared(int faultId, long nowNs) {
        events.publish(nowNs, EventId.FAULT_CLEARED, faultId, 0, 0);
        log(faultId, 0, false, nowNs);
        if (faultId == FaultId.COOLANT_OVER_TEMPERATURE.ordinal()) {
            governor.setComputeShed(false);
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

    /** Clears a fault by command (its response undone if it was confirmed). @return false if unknown */
    public boolean resetFault(int faultId) {
        if (faultId == FaultId.BOOT_LOOP.ordinal()) {
            if (bootLoop) {
                bootLoop = false;
                onCleared(faultId, nowNs);
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
        onConfirmed(FaultId.BOOT_LOOP.ordinal(), Response.SAFE_MODE, bootNs);
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

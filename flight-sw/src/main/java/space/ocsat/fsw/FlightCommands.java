package space.ocsat.fsw;

import space.ocsat.fsw.cmd.CommandTarget;
import space.ocsat.fsw.cmd.CommandValidator;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.params.Limits;
import space.ocsat.fsw.params.ParameterTable;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.time.Clock;
import space.ocsat.fsw.links.LinkManager;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.protect.FaultLog;
import space.ocsat.fsw.protect.Protection;
import space.ocsat.fsw.report.Housekeeping;
import space.ocsat.fsw.thermal.HeaterControl;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.wire.AckCode;
import space.ocsat.wire.HeaterMode;

/** What commands can do to this flight software: the subsystems' command-path operations in one place. */
final class FlightCommands implements CommandTarget {
    private final ModeManager modes;
    private final Protection protection;
    private final GpuGovernor governor;
    private final HeaterControl heaters;
    private final ThermalCap thermalCap;
    private final Housekeeping housekeeping;
    private final Downlink downlink;
    private final ParameterTable parameters;
    private final ActuatorFrame commanded;
    private final EventLog events;
    private final Clock clock;
    private final int gpus;
    private final int heaterCount;

    /** TerminalHandoff partner that gives the terminal back to the link plan. */
    static final int BACK_TO_PLAN = -2;
    private final LinkManager links;

    FlightCommands(ModeManager modes, Protection protection, GpuGovernor governor, HeaterControl heaters,
                   ThermalCap thermalCap, Housekeeping housekeeping, Downlink downlink, ParameterTable parameters,
                   EventLog events, Clock clock, ActuatorFrame commanded, LinkManager links, int gpus, int heaterCount) {
        this.commanded = commanded;
        this.links = links;
        this.downlink = downlink;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
        this.modes = modes;
        this.protection = protection;
        this.governor = governor;
        this.heaters = heaters;
        this.thermalCap = thermalCap;
        this.housekeeping = housekeeping;
        this.gpus = gpus;
        this.heaterCount = heaterCount;
    }

    @Override
    public int setMode(int mode) {
        Mode[] all = Mode.values();
        if (mode <= 0 || mode >= all.length) {
            return AckCode.ARGUMENT_OUT_OF_RANGE;
        }
        return modes.requestFromGround(all[mode]) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    @Override
    public boolean safeHeld() {
        return protection.holdsSafe();
    }

    @Override
    public int mode() {
        return modes.mode().ordinal();
    }

    @Override
    public int setGpuCap(int gpu, double capW) {
        for (int g = first(gpu); g <= last(gpu); g++) {
            governor.commandCap(g, capW);
        }
        return AckCode.OK;
    }

    @Override
    public int setGpuPower(int gpu, boolean on) {
        for (int g = first(gpu); g <= last(gpu); g++) {
            governor.setIsolated(g, !on);
        }
        return AckCode.OK;
    }

    private int first(int gpu) {
        return gpu == CommandValidator.ALL_GPUS ? 0 : gpu;
    }

    private int last(int gpu) {
        return gpu == CommandValidator.ALL_GPUS ? gpus - 1 : gpu;
    }

    @Override
    public int setHeater(int heater, int heaterMode) {
        int mode = heaterMode == HeaterMode.FORCED_ON ? HeaterControl.FORCED_ON
                : heaterMode == HeaterMode.FORCED_OFF ? HeaterControl.FORCED_OFF : HeaterControl.AUTO;
        return heaters.override(heater, mode) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    /** The thermal limits are parameters of the limits table: the command changes the three at once. */
    @Override
    public int setThermalLimits(double coolantOutletMaxK, double radiatorMaxK, double gpuDieMaxK) {
        parameters.begin();
        parameters.put(Limits.COOLANT_OUTLET_MAX_K + 1, coolantOutletMaxK);
        parameters.put(Limits.RADIATOR_MAX_K + 1, radiatorMaxK);
        parameters.put(Limits.GPU_DIE_MAX_K + 1, gpuDieMaxK);
        return changed(parameters.commitChange(), 0);
    }

    @Override
    public int validateParameter(int id, double value) {
        return parameters.validateSet(id, value);
    }

    @Override
    public int setParameter(int id, double value) {
        return changed(parameters.set(id, value), id);
    }

    @Override
    public int validateParameterTable(int tableId, ParameterTable.Values values, long crc32c) {
        return parameters.validateLoad(tableId, values, crc32c);
    }

    @Override
    public int loadParameterTable(int tableId, ParameterTable.Values values, long crc32c) {
        return changed(parameters.load(tableId, values, crc32c), 0);
    }

    private final space.ocsat.wire.MonitorEntry monitorEntry = new space.ocsat.wire.MonitorEntry();

    @Override
    public int validateMonitorTable(space.ocsat.wire.LoadMonitorTable table) {
        if (table.entriesLength() == 0) {
            events.publish(clock.nowNs(), EventId.MONITOR_TABLE_REJECTED, -1, 0, 0);
            return AckCode.ARGUMENT_OUT_OF_RANGE;
        }
        for (int i = 0; i < table.entriesLength(); i++) {
            table.entries(monitorEntry, i);
            int why = protection.checkEntry(monitorEntry.fault(), monitorEntry.unit(), response(monitorEntry.response()),
                    monitorEntry.persistenceS());
            if (why != Protection.ENTRY_OK) {
                events.publish(clock.nowNs(), EventId.MONITOR_TABLE_REJECTED, i, why, monitorEntry.fault());
                return AckCode.ARGUMENT_OUT_OF_RANGE;
            }
        }
        return AckCode.OK;
    }

    @Override
    public int loadMonitorTable(space.ocsat.wire.LoadMonitorTable table) {
        int code = validateMonitorTable(table);
        if (code != AckCode.OK) {
            return code;
        }
        for (int i = 0; i < table.entriesLength(); i++) {
            table.entries(monitorEntry, i);
            protection.applyEntry(monitorEntry.fault(), monitorEntry.unit(), response(monitorEntry.response()),
                    monitorEntry.persistenceS(), monitorEntry.enabled());
        }
        events.publish(clock.nowNs(), EventId.MONITOR_TABLE_LOADED, table.entriesLength(), 0, 0);
        return AckCode.OK;
    }

    /** @return the FDIR response of a wire value (the two enums share their values), null if out of range */
    private static space.ocsat.fdir.response.Response response(int wire) {
        space.ocsat.fdir.response.Response[] all = RESPONSES;
        return wire >= 0 && wire < all.length ? all[wire] : null;
    }

    private static final space.ocsat.fdir.response.Response[] RESPONSES = space.ocsat.fdir.response.Response.values();

    @Override
    public int dumpParameterTable(int tableId, long nowNs) {
        for (int id = 1; id <= parameters.size(); id++) {
            events.publish(nowNs, EventId.PARAMETER_VALUE, id, tableId, parameters.value(id));
        }
        events.publish(nowNs, EventId.PARAMETER_TABLE_DUMPED, tableId, parameters.crc32c() & 0xFFFFFFFFL,
                parameters.size());
        return AckCode.OK;
    }

    /** In SAFE only the space-to-ground terminal (the last) is powered, so only it can be handed over. */
    @Override
    public int validateHandoff(int terminal, int partner) {
        if (terminal < 0 || terminal >= commanded.terminalPartner.length || partner < BACK_TO_PLAN) {
            return AckCode.ARGUMENT_OUT_OF_RANGE;
        }
        return modes.mode() == Mode.SAFE && terminal != commanded.terminalPartner.length - 1
                ? AckCode.FORBIDDEN_IN_MODE : AckCode.OK;
    }

    @Override
    public int terminalHandoff(int terminal, int partner) {
        int verdict = validateHandoff(terminal, partner);
        if (verdict == AckCode.OK) {
            links.override(terminal, partner == BACK_TO_PLAN ? LinkManager.PLAN : partner);
        }
        return verdict;
    }

    @Override
    public int dumpFaultLog(long nowNs) {
        FaultLog log = protection.faultLog();
        for (int k = 0; k < log.size(); k++) {
            events.publish(nowNs, EventId.FAULT_LOG_ENTRY, log.faultId(k), log.confirmed(k) ? log.response(k) : -1,
                    log.timeUnixNs(k) / 1e9);
        }
        events.publish(nowNs, EventId.FAULT_LOG_DUMPED, log.size(), log.dropped(), 0);
        return AckCode.OK;
    }

    @Override
    public int clearFaultLog(long nowNs) {
        int entries = protection.faultLog().size();
        if (protection.faultLog().clear() != space.ocsat.hal.platform.StoreStatus.OK) {
            return AckCode.STORE_ERROR;
        }
        events.publish(nowNs, EventId.FAULT_LOG_CLEARED, entries, 0, 0);
        return AckCode.OK;
    }

    private int changed(int code, int id) {
        if (code == AckCode.OK) {
            events.publish(clock.nowNs(), EventId.PARAMETERS_CHANGED, Limits.TABLE_ID,
                    parameters.crc32c() & 0xFFFFFFFFL, id);
        }
        return code;
    }

    @Override
    public int setHousekeepingPeriod(int stream, int periodCycles) {
        return housekeeping.setPeriod(stream, periodCycles) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    @Override
    public int setMonitorEnabled(int faultId, boolean enabled) {
        return protection.setMonitorEnabled(faultId, enabled) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    @Override
    public int resetFault(int faultId) {
        return protection.resetFault(faultId) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
    }

    @Override
    public int gpusAvailableAfterPowerOff(int gpu) {
        int n = 0;
        for (int g = 0; g < gpus; g++) {
            if (!governor.isolated(g) && gpu != CommandValidator.ALL_GPUS && g != gpu) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int gpuCount() {
        return gpus;
    }

    @Override
    public int heaterCount() {
        return heaterCount;
    }

    @Override
    public boolean knowsFault(int faultId) {
        return protection.knowsFault(faultId);
    }

    @Override
    public int acknowledgeTelemetry(int stream, long upTo, long nowNs) {
        return downlink.acknowledge(stream, upTo, nowNs) ? AckCode.OK : AckCode.STORE_ERROR;
    }

    @Override
    public long newestTelemetrySequence(int stream) {
        return downlink.newestSequence(stream);
    }
}

package space.ocsat.fsw.tm;

/**
 * Every event the flight software emits, with its severity and what its arguments mean.
 * Arguments are primitives: {@code a} and {@code b} integers, {@code value} a double in the unit given.
 */
public enum EventId {
    UNSPECIFIED(Severity.UNSPECIFIED, "", "", ""),
    /** The flight software started. */
    BOOT(Severity.INFO, "mode boot leaves to (resumed after a reset)", "1 state restored from the store, 0 fresh", "-"),
    /** Mode transition. */
    MODE_CHANGED(Severity.INFO, "from mode ordinal", "to mode ordinal", "reason code"),
    /** A ground request to leave SAFE refused: a SAFE-level fault stands or the satellite is not ready. */
    MODE_REFUSED(Severity.WARNING, "current mode ordinal", "requested mode ordinal",
            "why: 1 a SAFE-level fault stands, 2 SoC below the exit minimum, 3 battery temperature, 4 coolant over its limit"),
    /** Real-time cycles missed (throttled: one event per 10 s at most). */
    CYCLE_SLIP(Severity.WARNING, "missed cycles", "slips suppressed since last event", "total slips"),
    /** A GPU switched off to save energy or heat. */
    GPU_SHED(Severity.WARNING, "gpu index", "reason code (1 energy, 2 thermal, 3 mode, 4 fault)", "battery SoC"),
    /** A GPU switched back on. */
    GPU_RESTORED(Severity.INFO, "gpu index", "-", "battery SoC"),
    /** A heater switched. */
    HEATER_SWITCHED(Severity.INFO, "heater index", "1 on, 0 off", "sensed temperature, K"),
    /** Thermal derating of GPU caps began (b=1) or ended (b=0). */
    THERMAL_DERATE(Severity.WARNING, "-", "1 began, 0 ended", "thermal cap factor 0..1"),
    /** Charging inhibited (b=1) or allowed again (b=0) by battery temperature. */
    CHARGE_INHIBIT(Severity.WARNING, "-", "1 inhibited, 0 allowed", "battery temperature, K"),
    /** FDIR confirmed a fault. */
    FAULT_CONFIRMED(Severity.CRITICAL, "fault id", "response ordinal (the one taken)", "unit index (-1: none)"),
    /** A confirmed fault cleared. */
    FAULT_CLEARED(Severity.INFO, "fault id", "-", "unit index (-1: none)"),
    /** A device refused a command (throttled: one event per 10 s; every refusal is counted). */
    ACTUATION_FAILED(Severity.WARNING, "device code (Actuation constants)", "unit index", "device status ordinal"),
    /** The non-volatile store refused a write. */
    STORE_WRITE_FAILED(Severity.WARNING, "slot", "store status ordinal", "-"),
    /** A command passed decoding, authentication and validation. */
    COMMAND_ACCEPTED(Severity.INFO, "command sequence", "command type (Command union tag)", "key id"),
    /** A command was refused on receipt. */
    COMMAND_REJECTED(Severity.WARNING, "command sequence (0 if undecodable)", "AckCode", "key id"),
    /** A command executed. */
    COMMAND_COMPLETED(Severity.INFO, "command sequence", "command type (Command union tag)", "key id"),
    /** A command failed in execution. */
    COMMAND_FAILED(Severity.WARNING, "command sequence", "AckCode", "key id"),
    /** Commands arrived faster than the cycle drains them; the newest were dropped (throttled: one per 10 s). */
    COMMAND_INBOX_FULL(Severity.WARNING, "commands dropped since start", "-", "-"),
    /** The anti-replay record could not be read at boot: commands are refused until UTC re-anchors it. */
    ANTI_REPLAY_LOST(Severity.CRITICAL, "store slot", "store status ordinal", "-"),
    /** The anti-replay floor was re-anchored to UTC: only sequences above it (UTC µs) are accepted. */
    ANTI_REPLAY_FLOORED(Severity.WARNING, "floor (UTC microseconds)", "-", "-"),
    /** Telemetry frames were overwritten in the recorder before they were ever sent (throttled: one per 60 s). */
    TM_FRAMES_LOST(Severity.WARNING, "frames lost since the last event", "frames lost since boot", "recorder backlog, frames"),
    /** One time-tagged command waiting (ReportSchedule). */
    SCHEDULE_ENTRY(Severity.INFO, "command sequence", "command type (Command union tag)", "execute at, UTC s since 1970"),
    /** The end of a schedule report. */
    SCHEDULE_REPORTED(Severity.INFO, "entries reported", "-", "-"),
    /** A parameter table changed (SetParameter, LoadParameterTable, SetThermalLimits). */
    PARAMETERS_CHANGED(Severity.INFO, "table id", "new table CRC-32C", "parameter id changed (0: several)"),
    /** One parameter of a dumped table (DumpParameterTable). */
    PARAMETER_VALUE(Severity.INFO, "parameter id", "table id", "value, in the parameter's unit"),
    /** The end of a table dump. */
    PARAMETER_TABLE_DUMPED(Severity.INFO, "table id", "table CRC-32C", "parameters"),
    /** One entry of the fault log, oldest first (DumpFaultLog). */
    FAULT_LOG_ENTRY(Severity.INFO, "fault id", "response ordinal if confirmed, -1 if cleared", "GNSS time, UTC s since 1970"),
    /** The end of a fault log dump. */
    FAULT_LOG_DUMPED(Severity.INFO, "entries", "entries dropped (log full) since the last clear", "-"),
    /** The fault log was cleared (ClearFaultLog). */
    FAULT_LOG_CLEARED(Severity.WARNING, "entries cleared", "-", "-"),
    /** Eclipse entry: the energy plan's compute budget until the exit. */
    ENERGY_PLAN(Severity.INFO, "compute budget, W", "SoC planned at the exit x1000", "seconds to the exit"),
    /** A GPU switched off after its drain: b=1 its host reported it drained, b=0 the drain timed out. */
    GPU_DRAINED(Severity.INFO, "gpu index", "1 drained, 0 timed out", "seconds the drain took"),
    /** A load group shed for energy ({@link #LOAD_RESTORED} when it comes back). */
    LOAD_SHED(Severity.WARNING, "load priority ordinal (0 avionics, 1 thermal, 2 links, 3 compute)", "1 shed", "battery SoC"),
    /** The coolant pump started (b=1) or stopped (b=0). */
    PUMP_SWITCHED(Severity.INFO, "-", "1 on, 0 off", "coolant outlet, K"),
    /** A unit fault confirmed on one GPU and the response taken. */
    GPU_FAULT(Severity.WARNING, "gpu index", "fault id", "response ordinal"),
    /** A GPU isolated: off until the ground de-isolates it. */
    GPU_ISOLATED(Severity.CRITICAL, "gpu index", "fault id", "-"),
    /** The flight software booted after a processor restart (not the first power-on). */
    RESTART(Severity.WARNING, "restarts since the mission began", "1 a boot loop (SAFE held)", "-"),
    /** A temperature sensor left out of its vote (a = tsensor index, b = fault id, value = its disagreement, K). */
    SENSOR_ISOLATED(Severity.WARNING, "tsensor index", "fault id", "disagreement with the others, K"),
    /** The satellite entered SAFE (MODE_CHANGED is raised too). */
    SAFE_MODE_ENTERED(Severity.CRITICAL, "from mode ordinal", "reason code", "-"),
    /** An optical terminal isolated: off until the ground de-isolates it. */
    TERMINAL_ISOLATED(Severity.CRITICAL, "terminal index", "fault id", "-"),
    /** A load group shed for energy came back. */
    LOAD_RESTORED(Severity.INFO, "load priority ordinal (0 avionics, 1 thermal, 2 links, 3 compute)", "-", "battery SoC"),
    /** Boot found the store corrupt or missing: it was made fresh and the satellite starts in SAFE. */
    STORE_REINITIALISED(Severity.CRITICAL, "1 corrupt, 2 missing", "first bad slot", "status of the wipe (store status ordinal)"),
    /** GNSS time moved by more than a second against the running clock; UTC follows it. */
    CLOCK_JUMPED(Severity.WARNING, "-", "1 forward, 0 back", "the jump, s"),
    /** GNSS time lost: the clock runs on its last correlation (b=1); back (b=0) with the correction it brought. */
    CLOCK_FLYWHEEL(Severity.WARNING, "-", "1 started, 0 ended", "correction at the end, s"),
    /** A time-tagged command whose time a clock jump passed over: not run (acknowledged FAILED, SKIPPED). */
    COMMAND_SKIPPED(Severity.WARNING, "command sequence", "command type (Command union tag)", "execute at, UTC s since 1970"),
    /** The ground link has been down 5 s (b=1; telemetry waits in the recorder) or is back (b=0). */
    LINK_DOWN(Severity.WARNING, "recorder backlog, frames", "1 down, 0 back", "seconds down"),
    /** A monitor table load applied (LoadMonitorTable). */
    MONITOR_TABLE_LOADED(Severity.INFO, "entries", "-", "-"),
    /** A monitor table load refused whole, nothing changed: the first bad entry and why. */
    MONITOR_TABLE_REJECTED(Severity.WARNING, "entry index (-1: no entries)",
            "why: 1 unknown fault, 2 no such unit, 3 response not allowed, 4 persistence out of range", "fault id"),
    /** The battery string recounted after a step of a cell's voltage; the end-of-charge voltage follows. */
    BATTERY_RECOUNTED(Severity.WARNING, "live cells now", "live cells before", "step, cells (-1: a cell shorted)"),
    /** A terminal locked on its partner: data flows. */
    LINK_ACQUIRED(Severity.INFO, "terminal", "partner", "seconds since it was commanded"),
    /** A terminal timed out pointing at or acquiring its partner; it starts again (or, ground terminal, moves on). */
    LINK_ACQUISITION_FAILED(Severity.WARNING, "terminal", "partner", "state it was stuck in (3 POINTING, 4 ACQUIRING)"),
    /** A terminal lost lock on a partner the plan still sees in view; it re-acquires. */
    LINK_LOST(Severity.WARNING, "terminal", "partner", "losses of lock within the window");

    private final Severity severity;
    private final String argA;
    private final String argB;
    private final String value;

    EventId(Severity severity, String argA, String argB, String value) {
        this.severity = severity;
        this.argA = argA;
        this.argB = argB;
        this.value = value;
    }

    public Severity severity() { return severity; }

    /** @return meaning of argument a (for the dictionary and reports) */
    public String argA() { return argA; }

    /** @return meaning of argument b */
    public String argB() { return argB; }

    /** @return meaning and unit of the value */
    public String valueMeaning() { return value; }
}

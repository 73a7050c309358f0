package space.ocsat.fsw.cmd;

/**
 * What commands act on: the operations the composition root exposes to the dispatcher. Each returns an
 * AckCode value: OK, or why it could not be done.
 */
public interface CommandTarget {
    /** @param mode wire Mode value @return AckCode */
    int setMode(int mode);

    /** @return true if leaving SAFE is forbidden now (a SAFE-level fault stands) */
    boolean safeHeld();

    /** @return the current mode as a wire Mode value */
    int mode();

    /** @param gpu index or {@link CommandValidator#ALL_GPUS} @param capW W @return AckCode */
    int setGpuCap(int gpu, double capW);

    /** @param gpu index or {@link CommandValidator#ALL_GPUS} @param on power @return AckCode */
    int setGpuPower(int gpu, boolean on);

    /** @param heater index @param heaterMode wire HeaterMode value @return AckCode */
    int setHeater(int heater, int heaterMode);

    /** @return AckCode */
    int setThermalLimits(double coolantOutletMaxK, double radiatorMaxK, double gpuDieMaxK);

    /** @param stream wire Stream value @param periodCycles base cycles @return AckCode */
    int setHousekeepingPeriod(int stream, int periodCycles);

    /** @return AckCode */
    int setMonitorEnabled(int faultId, boolean enabled);

    /** @return AckCode */
    int resetFault(int faultId);

    /**
     * @param gpu index or {@link CommandValidator#ALL_GPUS}
     * @return GPUs not isolated by command if this one (or all) were powered off
     */
    int gpusAvailableAfterPowerOff(int gpu);

    /** @return number of GPUs */
    int gpuCount();

    /** @return number of heaters */
    int heaterCount();

    /** @return true if FDIR has a monitor with this fault id */
    boolean knowsFault(int faultId);

    /** The ground has every frame of a stream up to {@code upTo}; the recorder releases them. @return AckCode */
    int acknowledgeTelemetry(int stream, long upTo, long nowNs);

    /** @return AckCode for {@code SetParameter} on receipt (id known, value in range, table consistent) */
    int validateParameter(int id, double value);

    /** @return AckCode */
    int setParameter(int id, double value);

    /** @return AckCode for {@code LoadParameterTable} on receipt (table id, length, CRC-32C, every value) */
    int validateParameterTable(int tableId, space.ocsat.fsw.params.ParameterTable.Values values, long crc32c);

    /** Replaces the whole table atomically. @return AckCode */
    int loadParameterTable(int tableId, space.ocsat.fsw.params.ParameterTable.Values values, long crc32c);

    /**
     * Checks a monitor table load, every entry, changing nothing.
     *
     * @return AckCode OK, or ARGUMENT_OUT_OF_RANGE with MONITOR_TABLE_REJECTED naming the first bad entry and why
     */
    int validateMonitorTable(space.ocsat.wire.LoadMonitorTable table);

    /** Applies a monitor table load that validated, every entry (MONITOR_TABLE_LOADED). @return AckCode */
    int loadMonitorTable(space.ocsat.wire.LoadMonitorTable table);

    /** Sends the table as events (PARAMETER_VALUE each, then PARAMETER_TABLE_DUMPED). @return AckCode */
    int dumpParameterTable(int tableId, long nowNs);

    /** Sends the fault log as events (FAULT_LOG_ENTRY each, oldest first, then FAULT_LOG_DUMPED). @return AckCode */
    int dumpFaultLog(long nowNs);

    /** Empties the fault log. @return AckCode */
    int clearFaultLog(long nowNs);

    /** @return AckCode for handing {@code terminal} over to {@code partner} (−1 releases it) on receipt */
    int validateHandoff(int terminal, int partner);

    /** Points {@code terminal} at {@code partner} from now on (overriding the contact plan). @return AckCode */
    int terminalHandoff(int terminal, int partner);

    /** @return the newest sequence recorded on a stream, −1 if none (the most the ground can acknowledge) */
    long newestTelemetrySequence(int stream);
}

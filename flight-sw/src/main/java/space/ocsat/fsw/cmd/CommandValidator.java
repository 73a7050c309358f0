package space.ocsat.fsw.cmd;

import space.ocsat.wire.AckCode;
import space.ocsat.wire.Arm;
import space.ocsat.wire.Command;
import space.ocsat.wire.CommandBody;
import space.ocsat.wire.HeaterMode;
import space.ocsat.wire.Mode;
import space.ocsat.wire.SetGpuPower;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.SetHeater;
import space.ocsat.wire.SetHousekeepingRate;
import space.ocsat.wire.SetMode;
import space.ocsat.wire.SetMonitorEnabled;
import space.ocsat.wire.ResetFault;
import space.ocsat.wire.SetThermalLimits;
import space.ocsat.wire.Stream;

/**
 * Validation on receipt: argument ranges (telecommand.fbs states them), what this build executes, and
 * which commands are hazardous (they need an {@code Arm} first). Returns an AckCode value.
 */
public final class CommandValidator {
    /** GPU index meaning "every GPU". */
    public static final int ALL_GPUS = 255;
    /** Caps settable by command, W (REFERENCE: H100 cap range). */
    static final double MIN_CAP_W = 200;
    static final double MAX_CAP_W = 700;

    private final CommandTarget target;
    private final KeyTable keys;
    private final CommandTables t;

    public CommandValidator(CommandTarget target, CommandTables tables, KeyTable keys) {
        this.keys = keys;
        this.target = target;
        this.t = tables;
    }

    /** @return true if this build executes commands of the type */
    public static boolean executable(int type) {
        switch (type) {
            case Command.Noop:
            case Command.SetMode:
            case Command.SetGpuPowerCap:
            case Command.SetGpuPower:
            case Command.SetHeater:
            case Command.SetThermalLimits:
            case Command.SetHousekeepingRate:
            case Command.SetMonitorEnabled:
            case Command.ResetFault:
            case Command.Arm:
            case Command.CancelScheduled:
            case Command.AcknowledgeTelemetry:
            case Command.RotateKey:
            case Command.ReportSchedule:
            case Command.SetParameter:
            case Command.LoadParameterTable:
            case Command.LoadMonitorTable:
            case Command.DumpParameterTable:
            case Command.DumpFaultLog:
            case Command.ClearFaultLog:
            case Command.TerminalHandoff:
                return true;
            default:
                return false;
        }
    }

    /**
     * @return the arguments' verdict: OK, ARGUMENT_OUT_OF_RANGE, UNKNOWN_COMMAND or FORBIDDEN_IN_MODE
     */
    public int validate(CommandBody body) {
        int type = body.commandType() & 0xFF;
        if (!executable(type)) {
            return AckCode.UNKNOWN_COMMAND;
        }
        switch (type) {
            case Command.SetMode: {
                body.command(t.setMode);
                int m = t.setMode.mode();
                return m == Mode.SAFE || m == Mode.STANDBY || m == Mode.OPERATIONAL ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            }
            case Command.SetGpuPowerCap:
                body.command(t.setCap);
                return gpuIndexOk(t.setCap.gpu()) && inRange(t.setCap.capW(), MIN_CAP_W, MAX_CAP_W) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.SetGpuPower:
                body.command(t.setPower);
                return gpuIndexOk(t.setPower.gpu()) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.SetHeater:
                body.command(t.setHeater);
                return t.setHeater.heater() < target.heaterCount() && t.setHeater.mode() >= HeaterMode.AUTO
                        && t.setHeater.mode() <= HeaterMode.FORCED_OFF ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.SetThermalLimits:
                body.command(t.limits);
                return inRange(t.limits.coolantOutletMaxK(), 300, 353) && inRange(t.limits.radiatorMaxK(), 300, 358)
                        && inRange(t.limits.gpuDieMaxK(), 330, 360) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.SetHousekeepingRate:
                body.command(t.rate);
                return t.rate.packet() >= Stream.HK_POWER && t.rate.packet() <= Stream.HK_EXEC
                        && inRange(t.rate.periodS(), 0.1, 3600) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.SetMonitorEnabled:
                body.command(t.monitor);
                return target.knowsFault(t.monitor.fault()) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.ResetFault:
                body.command(t.reset);
                return target.knowsFault(t.reset.fault()) ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.AcknowledgeTelemetry:
                body.command(t.ackTm);
                return t.ackTm.stream() >= Stream.HK_POWER && t.ackTm.stream() <= Stream.POINTS
                        && t.ackTm.upToSequence() >= 0
                        && t.ackTm.upToSequence() <= target.newestTelemetrySequence(t.ackTm.stream())
                        ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.SetParameter:
                body.command(t.setParameter);
                return target.validateParameter(t.setParameter.id(), t.setParameter.value());
            case Command.LoadParameterTable:
                body.command(t.loadTable);
                return target.validateParameterTable(t.loadTable.tableId(), t.loadValues, t.loadTable.crc32c());
            case Command.LoadMonitorTable:
                body.command(t.monitorTable);
                return target.validateMonitorTable(t.monitorTable);
            case Command.DumpParameterTable:
                body.command(t.dumpTable);
                return t.dumpTable.tableId() == space.ocsat.fsw.params.Limits.TABLE_ID
                        ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.TerminalHandoff:
                body.command(t.handoff);
                return target.validateHandoff(t.handoff.terminal(), t.handoff.partner());
            case Command.RotateKey:
                body.command(t.rotate);
                return keys.index(t.rotate.newKeyId()) >= 0 && t.rotate.newKeyId() != body.keyId()
                        ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            case Command.Arm:
                body.command(t.arm);
                return hazardousType(t.arm.commandType() & 0xFF) && inRange(t.arm.windowS(), 1, 300)
                        ? AckCode.OK : AckCode.ARGUMENT_OUT_OF_RANGE;
            default:
                return AckCode.OK;
        }
    }

    /**
     * @return true if this command, with these arguments and in the current state, must be armed first:
     *         leaving SAFE, rotating keys, leaving no GPU available (however many commands it takes),
     *         clearing the fault log, loading a table
     */
    public boolean hazardous(CommandBody body) {
        int type = body.commandType() & 0xFF;
        switch (type) {
            case Command.SetMode:
                body.command(t.setMode);
                return target.mode() == Mode.SAFE && t.setMode.mode() != Mode.SAFE;
            case Command.SetGpuPower:
                body.command(t.setPower);
                return !t.setPower.on() && target.gpusAvailableAfterPowerOff(t.setPower.gpu()) == 0;
            case Command.RotateKey:
            case Command.ClearFaultLog:
            case Command.LoadParameterTable:
            case Command.LoadMonitorTable:
                return true;
            default:
                return false;
        }
    }

    /** @return true for the command types that can be hazardous (the ones Arm may name) */
    public static boolean hazardousType(int type) {
        return type == Command.SetMode || type == Command.SetGpuPower || type == Command.RotateKey
                || type == Command.ClearFaultLog || type == Command.LoadParameterTable
                || type == Command.LoadMonitorTable;
    }

    private boolean gpuIndexOk(int gpu) {
        return gpu == ALL_GPUS || gpu < target.gpuCount();
    }

    private static boolean inRange(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }
}

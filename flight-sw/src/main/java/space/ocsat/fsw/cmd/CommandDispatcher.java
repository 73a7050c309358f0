package space.ocsat.fsw.cmd;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.wire.AckCode;
import space.ocsat.wire.AckStage;
import space.ocsat.wire.Arm;
import space.ocsat.wire.Command;
import space.ocsat.wire.CommandBody;
import space.ocsat.wire.ResetFault;
import space.ocsat.wire.SetGpuPower;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.SetHeater;
import space.ocsat.wire.SetHousekeepingRate;
import space.ocsat.wire.SetMode;
import space.ocsat.wire.SetMonitorEnabled;
import space.ocsat.wire.SetThermalLimits;

/**
 * SENSE, first: executes the commands accepted in earlier cycles, in order, each acknowledged STARTED
 * and then COMPLETED or FAILED with a code. Runs at 10 Hz.
 */
public final class CommandDispatcher implements CycleTask {
    private static final double CYCLES_PER_S = 1e9 / space.ocsat.fsw.exec.Executive.PERIOD_NS;

    /** A time-tagged command overdue by more than this at boot is not run blindly: it fails EXPIRED, ns. */
    static final long BOOT_GRACE_NS = 10_000_000_000L;

    private final AcceptedQueue queue;
    private final CommandSchedule schedule;
    private final CommandValidator validator;
    private final space.ocsat.fsw.tm.TimeSource time;
    private boolean bootReviewed;
    private long seenJumps;
    private final CommandTarget target;
    private final CommandTables t;
    private final Arming arming;
    private final CommandAcks acks;
    private final CommandBody body = new CommandBody();
    private final KeyTable keys;
    private final SequenceGuard sequences;
    private final EventLog events;

    CommandDispatcher(AcceptedQueue queue, CommandSchedule schedule, CommandValidator validator, CommandTarget target,
                      Arming arming, CommandAcks acks, space.ocsat.fsw.tm.TimeSource time, CommandTables tables,
                      KeyTable keys, SequenceGuard sequences, EventLog events) {
        this.events = events;
        this.keys = keys;
        this.sequences = sequences;
        this.t = tables;
        this.queue = queue;
        this.validator = validator;
        this.schedule = schedule;
        this.time = time;
        this.target = target;
        this.arming = arming;
        this.acks = acks;
    }

    @Override
    public void run(long nowNs) {
        while (!queue.isEmpty()) {
            try {
                CommandBody.getRootAsCommandBody(queue.peekBody(), body);
                dispatch(queue.peekKeyId(), queue.peekSequence(), queue.peekArmed(), nowNs);
            } finally {
                queue.remove();
            }
        }
        if (!time.valid()) {
            return;
        }
        long utcNs = time.unixNs(nowNs);
        if (!bootReviewed) {
            reviewAfterBoot(utcNs, nowNs);
        }
        if (time.jumps() != seenJumps) {
            seenJumps = time.jumps();
            skipPassedOver(utcNs - time.lastJumpNs(), utcNs, nowNs);
        }
        int due;
        while ((due = schedule.next(CommandSchedule.PENDING, utcNs)) >= 0) {
            schedule.markStarted(due);
            try {
                CommandBody.getRootAsCommandBody(schedule.body(due), body);
                dispatch(schedule.keyId(due), schedule.sequence(due), schedule.armed(due), nowNs);
            } finally {
                schedule.remove(due);
            }
        }
    }

    /**
     * Executes one command, acknowledged STARTED then COMPLETED or FAILED. The hazard check is repeated
     * against the state at execution: a command that was not armed fails NOT_ARMED if it has become
     * hazardous since it was accepted (FDIR entered SAFE, earlier commands switched GPUs off).
     */
    private void dispatch(long keyId, long sequence, boolean armed, long nowNs) {
        int type = 0;
        int code;
        try {
            type = body.commandType() & 0xFF;
            acks.send(keyId, sequence, type, AckStage.STARTED, AckCode.OK, 0, nowNs);
            code = !armed && validator.hazardous(body) ? AckCode.NOT_ARMED : execute(type, keyId, nowNs);
        } catch (RuntimeException e) {
            code = AckCode.EXECUTION_ERROR;
        }
        acks.send(keyId, sequence, type, code == AckCode.OK ? AckStage.COMPLETED : AckStage.FAILED, code, 0, nowNs);
    }

    /**
     * Once UTC is known after a boot: an entry a reset interrupted mid-execution fails EXECUTION_ERROR
     * (never run twice); one overdue by more than {@link #BOOT_GRACE_NS} fails EXPIRED (never run blindly).
     */
    private void reviewAfterBoot(long utcNs, long nowNs) {
        bootReviewed = true;
        int i;
        while ((i = schedule.next(CommandSchedule.STARTED, Long.MAX_VALUE)) >= 0) {
            fail(i, AckCode.EXECUTION_ERROR, nowNs);
        }
        while ((i = schedule.next(CommandSchedule.PENDING, utcNs - BOOT_GRACE_NS)) >= 0) {
            fail(i, AckCode.EXPIRED, nowNs);
        }
    }

    /**
     * After a forward clock jump: an entry whose time the jump passed over ({@code fromUtcNs}, {@code toUtcNs}] was
     * never due on the clock that ran; it is not run blindly but reported, each one: COMMAND_SKIPPED and a FAILED
     * acknowledgement (SKIPPED). The ground decides whether to send it again.
     */
    private void skipPassedOver(long fromUtcNs, long toUtcNs, long nowNs) {
        int i;
        while ((i = schedule.nextAfter(fromUtcNs)) >= 0 && schedule.executeAtUnixNs(i) - toUtcNs <= 0) {
            int type = 0;
            try {
                CommandBody.getRootAsCommandBody(schedule.body(i), body);
                type = body.commandType() & 0xFF;
            } catch (RuntimeException e) {
                type = 0;
            }
            events.publish(nowNs, EventId.COMMAND_SKIPPED, schedule.sequence(i), type,
                    schedule.executeAtUnixNs(i) / 1e9);
            fail(i, AckCode.SKIPPED, nowNs);
        }
    }

    private void fail(int i, int code, long nowNs) {
        int type = 0;
        try {
            CommandBody.getRootAsCommandBody(schedule.body(i), body);
            type = body.commandType() & 0xFF;
        } catch (RuntimeException e) {
            code = AckCode.EXECUTION_ERROR;
        }
        acks.send(schedule.keyId(i), schedule.sequence(i), type, AckStage.FAILED, code, 0, nowNs);
        schedule.remove(i);
    }

    private int execute(int type, long keyId, long nowNs) {
        switch (type) {
            case Command.Noop:
                return AckCode.OK;
            case Command.SetMode:
                body.command(t.setMode);
                if (target.mode() == space.ocsat.wire.Mode.SAFE && t.setMode.mode() != space.ocsat.wire.Mode.SAFE
                        && target.safeHeld()) {
                    return AckCode.FORBIDDEN_IN_MODE;
                }
                return target.setMode(t.setMode.mode());
            case Command.SetGpuPowerCap:
                body.command(t.setCap);
                return target.setGpuCap(t.setCap.gpu(), t.setCap.capW());
            case Command.SetGpuPower:
                body.command(t.setPower);
                return target.setGpuPower(t.setPower.gpu(), t.setPower.on());
            case Command.SetHeater:
                body.command(t.setHeater);
                return target.setHeater(t.setHeater.heater(), t.setHeater.mode());
            case Command.SetThermalLimits:
                body.command(t.limits);
                return target.setThermalLimits(t.limits.coolantOutletMaxK(), t.limits.radiatorMaxK(), t.limits.gpuDieMaxK());
            case Command.SetHousekeepingRate:
                body.command(t.rate);
                return target.setHousekeepingPeriod(t.rate.packet(), (int) Math.round(t.rate.periodS() * CYCLES_PER_S));
            case Command.SetMonitorEnabled:
                body.command(t.monitor);
                return target.setMonitorEnabled(t.monitor.fault(), t.monitor.enabled());
            case Command.ResetFault:
                body.command(t.reset);
                return target.resetFault(t.reset.fault());
            case Command.CancelScheduled: {
                body.command(t.cancel);
                int entry = schedule.find(t.cancel.sequence());
                if (entry < 0) {
                    return AckCode.ARGUMENT_OUT_OF_RANGE;
                }
                schedule.remove(entry);
                return AckCode.OK;
            }
            case Command.AcknowledgeTelemetry:
                body.command(t.ackTm);
                return target.acknowledgeTelemetry(t.ackTm.stream(), t.ackTm.upToSequence(), nowNs);
            case Command.RotateKey: {
                body.command(t.rotate);
                int from = keys.index(keyId);
                int to = keys.index(t.rotate.newKeyId());
                if (from < 0 || to < 0 || from == to) {
                    return AckCode.ARGUMENT_OUT_OF_RANGE; // retired or rotated away since acceptance
                }
                return sequences.retire(from) == space.ocsat.hal.platform.StoreStatus.OK ? AckCode.OK : AckCode.STORE_ERROR;
            }
            case Command.ReportSchedule:
                return reportSchedule(nowNs);
            case Command.TerminalHandoff:
                body.command(t.handoff);
                return target.terminalHandoff(t.handoff.terminal(), t.handoff.partner());
            case Command.DumpFaultLog:
                return target.dumpFaultLog(nowNs);
            case Command.ClearFaultLog:
                return target.clearFaultLog(nowNs);
            case Command.SetParameter:
                body.command(t.setParameter);
                return target.setParameter(t.setParameter.id(), t.setParameter.value());
            case Command.LoadParameterTable:
                body.command(t.loadTable);
                return target.loadParameterTable(t.loadTable.tableId(), t.loadValues, t.loadTable.crc32c());
            case Command.LoadMonitorTable:
                body.command(t.monitorTable);
                return target.loadMonitorTable(t.monitorTable);
            case Command.DumpParameterTable:
                body.command(t.dumpTable);
                return target.dumpParameterTable(t.dumpTable.tableId(), nowNs);
            case Command.Arm:
                body.command(t.arm);
                arming.arm(t.arm.commandType() & 0xFF, nowNs + (long) (t.arm.windowS() * 1e9));
                return AckCode.OK;
            default:
                return AckCode.UNKNOWN_COMMAND;
        }
    }

    /** One SCHEDULE_ENTRY event per waiting entry, in execution order, then SCHEDULE_REPORTED. */
    private int reportSchedule(long nowNs) {
        int reported = 0;
        long after = Long.MIN_VALUE;
        for (int i = schedule.nextAfter(after); i >= 0; i = schedule.nextAfter(after)) {
            after = schedule.executeAtUnixNs(i);
            for (int j = i; j >= 0; j = schedule.nextAt(after, j + 1)) {
                CommandBody.getRootAsCommandBody(schedule.body(j), body);
                events.publish(nowNs, EventId.SCHEDULE_ENTRY, schedule.sequence(j), body.commandType() & 0xFF,
                        after / 1e9);
                reported++;
            }
        }
        events.publish(nowNs, EventId.SCHEDULE_REPORTED, reported, 0, 0);
        return AckCode.OK;
    }
}

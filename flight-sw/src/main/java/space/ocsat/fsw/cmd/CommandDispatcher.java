package space.ocsat.fsw.cmd;

import space.ocsat.fsw.exec.CycleTask;
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
    private static final double CYCLES_PER_S = 10;

    private final AcceptedQueue queue;
    private final CommandTarget target;
    private final Arming arming;
    private final CommandAcks acks;
    private final CommandBody body = new CommandBody();
    private final SetMode setMode = new SetMode();
    private final SetGpuPowerCap setCap = new SetGpuPowerCap();
    private final SetGpuPower setPower = new SetGpuPower();
    private final SetHeater setHeater = new SetHeater();
    private final SetThermalLimits limits = new SetThermalLimits();
    private final SetHousekeepingRate rate = new SetHousekeepingRate();
    private final SetMonitorEnabled monitor = new SetMonitorEnabled();
    private final ResetFault reset = new ResetFault();
    private final Arm arm = new Arm();

    CommandDispatcher(AcceptedQueue queue, CommandTarget target, Arming arming, CommandAcks acks) {
        this.queue = queue;
        this.target = target;
        this.arming = arming;
        this.acks = acks;
    }

    @Override
    public void run(long nowNs) {
        while (!queue.isEmpty()) {
            CommandBody.getRootAsCommandBody(queue.peekBody(), body);
            long keyId = queue.peekKeyId();
            long sequence = queue.peekSequence();
            int type = body.commandType() & 0xFF;
            acks.send(keyId, sequence, type, AckStage.STARTED, AckCode.OK, nowNs);
            int code;
            try {
                code = execute(type, nowNs);
            } catch (RuntimeException e) {
                code = AckCode.EXECUTION_ERROR;
            }
            acks.send(keyId, sequence, type, code == AckCode.OK ? AckStage.COMPLETED : AckStage.FAILED, code, nowNs);
            queue.remove();
        }
    }

    private int execute(int type, long nowNs) {
        switch (type) {
            case Command.Noop:
                return AckCode.OK;
            case Command.SetMode:
                body.command(setMode);
                if (target.mode() == space.ocsat.wire.Mode.SAFE && setMode.mode() != space.ocsat.wire.Mode.SAFE
                        && target.safeHeld()) {
                    return AckCode.FORBIDDEN_IN_MODE;
                }
                return target.setMode(setMode.mode());
            case Command.SetGpuPowerCap:
                body.command(setCap);
                return target.setGpuCap(setCap.gpu(), setCap.capW());
            case Command.SetGpuPower:
                body.command(setPower);
                return target.setGpuPower(setPower.gpu(), setPower.on());
            case Command.SetHeater:
                body.command(setHeater);
                return target.setHeater(setHeater.heater(), setHeater.mode());
            case Command.SetThermalLimits:
                body.command(limits);
                return target.setThermalLimits(limits.coolantOutletMaxK(), limits.radiatorMaxK(), limits.gpuDieMaxK());
            case Command.SetHousekeepingRate:
                body.command(rate);
                return target.setHousekeepingPeriod(rate.packet(), (int) Math.round(rate.periodS() * CYCLES_PER_S));
            case Command.SetMonitorEnabled:
                body.command(monitor);
                return target.setMonitorEnabled(monitor.fault(), monitor.enabled());
            case Command.ResetFault:
                body.command(reset);
                return target.resetFault(reset.fault());
            case Command.Arm:
                body.command(arm);
                arming.arm(arm.commandType() & 0xFF, nowNs + (long) (arm.windowS() * 1e9));
                return AckCode.OK;
            default:
                return AckCode.UNKNOWN_COMMAND;
        }
    }
}

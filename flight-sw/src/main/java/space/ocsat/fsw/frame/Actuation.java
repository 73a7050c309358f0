package space.ocsat.fsw.frame;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.Hal;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * ACT: writes the {@link ActuatorFrame} to the HAL, each output only where it differs from what the
 * devices report, so a slow binding (nvidia-smi, a bridge) sees one call per real change and a device
 * that drifted from its command is corrected on the next cycle. A device that refuses a command is
 * counted and reported by an ACTUATION_FAILED event, at most one per 10 s.
 */
public final class Actuation implements CycleTask {
    /** Cap differences below this are not re-commanded, W. */
    private static final double CAP_DEADBAND_W = 0.5;
    /** Drive target differences below this are not re-commanded, rad. */
    private static final double ANGLE_DEADBAND_RAD = 1e-4;

    /** Device codes of ACTUATION_FAILED events. */
    public static final int PDU = 1;
    public static final int GPU_POWER = 2;
    public static final int GPU_CAP = 3;
    public static final int HEATER = 4;
    public static final int PUMP = 5;
    public static final int BATTERY = 6;
    public static final int ATTITUDE = 7;
    public static final int DRIVE = 8;
    public static final int TERMINAL = 9;
    public static final int GPU_DRAIN = 10;
    private static final long EVENT_INTERVAL_NS = 10_000_000_000L;

    private final Hal hal;
    private final SensorFrame sensed;
    private final ActuatorFrame cmd;
    private final EventLog events;
    private long failures;
    private final boolean[] drainSent;
    private long lastEventNs = Long.MIN_VALUE / 2;
    private long nowNs;

    public Actuation(Hal hal, SensorFrame sensed, ActuatorFrame cmd, EventLog events) {
        this.hal = hal;
        this.sensed = sensed;
        this.cmd = cmd;
        this.events = events;
        this.drainSent = new boolean[cmd.gpuDrain.length];
    }

    private void check(DeviceStatus status, int device, int index) {
        if (status == DeviceStatus.OK) {
            return;
        }
        failures++;
        if (nowNs - lastEventNs >= EVENT_INTERVAL_NS) {
            lastEventNs = nowNs;
            events.publish(nowNs, EventId.ACTUATION_FAILED, device, index, status.ordinal());
        }
    }

    /** @return commands the devices refused since start */
    public long failures() {
        return failures;
    }

    @Override
    public void run(long now) {
        nowNs = now;
        for (int i = 0; i < cmd.channelOn.length; i++) {
            if (cmd.channelOn[i] != sensed.channelOn[i]) {
                check(hal.power().setChannel(i, cmd.channelOn[i]), PDU, i);
            }
        }
        for (int i = 0; i < cmd.gpuPowerOn.length; i++) {
            if (cmd.gpuPowerOn[i] != sensed.gpuPowered[i]) {
                check(hal.gpus().setPowered(i, cmd.gpuPowerOn[i]), GPU_POWER, i);
            }
            if (cmd.gpuPowerOn[i] && Math.abs(cmd.gpuCapW[i] - hal.gpus().powerCapW(i)) > CAP_DEADBAND_W) {
                check(hal.gpus().setPowerCapW(i, cmd.gpuCapW[i]), GPU_CAP, i);
            }
            boolean drain = cmd.gpuPowerOn[i] && cmd.gpuDrain[i];
            if (drain != drainSent[i]) {
                drainSent[i] = drain;
                if (cmd.gpuPowerOn[i]) {
                    check(hal.gpus().setDrain(i, drain), GPU_DRAIN, i);
                }
            }
        }
        for (int i = 0; i < cmd.heaterOn.length; i++) {
            if (cmd.heaterOn[i] != sensed.heaterOn[i]) {
                check(hal.heaters().set(i, cmd.heaterOn[i]), HEATER, i);
            }
        }
        if (cmd.pumpOn != sensed.pumpOn) {
            check(hal.coolant().setPump(cmd.pumpOn), PUMP, 0);
        }
        if (cmd.chargeLimitA != hal.battery().chargeCurrentLimitA()) {
            check(hal.battery().setChargeCurrentLimitA(cmd.chargeLimitA), BATTERY, 0);
        }
        if (cmd.endOfChargeV > 0 && cmd.endOfChargeV != hal.battery().endOfChargeVoltageV()) {
            check(hal.battery().setEndOfChargeVoltageV(cmd.endOfChargeV), BATTERY, 0);
        }
        if (cmd.pointingMode != sensed.pointingMode) {
            check(hal.attitude().setMode(cmd.pointingMode), ATTITUDE, 0);
        }
        for (int i = 0; i < cmd.driveAngleRad.length; i++) {
            if (Math.abs(cmd.driveAngleRad[i] - hal.arrayDrives().commandedAngleRad(i)) > ANGLE_DEADBAND_RAD) {
                check(hal.arrayDrives().command(i, cmd.driveAngleRad[i]), DRIVE, i);
            }
        }
        for (int i = 0; i < cmd.terminalPowerOn.length; i++) {
            boolean poweredNow = sensed.terminalState[i] != TerminalState.OFF;
            if (cmd.terminalPowerOn[i] != poweredNow) {
                check(hal.terminals().setPowered(i, cmd.terminalPowerOn[i]), TERMINAL, i);
            } else if (poweredNow && cmd.terminalPartner[i] != ActuatorFrame.KEEP_PARTNER
                    && (cmd.terminalReacquire[i] || cmd.terminalPartner[i] != sensed.terminalPartner[i])) {
                check(hal.terminals().acquire(i, cmd.terminalPartner[i]), TERMINAL, i);
            }
            cmd.terminalReacquire[i] = false;
        }
    }
}

package space.ocsat.fsw.frame;

import space.ocsat.hal.Hal;
import space.ocsat.fsw.exec.CycleTask;

/**
 * ACT: writes the {@link ActuatorFrame} to the HAL, each output only where it differs from what the
 * devices report, so a slow binding (nvidia-smi, a bridge) sees one call per real change and a device
 * that drifted from its command is corrected on the next cycle.
 */
public final class Actuation implements CycleTask {
    /** Cap differences below this are not re-commanded, W. */
    private static final double CAP_DEADBAND_W = 0.5;
    /** Drive target differences below this are not re-commanded, rad. */
    private static final double ANGLE_DEADBAND_RAD = 1e-4;

    private final Hal hal;
    private final SensorFrame sensed;
    private final ActuatorFrame cmd;

    public Actuation(Hal hal, SensorFrame sensed, ActuatorFrame cmd) {
        this.hal = hal;
        this.sensed = sensed;
        this.cmd = cmd;
    }

    @Override
    public void run(long nowNs) {
        for (int i = 0; i < cmd.channelOn.length; i++) {
            if (cmd.channelOn[i] != sensed.channelOn[i]) {
                hal.power().setChannel(i, cmd.channelOn[i]);
            }
        }
        for (int i = 0; i < cmd.gpuPowerOn.length; i++) {
            if (cmd.gpuPowerOn[i] != sensed.gpuPowered[i]) {
                hal.gpus().setPowered(i, cmd.gpuPowerOn[i]);
            }
            if (cmd.gpuPowerOn[i] && Math.abs(cmd.gpuCapW[i] - hal.gpus().powerCapW(i)) > CAP_DEADBAND_W) {
                hal.gpus().setPowerCapW(i, cmd.gpuCapW[i]);
            }
        }
        for (int i = 0; i < cmd.heaterOn.length; i++) {
            if (cmd.heaterOn[i] != sensed.heaterOn[i]) {
                hal.heaters().set(i, cmd.heaterOn[i]);
            }
        }
        if (cmd.pumpOn != sensed.pumpOn) {
            hal.coolant().setPump(cmd.pumpOn);
        }
        if (cmd.chargeLimitA != hal.battery().chargeCurrentLimitA()) {
            hal.battery().setChargeCurrentLimitA(cmd.chargeLimitA);
        }
        if (cmd.pointingMode != sensed.pointingMode) {
            hal.attitude().setMode(cmd.pointingMode);
        }
        for (int i = 0; i < cmd.driveAngleRad.length; i++) {
            if (Math.abs(cmd.driveAngleRad[i] - hal.arrayDrives().commandedAngleRad(i)) > ANGLE_DEADBAND_RAD) {
                hal.arrayDrives().command(i, cmd.driveAngleRad[i]);
            }
        }
        for (int i = 0; i < cmd.terminalPowerOn.length; i++) {
            boolean poweredNow = sensed.terminalState[i] != space.ocsat.hal.optical.TerminalState.OFF;
            if (cmd.terminalPowerOn[i] != poweredNow) {
                hal.terminals().setPowered(i, cmd.terminalPowerOn[i]);
            }
        }
    }
}

package space.ocsat.fsw.optical;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.power.LinkShedder;

/**
 * Terminal power by mode and energy: every terminal on outside SAFE unless energy sheds the links; in SAFE or with
 * the links shed only the space-to-ground terminal (the last index) stays on, so the ground link is kept. Link management proper (PAT, handoff) builds on
 * this. Runs at 1 Hz.
 */
public final class TerminalPower implements CycleTask {
    private final ActuatorFrame cmd;
    private final ModeManager modes;
    private final LinkShedder energy;

    public TerminalPower(ActuatorFrame cmd, ModeManager modes, LinkShedder energy) {
        this.cmd = cmd;
        this.modes = modes;
        this.energy = energy;
    }

    @Override
    public void run(long nowNs) {
        boolean safe = modes.mode() == Mode.SAFE || energy.linksShed();
        int ground = cmd.terminalPowerOn.length - 1;
        for (int i = 0; i < cmd.terminalPowerOn.length; i++) {
            cmd.terminalPowerOn[i] = !safe || i == ground;
        }
    }
}

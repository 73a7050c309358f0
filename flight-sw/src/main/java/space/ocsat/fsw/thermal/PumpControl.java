package space.ocsat.fsw.thermal;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The coolant pump: it runs while any GPU is powered (their heat must reach the radiators) or the voted coolant
 * outlet is warm; with compute off and the loop cold it stops, which all but disconnects the radiators (the still
 * fluid conducts a few percent of the flowing loop) and keeps the loop's heat in, instead of paying the coolant
 * heater to replace it. A stopped pump restarts at once for compute or heat; otherwise each state is held at least
 * the minimum time against wear. Without a valid coolant reading the pump runs. Runs at 1 Hz.
 */
public final class PumpControl implements CycleTask {
    private static final double NS_PER_S = 1e9;

    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final ThermalEstimate estimate;
    private final EventLog events;
    private final double onAboveK;
    private final double offBelowK;
    private final long minHoldNs;
    private long changedNs = Long.MIN_VALUE / 2;
    private long cycleUntilNs;

    /** FDIR's unit reset: the pump is commanded off until {@code untilNs}, then the law starts it again. */
    public void powerCycle(long nowNs, long untilNs) {
        cycleUntilNs = untilNs;
        if (cmd.pumpOn) {
            switchPump(false, nowNs, estimate.coolantOutletK());
        }
    }

    public PumpControl(SensorFrame frame, ActuatorFrame cmd, ThermalEstimate estimate, EventLog events,
                       FswConfig config) {
        this.f = frame;
        this.cmd = cmd;
        this.estimate = estimate;
        this.events = events;
        this.onAboveK = config.pumpOnAboveK;
        this.offBelowK = config.pumpOffBelowK;
        this.minHoldNs = (long) (config.pumpMinHoldS * NS_PER_S);
    }

    @Override
    public void run(long nowNs) {
        if (nowNs < cycleUntilNs) {
            return;
        }
        boolean computing = false;
        for (boolean on : cmd.gpuPowerOn) {
            computing |= on;
        }
        boolean valid = estimate.coolantValid();
        double outletK = estimate.coolantOutletK();
        boolean on = cmd.pumpOn;
        if (!on && (computing || !valid || outletK > onAboveK)) {
            switchPump(true, nowNs, outletK);
        } else if (on && !computing && valid && outletK < offBelowK && nowNs - changedNs >= minHoldNs) {
            switchPump(false, nowNs, outletK);
        }
    }

    private void switchPump(boolean on, long nowNs, double outletK) {
        cmd.pumpOn = on;
        changedNs = nowNs;
        events.publish(nowNs, EventId.PUMP_SWITCHED, 0, on ? 1 : 0, outletK);
    }
}

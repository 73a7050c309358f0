package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Battery charge control: the charge regulator's current limit, set to zero outside the battery's
 * charging temperature window (with hysteresis), an event on each change. The regulator tapers at its
 * end-of-charge voltage by itself. Runs at 1 Hz.
 */
public final class ChargeControl implements CycleTask {
    private final SensorFrame frame;
    private final ActuatorFrame cmd;
    private final EventLog events;
    private double limitA;
    private final double minK;
    private final double maxK;
    private final double hysteresisK;
    private boolean inhibited;

    public ChargeControl(SensorFrame frame, ActuatorFrame cmd, EventLog events, FswConfig config) {
        this.frame = frame;
        this.cmd = cmd;
        this.events = events;
        this.limitA = config.chargeLimitA;
        this.minK = config.chargeTempMinK;
        this.maxK = config.chargeTempMaxK;
        this.hysteresisK = config.chargeTempHysteresisK;
        cmd.chargeLimitA = limitA;
    }

    @Override
    public void run(long nowNs) {
        if (frame.batteryOk) {
            double t = frame.batteryTempK;
            boolean outside = inhibited
                    ? t < minK + hysteresisK || t > maxK - hysteresisK
                    : t < minK || t > maxK;
            if (outside != inhibited) {
                inhibited = outside;
                events.publish(nowNs, EventId.CHARGE_INHIBIT, 0, inhibited ? 1 : 0, t);
            }
        }
        cmd.chargeLimitA = inhibited ? 0 : limitA;
    }

    /** @return true while charging is inhibited by temperature */
    public boolean inhibited() {
        return inhibited;
    }

    /** Changes the charge current limit (parameter table), A. */
    public void setChargeLimitA(double a) {
        limitA = a;
    }
}

package space.ocsat.fsw.thermal;

import space.ocsat.hal.thermal.HeaterId;
import space.ocsat.hal.thermal.ThermalSensorId;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Survival heaters: a thermostat with hysteresis per heater (on below its low threshold, off above its
 * high one), each fed by the sensor of the unit it warms. A heater whose sensor is invalid keeps its
 * state. Each switch is an event. Runs at 1 Hz.
 */
public final class HeaterControl implements CycleTask {
    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final EventLog events;
    private final double[] onBelowK;
    private final double[] offAboveK;

    public HeaterControl(SensorFrame frame, ActuatorFrame cmd, EventLog events, FswConfig config) {
        if (config.heaterOnBelowK.length != cmd.heaterOn.length) {
            throw new IllegalArgumentException("thermostats configured for " + config.heaterOnBelowK.length
                    + " heaters, the HAL has " + cmd.heaterOn.length);
        }
        this.f = frame;
        this.cmd = cmd;
        this.events = events;
        this.onBelowK = config.heaterOnBelowK.clone();
        this.offAboveK = config.heaterOffAboveK.clone();
    }

    @Override
    public void run(long nowNs) {
        control(HeaterId.BATTERY.index(), f.batteryOk, f.batteryTempK, nowNs);
        control(HeaterId.COOLANT.index(), f.coolantInletOk, f.coolantInletTempK, nowNs);
        int avionics = ThermalSensorId.AVIONICS.index();
        control(HeaterId.AVIONICS.index(), f.unitTempOk[avionics], f.unitTempK[avionics], nowNs);
    }

    private void control(int heater, boolean valid, double tempK, long nowNs) {
        if (!valid) {
            return;
        }
        boolean on = cmd.heaterOn[heater];
        if (!on && tempK < onBelowK[heater]) {
            on = true;
        } else if (on && tempK > offAboveK[heater]) {
            on = false;
        }
        if (on != cmd.heaterOn[heater]) {
            cmd.heaterOn[heater] = on;
            events.publish(nowNs, EventId.HEATER_SWITCHED, heater, on ? 1 : 0, tempK);
        }
    }
}

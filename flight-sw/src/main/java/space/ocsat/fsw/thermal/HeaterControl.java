package space.ocsat.fsw.thermal;

import space.ocsat.hal.power.LoadChannel;
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
 * state. Each switch is an event. A heater FDIR isolated (stuck on) is commanded off; while one is isolated the
 * heaters' supply is closed only when a heater needs it — another one, or the stuck one's own thermostat, the supply
 * being the one switch left for a heater whose own has failed closed. Runs at 1 Hz.
 */
public final class HeaterControl implements CycleTask {
    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final EventLog events;
    private final double[] onBelowK;
    private final double[] offAboveK;
    /** Per heater: 0 automatic (thermostat), 1 forced on, 2 forced off. */
    private final int[] override;
    public static final int AUTO = 0;
    public static final int FORCED_ON = 1;
    public static final int FORCED_OFF = 2;

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
        this.override = new int[cmd.heaterOn.length];
        this.isolated = new boolean[cmd.heaterOn.length];
        this.stuckWanted = new boolean[cmd.heaterOn.length];
    }

    private final boolean[] isolated;
    /** Per isolated heater: its thermostat wants heat (the supply is then closed for it). */
    private final boolean[] stuckWanted;
    private boolean anyIsolated;

    /** FDIR: the heater is stuck on; command it off, leave it out of control and manage the supply around it. */
    public void isolate(int heater) {
        isolated[heater] = true;
        anyIsolated = true;
        cmd.heaterOn[heater] = false;
    }

    /** @return true if FDIR isolated this heater */
    public boolean isolated(int heater) {
        return isolated[heater];
    }

    /**
     * Ground override of one heater (command path).
     *
     * @param mode {@link #AUTO}, {@link #FORCED_ON} or {@link #FORCED_OFF}
     * @return false for a bad heater index or mode
     */
    public boolean override(int heater, int mode) {
        if (heater < 0 || heater >= override.length || mode < AUTO || mode > FORCED_OFF) {
            return false;
        }
        override[heater] = mode;
        return true;
    }

    @Override
    public void run(long nowNs) {
        control(HeaterId.BATTERY.index(), f.batteryOk, f.batteryTempK, nowNs);
        control(HeaterId.COOLANT.index(), f.coolantInletOk, f.coolantInletTempK, nowNs);
        int avionics = ThermalSensorId.AVIONICS.index();
        control(HeaterId.AVIONICS.index(), f.unitTempOk[avionics], f.unitTempK[avionics], nowNs);
        if (anyIsolated) {
            boolean needed = false;
            for (int h = 0; h < isolated.length; h++) {
                needed |= isolated[h] ? stuckWanted[h] : cmd.heaterOn[h];
            }
            cmd.channelOn[LoadChannel.HEATERS.channel()] = needed;
        }
    }

    private void control(int heater, boolean valid, double tempK, long nowNs) {
        if (isolated[heater]) {
            // its own switch is welded shut: its thermostat now works the group's supply (see run)
            if (valid) {
                stuckWanted[heater] = stuckWanted[heater] ? tempK <= offAboveK[heater] : tempK < onBelowK[heater];
            }
            return;
        }
        boolean on = cmd.heaterOn[heater];
        if (override[heater] != AUTO) {
            on = override[heater] == FORCED_ON;
        } else if (!valid) {
            return;
        } else if (!on && tempK < onBelowK[heater]) {
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

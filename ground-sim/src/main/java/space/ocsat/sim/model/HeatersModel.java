package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.thermal.Heaters;

/** Heater switches and ratings; a heater heats only while its switch and the heater PDU channel are on. */
public final class HeatersModel implements Heaters {
    private final boolean[] on;
    private final double[] ratedW;
    private final double[] deliveredW;

    public HeatersModel(double[] ratedPowerW) {
        this.ratedW = ratedPowerW.clone();
        this.on = new boolean[ratedW.length];
        this.deliveredW = new double[ratedW.length];
    }

    /** Updates the heat each heater delivers. @param supplyOn heater channel state @return total, W */
    public double update(boolean supplyOn) {
        double total = 0;
        for (int i = 0; i < on.length; i++) {
            deliveredW[i] = on[i] && supplyOn ? ratedW[i] : 0;
            total += deliveredW[i];
        }
        return total;
    }

    /** @return heat per heater this step, W (indexed by HeaterId index) */
    public double[] deliveredW() { return deliveredW; }

    @Override
    public int count() { return on.length; }

    @Override
    public boolean isOn(int heater) { return on[heater]; }

    @Override
    public DeviceStatus set(int heater, boolean value) {
        if (heater < 0 || heater >= on.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        on[heater] = value;
        return DeviceStatus.OK;
    }

    @Override
    public double ratedPowerW(int heater) { return ratedW[heater]; }
}

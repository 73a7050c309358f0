package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.power.LoadChannel;
import space.ocsat.hal.power.PowerDistribution;

/**
 * Battery-on-bus power system: the array feeds the loads; a surplus charges the battery up to what the
 * charge regulator accepts and the shunt dumps the rest; a deficit discharges the battery. The PDU's
 * switched channels carry the loads. Energy flows are integrated at the physics step, so the run can
 * check energy closure against the battery's stored-energy state function.
 */
public final class PowerSystemModel implements PowerDistribution {
    private final boolean[] channelOn = new boolean[LoadChannel.COUNT];
    private final double[] channelLoadW = new double[LoadChannel.COUNT];
    private final double[] measuredChannelA = new double[LoadChannel.COUNT];
    private final SensorNoise currentNoise;
    private final SensorNoise voltageNoise;
    private double busV;
    private double loadW;
    private double shuntW;
    private double solarW;
    private double batteryW;
    private double measuredBusV;
    private double measuredLoadA;
    private double measuredShuntA;
    private double solarJ;
    private double loadJ;
    private double lossJ;
    private double shuntJ;
    private double batteryThroughputJ;
    private double unservedW;
    private double unservedJ;

    public PowerSystemModel(long seed) {
        java.util.Arrays.fill(channelOn, true);
        currentNoise = new SensorNoise(Rng.stream(seed, 71), 0.05, 0.01);
        voltageNoise = new SensorNoise(Rng.stream(seed, 72), 0.02, 0.01);
    }

    /** @return true if the channel's switch is closed */
    public boolean on(LoadChannel channel) {
        return channelOn[channel.channel()];
    }

    /** Sets the load behind a channel for this step, W (0 if the channel is open). */
    public void load(LoadChannel channel, double watts) {
        channelLoadW[channel.channel()] = channelOn[channel.channel()] ? watts : 0;
    }

    /**
     * Balances the bus for one step and integrates the energy flows.
     *
     * @param availableW power the array can deliver, W
     * @param battery    the battery
     * @param dtS        step, s
     */
    public void balance(double availableW, BatteryModel battery, double dtS) {
        double loads = 0;
        for (double w : channelLoadW) {
            loads += w;
        }
        loadW = loads;
        double net = availableW - loads;
        if (net >= 0) {
            batteryW = Math.min(net, battery.maxChargePowerW());
            shuntW = net - batteryW;
        } else {
            batteryW = net;
            shuntW = 0;
        }
        solarW = availableW - shuntW;
        double lossStepJ = battery.applyPower(batteryW, dtS);
        double deliveredW = battery.terminalPowerW();
        unservedW = Math.max(0, deliveredW - batteryW);
        batteryW = deliveredW;
        loadW = loads - unservedW;
        busV = battery.terminalVoltageTruthV();
        solarJ += solarW * dtS;
        loadJ += loadW * dtS;
        unservedJ += unservedW * dtS;
        lossJ += lossStepJ;
        shuntJ += shuntW * dtS;
        batteryThroughputJ += Math.abs(batteryW) * dtS;
    }

    /** Draws this step's sensor readings. */
    public void sample() {
        measuredBusV = voltageNoise.measure(busV);
        // before the first step the bus has no voltage yet: no current flows (not 0/0)
        double perVolt = busV > 0 ? 1 / busV : 0;
        double total = 0;
        for (int i = 0; i < channelLoadW.length; i++) {
            measuredChannelA[i] = Math.max(0, currentNoise.measure(channelLoadW[i] * perVolt));
            total += measuredChannelA[i];
        }
        measuredLoadA = total;
        measuredShuntA = Math.max(0, currentNoise.measure(shuntW * perVolt));
    }

    public double busVoltageTruthV() { return busV; }

    /** @return array power delivered to the bus (excluding what the shunt dumps), W */
    public double solarPowerW() { return solarW; }

    public double loadPowerW() { return loadW; }

    public double shuntPowerW() { return shuntW; }

    /** @return power into the battery terminals, W (negative discharging) */
    public double batteryPowerW() { return batteryW; }

    /** @return ∫ solar delivered dt, J */
    public double solarEnergyJ() { return solarJ; }

    /** @return ∫ load actually served dt, J */
    public double loadEnergyJ() { return loadJ; }

    /** @return ∫ battery I²R dt, J */
    public double lossEnergyJ() { return lossJ; }

    /** @return load the bus could not serve this step (battery empty or past its power limit), W */
    public double unservedPowerW() { return unservedW; }

    /** @return ∫ unserved load dt, J: a brown-out; zero in any healthy run */
    public double unservedEnergyJ() { return unservedJ; }

    /** @return ∫ shunt dt, J */
    public double shuntEnergyJ() { return shuntJ; }

    /** @return ∫ |battery terminal power| dt, J */
    public double batteryThroughputJ() { return batteryThroughputJ; }

    @Override
    public int channelCount() { return channelOn.length; }

    @Override
    public boolean isChannelOn(int channel) { return channelOn[channel]; }

    @Override
    public DeviceStatus setChannel(int channel, boolean value) {
        if (channel < 0 || channel >= channelOn.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        channelOn[channel] = value;
        return DeviceStatus.OK;
    }

    @Override
    public double channelCurrentA(int channel) { return measuredChannelA[channel]; }

    @Override
    public double busVoltageV() { return measuredBusV; }

    @Override
    public double loadCurrentA() { return measuredLoadA; }

    @Override
    public double shuntCurrentA() { return measuredShuntA; }
}

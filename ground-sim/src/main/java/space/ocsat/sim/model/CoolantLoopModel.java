package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.thermal.CoolantLoop;

/** The coolant loop as its sensors see it: pump, flow meter, inlet sensor and redundant outlet sensors. */
public final class CoolantLoopModel implements CoolantLoop {
    private final ThermalModel thermal;
    private final double nominalFlowKgPerS;
    private final double[] outletK;
    private final SensorNoise tempNoise;
    private final SensorNoise flowNoise;
    private boolean pumpOn = true;
    private boolean running = true;
    private double flow;
    private double inletK;

    public CoolantLoopModel(ThermalModel thermal, double nominalFlowKgPerS, int outletSensors, long seed) {
        this.thermal = thermal;
        this.nominalFlowKgPerS = nominalFlowKgPerS;
        this.outletK = new double[outletSensors];
        this.tempNoise = new SensorNoise(Rng.stream(seed, 41), 0.1, 0.05);
        this.flowNoise = new SensorNoise(Rng.stream(seed, 42), 0.005, 0.001);
    }

    /** @param supplyOn pump PDU channel state @return true if the pump turns */
    public boolean update(boolean supplyOn) {
        running = pumpOn && supplyOn;
        return running;
    }

    /** @return true while the pump turns */
    public boolean running() { return running; }

    /** Draws this step's sensor readings. */
    public void sample() {
        flow = Math.max(0, flowNoise.measure(running ? nominalFlowKgPerS * thermal.flowFraction() : 0));
        inletK = tempNoise.measure(thermal.inletTempK(running));
        double out = thermal.outletTempK(running);
        for (int i = 0; i < outletK.length; i++) {
            outletK[i] = tempNoise.measure(out);
        }
    }

    @Override
    public boolean isPumpOn() { return pumpOn; }

    @Override
    public DeviceStatus setPump(boolean on) {
        pumpOn = on;
        return DeviceStatus.OK;
    }

    @Override
    public double flowKgPerS() { return flow; }

    @Override
    public double inletTempK() { return inletK; }

    @Override
    public DeviceStatus inletStatus() { return DeviceStatus.OK; }

    @Override
    public int outletSensorCount() { return outletK.length; }

    @Override
    public double outletTempK(int sensor) { return outletK[sensor]; }

    @Override
    public DeviceStatus outletStatus(int sensor) {
        return sensor >= 0 && sensor < outletK.length ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }
}

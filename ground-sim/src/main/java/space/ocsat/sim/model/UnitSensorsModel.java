package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.thermal.ThermalSensorId;
import space.ocsat.hal.thermal.ThermalSensors;

/** Unit thermistors (battery, avionics, terminals; {@link ThermalSensorId} order). */
public final class UnitSensorsModel implements ThermalSensors {
    private final ThermalModel thermal;
    private final double[] measuredK = new double[ThermalSensorId.COUNT];
    private final SensorNoise noise;

    public UnitSensorsModel(ThermalModel thermal, long seed) {
        this.thermal = thermal;
        this.noise = new SensorNoise(Rng.stream(seed, 61), 0.1, 0.05);
    }

    /** Draws this step's sensor readings. */
    public void sample() {
        measuredK[ThermalSensorId.BATTERY.index()] = noise.measure(thermal.batteryTempK());
        measuredK[ThermalSensorId.AVIONICS.index()] = noise.measure(thermal.avionicsTempK());
        measuredK[ThermalSensorId.TERMINALS.index()] = noise.measure(thermal.terminalsTempK());
    }

    @Override
    public int count() { return measuredK.length; }

    @Override
    public double tempK(int sensor) { return measuredK[sensor]; }

    @Override
    public DeviceStatus status(int sensor) {
        return sensor >= 0 && sensor < measuredK.length ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }
}

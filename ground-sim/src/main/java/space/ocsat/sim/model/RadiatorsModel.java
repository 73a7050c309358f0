package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.thermal.Radiators;

/** Radiator zones as their redundant sensors see them. */
public final class RadiatorsModel implements Radiators {
    private final ThermalModel thermal;
    private final int sensorsPerZone;
    private final double[] measuredK;
    private final double areaM2;
    private final SensorNoise noise;

    public RadiatorsModel(ThermalModel thermal, int sensorsPerZone, double zoneFaceM2, long seed) {
        this.thermal = thermal;
        this.sensorsPerZone = sensorsPerZone;
        this.measuredK = new double[thermal.radiatorZones() * sensorsPerZone];
        this.areaM2 = 2 * zoneFaceM2;
        this.noise = new SensorNoise(Rng.stream(seed, 51), 0.2, 0.1);
    }

    /** Draws this step's sensor readings. */
    public void sample() {
        for (int z = 0; z < thermal.radiatorZones(); z++) {
            for (int s = 0; s < sensorsPerZone; s++) {
                measuredK[z * sensorsPerZone + s] = noise.measure(thermal.radiatorTempK(z));
            }
        }
    }

    @Override
    public int zoneCount() { return thermal.radiatorZones(); }

    @Override
    public int sensorsPerZone() { return sensorsPerZone; }

    @Override
    public double tempK(int zone, int sensor) { return measuredK[zone * sensorsPerZone + sensor]; }

    @Override
    public DeviceStatus status(int zone, int sensor) {
        return zone >= 0 && zone < zoneCount() && sensor >= 0 && sensor < sensorsPerZone
                ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }

    @Override
    public double areaM2(int zone) { return areaM2; }
}

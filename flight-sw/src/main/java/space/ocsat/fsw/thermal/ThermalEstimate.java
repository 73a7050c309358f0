package space.ocsat.fsw.thermal;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;

/**
 * Voted temperatures the thermal laws use: coolant outlet as the median of its valid redundant sensors,
 * each radiator zone as the mean of its valid pair (the hotter of the two while FDIR finds the pair disagreeing) and
 * the hottest zone kept, the hottest GPU die. Sensors FDIR isolated are left out. An invalid group keeps its last
 * good value and is flagged.
 */
public final class ThermalEstimate implements CycleTask {
    private final SensorFrame f;
    private final double[] scratch;
    private double coolantOutletK;
    private boolean coolantValid;
    private double radiatorMaxK;
    private final double[] zoneK;
    private final boolean[] zoneValid;
    private boolean radiatorValid;
    private double gpuDieMaxK;

    public ThermalEstimate(SensorFrame frame) {
        this.f = frame;
        this.scratch = new double[frame.coolantOutletTempK.length];
        this.zoneK = new double[frame.radiatorZones];
        this.zoneValid = new boolean[frame.radiatorZones];
        this.outletIsolated = new boolean[frame.coolantOutletTempK.length];
        this.radiatorIsolated = new boolean[frame.radiatorTempK.length];
        this.zoneConservative = new boolean[frame.radiatorZones];
    }

    private final boolean[] radiatorIsolated;
    private boolean coolantConservative;

    /** FDIR: the coolant outlet reads the hottest valid sensor (true) instead of the median (false). */
    public void setCoolantConservative(boolean hottest) {
        coolantConservative = hottest;
    }
    private final boolean[] zoneConservative;

    /** FDIR: leaves a radiator sensor (index in zone-major order) out of its zone's estimate, or takes it back. */
    public void setRadiatorIsolated(int sensor, boolean isolated) {
        radiatorIsolated[sensor] = isolated;
    }

    /** @return true if FDIR has left this radiator sensor out */
    public boolean radiatorIsolated(int sensor) {
        return radiatorIsolated[sensor];
    }

    /** FDIR: the zone takes the hotter of its valid sensors (true) instead of their mean (false). */
    public void setZoneConservative(int zone, boolean hotter) {
        zoneConservative[zone] = hotter;
    }

    private final boolean[] outletIsolated;

    /** FDIR: leaves a coolant outlet sensor out of the vote (true) or takes it back (false). */
    public void setOutletIsolated(int sensor, boolean isolated) {
        outletIsolated[sensor] = isolated;
    }

    /** @return true if FDIR has left this coolant outlet sensor out of the vote */
    public boolean outletIsolated(int sensor) {
        return outletIsolated[sensor];
    }

    @Override
    public void run(long nowNs) {
        int n = 0;
        for (int i = 0; i < f.coolantOutletTempK.length; i++) {
            if (f.coolantOutletOk[i] && !outletIsolated[i]) {
                scratch[n++] = f.coolantOutletTempK[i];
            }
        }
        coolantValid = n > 0;
        if (coolantValid) {
            coolantOutletK = coolantConservative ? max(scratch, n) : median(scratch, n);
        }
        double hottest = Double.NEGATIVE_INFINITY;
        for (int z = 0; z < f.radiatorZones; z++) {
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            int valid = 0;
            for (int s = 0; s < f.radiatorSensorsPerZone; s++) {
                int i = z * f.radiatorSensorsPerZone + s;
                if (f.radiatorOk[i] && !radiatorIsolated[i]) {
                    sum += f.radiatorTempK[i];
                    max = Math.max(max, f.radiatorTempK[i]);
                    valid++;
                }
            }
            zoneValid[z] = valid > 0;
            if (valid > 0) {
                zoneK[z] = zoneConservative[z] ? max : sum / valid;
                hottest = Math.max(hottest, zoneK[z]);
            }
        }
        radiatorValid = hottest > Double.NEGATIVE_INFINITY;
        if (radiatorValid) {
            radiatorMaxK = hottest;
        }
        double die = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < f.gpuCount(); g++) {
            if (f.gpuPowered[g] && f.gpuOk[g]) {
                die = Math.max(die, f.gpuTempK[g]);
            }
        }
        gpuDieMaxK = die;
    }

    private static double max(double[] v, int n) {
        double m = v[0];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, v[i]);
        }
        return m;
    }

    /** Median of the first n values (insertion sort in place; n is 1–3 on the reference). */
    public static double median(double[] v, int n) {
        for (int i = 1; i < n; i++) {
            double x = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > x) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        return (n & 1) == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /** @return voted coolant outlet temperature, K */
    public double coolantOutletK() { return coolantOutletK; }

    /** @return true if at least one outlet sensor was valid this cycle */
    public boolean coolantValid() { return coolantValid; }

    /** @return a radiator zone's temperature (mean of its valid sensors; its last good value if none), K */
    public double zoneK(int zone) { return zoneK[zone]; }

    /** @return true if the zone had a valid sensor this cycle */
    public boolean zoneValid(int zone) { return zoneValid[zone]; }

    /** @return number of radiator zones */
    public int zones() { return zoneK.length; }

    /** @return hottest radiator zone (mean of its valid sensors), K */
    public double radiatorMaxK() { return radiatorMaxK; }

    /** @return true if at least one radiator sensor was valid */
    public boolean radiatorValid() { return radiatorValid; }

    /** @return hottest powered GPU die, K; −∞ if none is powered */
    public double gpuDieMaxK() { return gpuDieMaxK; }
}

package space.ocsat.sim.scenario;

import java.util.Arrays;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.sim.Simulation;

/** What the report plots, sampled once per simulated second from the flight software's view (its telemetry). */
final class ScenarioSeries {
    static final String[] NAMES = {"soc", "solarW", "loadW", "gpuW", "capMeanW", "gpuTempMaxK", "coolantK",
            "radiatorMaxK", "mode"};
    private double[] t = new double[1024];
    private final double[][] v = new double[NAMES.length][1024];
    private int n;

    void sample(Simulation sim, double nowS) {
        if (n == t.length) {
            t = Arrays.copyOf(t, 2 * n);
            for (int i = 0; i < v.length; i++) {
                v[i] = Arrays.copyOf(v[i], 2 * n);
            }
        }
        FlightSoftware f = sim.flightSoftware();
        SensorFrame s = f.sensed();
        double gpuW = 0;
        double capSum = 0;
        int on = 0;
        double tempMax = Double.NaN;
        for (int g = 0; g < s.gpuCount(); g++) {
            if (s.gpuPowered[g]) {
                gpuW += s.gpuPowerW[g];
                capSum += f.commanded().gpuCapW[g];
                on++;
                tempMax = Double.isNaN(tempMax) ? s.gpuTempK[g] : Math.max(tempMax, s.gpuTempK[g]);
            }
        }
        t[n] = nowS;
        v[0][n] = f.socEstimate();
        v[1][n] = s.solarPowerW;
        v[2][n] = s.busVoltageV * s.loadCurrentA;
        v[3][n] = gpuW;
        v[4][n] = on == 0 ? 0 : capSum / on;
        v[5][n] = tempMax;
        v[6][n] = f.thermalEstimate().coolantOutletK();
        v[7][n] = f.thermalEstimate().radiatorMaxK();
        v[8][n] = f.mode().ordinal();
        n++;
    }

    int size() {
        return n;
    }

    /** @return times, s, every {@code stride}-th sample */
    double[] times(int stride) {
        return every(t, stride);
    }

    /** @return the named series, every {@code stride}-th sample */
    double[] series(String name, int stride) {
        return every(v[Arrays.asList(NAMES).indexOf(name)], stride);
    }

    private double[] every(double[] a, int stride) {
        double[] out = new double[(n + stride - 1) / stride];
        for (int i = 0, k = 0; i < n; i += stride, k++) {
            out[k] = a[i];
        }
        return out;
    }
}

package space.ocsat.fsw.thermal;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.orbit.EclipseForecast;
import space.ocsat.hal.thermal.HeaterId;

/**
 * How much heat the radiators reject now and can reject at the coolant limit, now and over the next minutes. Each
 * second, from the loop's energy balance:
 * <ul>
 *   <li>heat into the loop: the GPUs' draw, the pump's work, the coolant heater;</li>
 *   <li>heat stored: the coolant (mean of inlet and outlet), the radiator zones and the GPUs' cold plates, each its
 *   heat capacity times its temperature's rate of change (filtered over a minute);</li>
 *   <li>what the radiators emit: εσ·2A·T⁴ per zone, both faces, at the zones' sensed temperatures;</li>
 *   <li>what the environment puts back (Sun on the edge-on panels, albedo, Earth IR): emitted minus (heat in minus
 *   heat stored).</li>
 * </ul>
 * At the limit the zones run as much warmer as the coolant's headroom, so the steady capacity is
 * εσ·2A·Σ(T + headroom)⁴ less the environment's load, less the pump: the compute the loop carries indefinitely at
 * the limit. Over the time left until the next umbra entry (in sunlight; the look-ahead otherwise) the loop can also
 * take the heat its headroom stores (the summed heat capacities × headroom), which the umbra then rejects: that
 * share is added, so a cold loop is filled to its limit by the end of the sunlit arc, not held back at the start.
 * The environment's load is remembered for sunlight: with an umbra exit predicted within the look-ahead, the
 * forecast uses the sunlit load (the lower capacity comes with the Sun). The GPU governor holds the GPUs to the
 * capacity, and {@link ThermalCap}'s band below the limit keeps them there; the forecast is telemetry. 1 Hz.
 */
public final class RadiatorRejection implements CycleTask {
    private static final double SIGMA = 5.670374419e-8;
    private static final double NS_PER_S = 1e9;
    /** Weight of each 1 Hz sample in the filters (τ ≈ 60 s). */
    private static final double GAIN = 1.0 / 60;
    /** The capacity bounds compute only this close to the coolant limit, K. */
    static final double BINDING_HEADROOM_K = 4;

    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final ThermalEstimate estimate;
    private final EclipseForecast eclipse;
    private final double emitWPerK4;
    private final double coolantJPerK;
    private final double zoneJPerK;
    private final double platesJPerK;
    private double lastZonesK;
    private double lastDiesK;
    private final double pumpHeatW;
    private final double coolantHeaterW;
    private final long lookAheadNs;
    private double coolantMaxK;
    private boolean valid;
    private boolean primed;
    private long lastNs;
    private double lastCoolantK;
    private double storedW;
    private double rejectedW;
    private double environmentW = Double.NaN;
    private double sunlitEnvironmentW = Double.NaN;
    private double capacityW;
    private double forecastW;
    private double headroomK = Double.POSITIVE_INFINITY;

    public RadiatorRejection(SensorFrame frame, ActuatorFrame cmd, ThermalEstimate estimate, EclipseForecast eclipse,
                             FswConfig config) {
        this.f = frame;
        this.cmd = cmd;
        this.estimate = estimate;
        this.eclipse = eclipse;
        this.emitWPerK4 = config.radiatorEmittance * SIGMA * 2 * config.radiatorZoneFaceM2;
        this.coolantJPerK = config.coolantHeatCapacityJPerK;
        this.zoneJPerK = config.radiatorZoneHeatCapacityJPerK;
        this.platesJPerK = config.gpuPlateHeatCapacityJPerK * frame.gpuCount();
        this.pumpHeatW = config.pumpHeatW;
        this.coolantHeaterW = config.coolantHeaterW;
        this.lookAheadNs = (long) (config.thermalLookAheadS * NS_PER_S);
        this.coolantMaxK = config.coolantOutletMaxK;
    }

    @Override
    public void run(long nowNs) {
        valid = estimate.coolantValid() && estimate.radiatorValid();
        if (!valid) {
            primed = false;
            return;
        }
        double coolantK = estimate.coolantOutletK();
        double meanK = f.coolantInletOk ? 0.5 * (coolantK + f.coolantInletTempK) : coolantK;
        double zonesK = 0;
        for (int z = 0; z < estimate.zones(); z++) {
            zonesK += estimate.zoneK(z);
        }
        double diesK = meanDieK();
        if (primed) {
            double dtS = (nowNs - lastNs) / NS_PER_S;
            double storingW = (coolantJPerK * (meanK - lastCoolantK) + zoneJPerK * (zonesK - lastZonesK)
                    + platesJPerK * (diesK - lastDiesK)) / dtS;
            storedW += GAIN * (storingW - storedW);
        }
        primed = true;
        lastNs = nowNs;
        lastCoolantK = meanK;
        lastZonesK = zonesK;
        lastDiesK = diesK;
        rejectedW = heatInW() - storedW;
        double emittedW = 0;
        double atLimitW = 0;
        headroomK = coolantMaxK - coolantK;
        for (int z = 0; z < estimate.zones(); z++) {
            double t = estimate.zoneK(z);
            double tl = t + headroomK;
            emittedW += emitWPerK4 * t * t * t * t;
            atLimitW += emitWPerK4 * tl * tl * tl * tl;
        }
        double sample = Math.max(0, emittedW - rejectedW);
        environmentW = Double.isNaN(environmentW) ? sample : environmentW + GAIN * (sample - environmentW);
        boolean sunlit = !(eclipse.valid() && eclipse.inUmbra());
        if (sunlit) {
            sunlitEnvironmentW = environmentW;
        }
        double storableW = (coolantJPerK + zoneJPerK * estimate.zones() + platesJPerK) * Math.max(0, headroomK)
                / horizonS(sunlit, nowNs);
        capacityW = Math.max(0, atLimitW - environmentW - pumpHeatW) + storableW;
        double comingW = environmentW;
        if (!sunlit && !Double.isNaN(sunlitEnvironmentW) && eclipse.nextExitNs() - nowNs < lookAheadNs) {
            comingW = Math.max(environmentW, sunlitEnvironmentW);
        }
        forecastW = Math.max(0, atLimitW - comingW - pumpHeatW) + storableW;
    }

    /** Time the stored heat is spread over: to the next umbra entry in sunlight (1 min to 1 h), else the look-ahead. */
    private double horizonS(boolean sunlit, long nowNs) {
        if (sunlit && eclipse.valid() && eclipse.nextEntryNs() != Long.MAX_VALUE) {
            return Math.max(60, Math.min(3600, (eclipse.nextEntryNs() - nowNs) / NS_PER_S));
        }
        return lookAheadNs / NS_PER_S;
    }

    /** Mean die temperature of the powered GPUs (the cold plates follow them), or the coolant's with none. */
    private double meanDieK() {
        double sum = 0;
        int n = 0;
        for (int g = 0; g < f.gpuTempK.length; g++) {
            if (f.gpuPowered[g] && f.gpuOk[g]) {
                sum += f.gpuTempK[g];
                n++;
            }
        }
        return n == 0 ? lastDiesK : sum / n;
    }

    private double heatInW() {
        double w = f.gpuPowerTotalW();
        w += f.pumpOn ? pumpHeatW : 0;
        w += cmd.heaterOn[HeaterId.COOLANT.index()] ? coolantHeaterW : 0;
        return w;
    }

    /** Retunes the coolant limit (parameter table), K. */
    public void setCoolantMaxK(double k) {
        coolantMaxK = k;
    }

    /** @return true once the estimate has valid coolant and radiator readings */
    public boolean valid() { return valid && !Double.isNaN(environmentW); }

    /**
     * @return true when the capacity should bound compute: a valid estimate with the coolant within
     *     {@link #BINDING_HEADROOM_K} of its limit (further down the loop's own storage dominates and the estimate's
     *     lag through power steps would only hold compute back)
     */
    public boolean binding() { return valid() && headroomK < BINDING_HEADROOM_K; }

    /** @return heat the radiators reject now, W */
    public double rejectedW() { return rejectedW; }

    /** @return environmental heat the radiators absorb now, W */
    public double environmentW() { return Double.isNaN(environmentW) ? 0 : environmentW; }

    /** @return compute the loop carries in steady state at the coolant limit, now, W */
    public double capacityW() { return capacityW; }

    /** @return the same over the look-ahead (the sunlit capacity when the umbra ends within it), W */
    public double forecastW() { return forecastW; }
}

package space.ocsat.fsw.protect;

import space.ocsat.fdir.Fdir;
import space.ocsat.fdir.monitor.DisagreementDetector;
import space.ocsat.fdir.monitor.ExpectedStateDetector;
import space.ocsat.fdir.monitor.LimitDetector;
import space.ocsat.fdir.monitor.LossDetector;
import space.ocsat.fdir.monitor.RateDetector;
import space.ocsat.fdir.monitor.ShortfallDetector;
import space.ocsat.fdir.monitor.StuckDetector;
import space.ocsat.fdir.pool.ParameterPool;
import space.ocsat.fdir.response.Response;
import space.ocsat.fsw.adcs.ArrayPointing;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.links.LinkManager;
import space.ocsat.fsw.thermal.ThermalEstimate;

/**
 * The monitors of individual units and where their parameters sit in the pool: every temperature sensor (stuck,
 * lost), each radiator zone's pair (cross-check), the pump (commanded on, no flow), each heater (commanded off, on)
 * each GPU (ECC storm, over-current), each solar string (open: under a fifth of its siblings' median) and each
 * array drive (off its command), and each optical terminal (losses of lock, pointing error, failed acquisitions).
 * Per-unit parameters follow the named ones ({@link ParameterId}) in the
 * pool: the temperature sensors (tsensor order: the coolant outlet triple, then the radiator sensors zone by zone),
 * the heaters' commanded and measured states, the GPUs' ECC counts and their draw over cap.
 */
final class UnitMonitors {
    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final int outlets;
    private final int tsensorBase;
    private final int heaterCommandedBase;
    private final int heaterOnBase;
    private final int gpuEccBase;
    private final int gpuOverCapBase;
    private final int stringBase;
    private final int driveBase;
    private final int zoneDeltaBase;
    private final int terminalLossBase;
    private final int terminalPointingBase;
    private final int terminalFailedBase;
    private final ThermalEstimate thermal;
    private final LinkManager links;
    private final double flowLowKgPerS;
    private final int poolSize;
    private final double[] scratch;

    UnitMonitors(SensorFrame frame, ActuatorFrame cmd, ThermalEstimate thermal, LinkManager links, FswConfig config) {
        this.f = frame;
        this.links = links;
        this.cmd = cmd;
        this.thermal = thermal;
        this.flowLowKgPerS = config.coolantFlowLowKgPerS;
        this.outlets = frame.coolantOutletTempK.length;
        this.tsensorBase = ParameterId.COUNT;
        this.heaterCommandedBase = tsensorBase + tsensors();
        this.heaterOnBase = heaterCommandedBase + frame.heaterOn.length;
        this.gpuEccBase = heaterOnBase + frame.heaterOn.length;
        this.gpuOverCapBase = gpuEccBase + frame.gpuCount();
        this.stringBase = gpuOverCapBase + frame.gpuCount();
        this.driveBase = stringBase + frame.stringCurrentA.length;
        this.zoneDeltaBase = driveBase + frame.driveAngleRad.length;
        this.terminalLossBase = zoneDeltaBase + frame.radiatorZones;
        this.terminalPointingBase = terminalLossBase + links.count();
        this.terminalFailedBase = terminalPointingBase + links.count();
        this.poolSize = terminalFailedBase + links.count();
        this.scratch = new double[frame.stringCurrentA.length];
    }

    /** @return the pool capacity the named and per-unit parameters need */
    int poolSize() {
        return poolSize;
    }

    /** @return number of monitor table entries {@link #register} adds */
    int entries() {
        return 2 * tsensors() + f.radiatorZones + 1 + f.heaterOn.length + 2 * f.gpuCount()
                + f.stringCurrentA.length + f.driveAngleRad.length + 1 + f.radiatorZones + 3 * links.count();
    }

    /** @return number of temperature sensors: the coolant outlet triple, then the radiator pairs */
    int tsensors() {
        return outlets + f.radiatorTempK.length;
    }

    /** @return true if tsensor i is a coolant outlet sensor (else a radiator sensor, index i − outlets) */
    boolean isOutlet(int tsensor) {
        return tsensor < outlets;
    }

    /** @return the radiator-sensor index of tsensor i */
    int radiatorIndex(int tsensor) {
        return tsensor - outlets;
    }

    void register(Fdir fdir, FswConfig c) {
        for (int i = 0; i < tsensors(); i++) {
            fdir.add(FaultId.SENSOR_STUCK.ordinal(), i, new StuckDetector(tsensorBase + i), c.sensorStuckS,
                    Response.ISOLATE_UNIT);
            fdir.add(FaultId.SENSOR_LOST.ordinal(), i, new LossDetector(tsensorBase + i), c.sensorLostS,
                    Response.ISOLATE_UNIT);
        }
        int per = f.radiatorSensorsPerZone;
        for (int z = 0; per >= 2 && z < f.radiatorZones; z++) {
            int first = tsensorBase + outlets + z * per;
            fdir.add(FaultId.SENSOR_PAIR_DISAGREES.ordinal(), z, new DisagreementDetector(first, first + 1,
                    c.sensorDisagreeK), c.sensorDisagreePersistenceS, Response.EVENT_ONLY);
        }
        fdir.add(FaultId.PUMP_NO_FLOW.ordinal(), new ExpectedStateDetector(ParameterId.PUMP_COMMANDED.ordinal(), 1,
                ParameterId.COOLANT_FLOW_KG_PER_S.ordinal(), c.pumpMinFlowKgPerS, Double.POSITIVE_INFINITY),
                c.pumpNoFlowPersistenceS, Response.POWER_CYCLE_UNIT);
        for (int h = 0; h < f.heaterOn.length; h++) {
            fdir.add(FaultId.HEATER_STUCK_ON.ordinal(), h, new ExpectedStateDetector(heaterCommandedBase + h, 0,
                    heaterOnBase + h, Double.NEGATIVE_INFINITY, 0.5), c.heaterStuckPersistenceS, Response.ISOLATE_UNIT);
        }
        for (int g = 0; g < f.gpuCount(); g++) {
            fdir.add(FaultId.GPU_ECC_STORM.ordinal(), g, new RateDetector(gpuEccBase + g, c.gpuEccStormPerS),
                    c.gpuEccStormPersistenceS, Response.ISOLATE_UNIT);
            fdir.add(FaultId.GPU_OVERCURRENT.ordinal(), g, new LimitDetector(gpuOverCapBase + g,
                    Double.NEGATIVE_INFINITY, c.gpuOvercurrentMarginW, 0), c.gpuOvercurrentPersistenceS,
                    Response.POWER_CYCLE_UNIT);
        }
        registerStrings(fdir, c);
        registerTerminals(fdir, c);
    }

    private void registerTerminals(Fdir fdir, FswConfig c) {
        var l = c.links;
        for (int t = 0; t < links.count(); t++) {
            fdir.add(FaultId.TERMINAL_LOSS_OF_LOCK.ordinal(), t, new LimitDetector(terminalLossBase + t,
                    Double.NEGATIVE_INFINITY, l.maxLossesOfLock - 0.5, 0), 1, Response.ISOLATE_UNIT);
            fdir.add(FaultId.TERMINAL_GIMBAL_STUCK.ordinal(), t, new LimitDetector(terminalPointingBase + t,
                    Double.NEGATIVE_INFINITY, l.pointingErrorMaxRad, 0), l.pointingErrorPersistenceS,
                    Response.ISOLATE_UNIT);
            fdir.add(FaultId.TERMINAL_ACQUISITION_FAILED.ordinal(), t, new LimitDetector(terminalFailedBase + t,
                    Double.NEGATIVE_INFINITY, l.maxFailedAcquisitions - 0.5, 0), 1, Response.ISOLATE_UNIT);
        }
    }

    private void registerStrings(Fdir fdir, FswConfig c) {
        for (int s = 0; s < f.stringCurrentA.length; s++) {
            fdir.add(FaultId.STRING_OPEN.ordinal(), s, new ShortfallDetector(stringBase + s,
                    ParameterId.SOLAR_STRING_MEDIAN_A.ordinal(), c.stringOpenMinMedianA, c.stringOpenFraction),
                    c.stringOpenPersistenceS, Response.EVENT_ONLY);
        }
        for (int d = 0; d < f.driveAngleRad.length; d++) {
            fdir.add(FaultId.DRIVE_OFF_POINTING.ordinal(), d, new LimitDetector(driveBase + d,
                    -c.driveOffPointingRad, c.driveOffPointingRad, 0), c.driveOffPointingPersistenceS,
                    Response.EVENT_ONLY);
        }
        fdir.add(FaultId.COOLANT_FLOW_LOW.ordinal(), new ExpectedStateDetector(ParameterId.PUMP_COMMANDED.ordinal(),
                1, ParameterId.COOLANT_FLOW_KG_PER_S.ordinal(), c.coolantFlowLowKgPerS, Double.POSITIVE_INFINITY),
                c.pumpNoFlowPersistenceS * 2, Response.EVENT_ONLY);
        for (int z = 0; z < f.radiatorZones; z++) {
            fdir.add(FaultId.RADIATOR_BYPASSED.ordinal(), z, new ExpectedStateDetector(
                    ParameterId.PUMP_COMMANDED.ordinal(), 1, zoneDeltaBase + z, Double.NEGATIVE_INFINITY,
                    c.radiatorBypassDeltaK), c.radiatorBypassPersistenceS, Response.EVENT_ONLY);
        }
    }

    /** Writes the per-unit parameters from this cycle's frames; unusable readings are marked invalid. */
    void write(ParameterPool pool) {
        for (int i = 0; i < outlets; i++) {
            set(pool, tsensorBase + i, f.coolantOutletOk[i], f.coolantOutletTempK[i]);
        }
        for (int k = 0; k < f.radiatorTempK.length; k++) {
            set(pool, tsensorBase + outlets + k, f.radiatorOk[k], f.radiatorTempK[k]);
        }
        pool.set(ParameterId.PUMP_COMMANDED.ordinal(), cmd.pumpOn ? 1 : 0);
        pool.set(ParameterId.COOLANT_FLOW_KG_PER_S.ordinal(), f.coolantFlowKgPerS);
        for (int h = 0; h < f.heaterOn.length; h++) {
            pool.set(heaterCommandedBase + h, cmd.heaterOn[h] ? 1 : 0);
            pool.set(heaterOnBase + h, f.heaterOn[h] ? 1 : 0);
        }
        for (int g = 0; g < f.gpuCount(); g++) {
            boolean live = f.gpuOk[g] && f.gpuPowered[g];
            set(pool, gpuEccBase + g, live, f.gpuEccErrors[g]);
            // against the cap the GPU reports holding: a cap change it refused (hung) is not its over-current
            set(pool, gpuOverCapBase + g, live, f.gpuPowerW[g] - f.gpuCapW[g]);
        }
        for (int d = 0; d < f.driveAngleRad.length; d++) {
            pool.set(driveBase + d, ArrayPointing.wrap(f.driveAngleRad[d] - cmd.driveAngleRad[d]));
        }
        // a zone's coldness against the coolant says something only while the loop flows
        boolean flowing = f.coolantFlowKgPerS >= flowLowKgPerS && thermal.coolantValid();
        for (int z = 0; z < f.radiatorZones; z++) {
            set(pool, zoneDeltaBase + z, flowing && thermal.zoneValid(z), thermal.coolantOutletK() - thermal.zoneK(z));
        }
        for (int t = 0; t < links.count(); t++) {
            boolean on = !links.isolated(t);
            set(pool, terminalLossBase + t, on, links.lossesOfLock(t));
            set(pool, terminalPointingBase + t, links.pointing(t), f.terminalPointingErrorRad[t]);
            set(pool, terminalFailedBase + t, on, links.failedAcquisitions(t));
        }
        int n = 0;
        for (int s = 0; s < f.stringCurrentA.length; s++) {
            set(pool, stringBase + s, f.stringOk[s], f.stringCurrentA[s]);
            if (f.stringOk[s]) {
                scratch[n++] = f.stringCurrentA[s];
            }
        }
        if (n >= 3) {
            pool.set(ParameterId.SOLAR_STRING_MEDIAN_A.ordinal(), ThermalEstimate.median(scratch, n));
        } else {
            pool.invalidate(ParameterId.SOLAR_STRING_MEDIAN_A.ordinal());
        }
    }

    private static void set(ParameterPool pool, int id, boolean ok, double value) {
        if (ok) {
            pool.set(id, value);
        } else {
            pool.invalidate(id);
        }
    }
}

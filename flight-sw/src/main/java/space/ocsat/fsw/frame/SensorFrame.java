package space.ocsat.fsw.frame;

import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.optical.TerminalState;

/**
 * Everything the cycle sensed, in SI units, preallocated once for the HAL's device counts and
 * overwritten every cycle by {@link Sampler}. A mutable struct on purpose: the control laws read it
 * without copies. Flags named {@code ...Ok} say whether the matching reading is usable.
 */
public final class SensorFrame {
    /** Mission time of the sample, ns. */
    public long timeNs;

    public final double[] stringCurrentA;
    public final double[] stringVoltageV;
    public final boolean[] stringOk;
    /** Sum of string current × voltage, W. */
    public double solarPowerW;
    public double arrayTempK;

    public double batteryVoltageV;
    /** Positive while charging, A. */
    public double batteryCurrentA;
    public double batteryTempK;
    public boolean batteryOk;

    public double busVoltageV;
    public double loadCurrentA;
    public double shuntCurrentA;
    public final boolean[] channelOn;
    public final double[] channelCurrentA;

    public final double[] unitTempK;
    public final boolean[] unitTempOk;
    public final boolean[] heaterOn;

    public boolean pumpOn;
    public double coolantFlowKgPerS;
    public double coolantInletTempK;
    public boolean coolantInletOk;
    public final double[] coolantOutletTempK;
    public final boolean[] coolantOutletOk;

    /** Radiator temperatures, index zone × sensorsPerZone + sensor, K. */
    public final double[] radiatorTempK;
    public final boolean[] radiatorOk;
    public final int radiatorZones;
    public final int radiatorSensorsPerZone;

    /** Body-to-inertial quaternion, scalar first. */
    public final double[] attitudeQ = new double[4];
    public PointingMode pointingMode = PointingMode.UNSPECIFIED;
    public boolean attitudeSettled;
    public final double[] driveAngleRad;

    public final boolean[] gpuPowered;
    public final double[] gpuPowerW;
    public final double[] gpuTempK;
    public final double[] gpuUtilization;
    public final double[] gpuCapW;
    public final long[] gpuEccErrors;
    public final boolean[] gpuHung;
    /** True once a requested drain is done (jobs checkpointed, GPU idle). */
    public final boolean[] gpuDrained;
    public final boolean[] gpuOk;

    public final TerminalState[] terminalState;
    public final double[] terminalPowerW;
    /** Partner each terminal points at or tracks ({@code OpticalTerminals.NO_PARTNER} for none). */
    public final int[] terminalPartner;
    /** The battery monitor's highest cell voltage, V. */
    public double batteryMaxCellV;
    /** Per terminal: its gimbal's angle off its aim, rad. */
    public final double[] terminalPointingErrorRad;
    /** Per terminal: data rate, bit/s. */
    public final double[] terminalRateBps;
    /** Per terminal: link margin, dB (NaN unless tracking). */
    public final double[] terminalMarginDb;

    public final double[] positionM = new double[3];
    public final double[] velocityMps = new double[3];
    public final double[] sunDirection = new double[3];
    public long gnssTimeUnixNs;
    public boolean navOk;

    /** Sizes every array for the devices the HAL has. */
    public SensorFrame(Hal hal) {
        int strings = hal.solarArray().stringCount();
        stringCurrentA = new double[strings];
        stringVoltageV = new double[strings];
        stringOk = new boolean[strings];
        int channels = hal.power().channelCount();
        channelOn = new boolean[channels];
        channelCurrentA = new double[channels];
        unitTempK = new double[hal.thermalSensors().count()];
        unitTempOk = new boolean[unitTempK.length];
        heaterOn = new boolean[hal.heaters().count()];
        coolantOutletTempK = new double[hal.coolant().outletSensorCount()];
        coolantOutletOk = new boolean[coolantOutletTempK.length];
        radiatorZones = hal.radiators().zoneCount();
        radiatorSensorsPerZone = hal.radiators().sensorsPerZone();
        radiatorTempK = new double[radiatorZones * radiatorSensorsPerZone];
        radiatorOk = new boolean[radiatorTempK.length];
        driveAngleRad = new double[hal.arrayDrives().count()];
        int gpus = hal.gpus().count();
        gpuPowered = new boolean[gpus];
        gpuPowerW = new double[gpus];
        gpuTempK = new double[gpus];
        gpuUtilization = new double[gpus];
        gpuCapW = new double[gpus];
        gpuEccErrors = new long[gpus];
        gpuHung = new boolean[gpus];
        gpuDrained = new boolean[gpus];
        gpuOk = new boolean[gpus];
        terminalState = new TerminalState[hal.terminals().count()];
        terminalPowerW = new double[terminalState.length];
        terminalPartner = new int[terminalState.length];
        terminalPointingErrorRad = new double[terminalState.length];
        terminalRateBps = new double[terminalState.length];
        terminalMarginDb = new double[terminalState.length];
    }

    /** @return number of GPUs */
    public int gpuCount() {
        return gpuPowered.length;
    }

    /** @return what the powered GPUs draw together, W */
    public double gpuPowerTotalW() {
        double w = 0;
        for (int g = 0; g < gpuPowerW.length; g++) {
            w += gpuPowered[g] ? gpuPowerW[g] : 0;
        }
        return w;
    }
}

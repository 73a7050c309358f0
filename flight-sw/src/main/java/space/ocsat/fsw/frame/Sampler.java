package space.ocsat.fsw.frame;

import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.ArrayDrives;
import space.ocsat.hal.compute.GpuModules;
import space.ocsat.hal.power.SolarArray;
import space.ocsat.hal.thermal.CoolantLoop;
import space.ocsat.hal.thermal.Radiators;
import space.ocsat.hal.thermal.ThermalSensors;
import space.ocsat.fsw.exec.CycleTask;

/** SENSE: reads every HAL device into the {@link SensorFrame}. One pass, no allocation; every NaN the canonical one. */
public final class Sampler implements CycleTask {
    private final Hal hal;
    private final SensorFrame f;

    public Sampler(Hal hal, SensorFrame frame) {
        this.hal = hal;
        this.f = frame;
    }

    @Override
    public void run(long nowNs) {
        f.timeNs = nowNs;
        samplePower();
        sampleThermal();
        sampleAttitude();
        sampleCompute();
        sampleLinksAndNav();
    }

    /**
     * A reading that is not a number becomes the one canonical NaN: a NaN's sign and payload bits depend on how the
     * device (or a JIT-compiled model) computed it, and telemetry that carried them would not be reproducible.
     */
    private static double reading(double v) {
        return v != v ? Double.NaN : v;
    }

    private void samplePower() {
        SolarArray array = hal.solarArray();
        double solarW = 0;
        for (int i = 0; i < f.stringCurrentA.length; i++) {
            f.stringCurrentA[i] = reading(array.stringCurrentA(i));
            f.stringVoltageV[i] = reading(array.stringVoltageV(i));
            f.stringOk[i] = array.stringStatus(i).usable();
            if (f.stringOk[i]) {
                solarW += f.stringCurrentA[i] * f.stringVoltageV[i];
            }
        }
        f.solarPowerW = solarW;
        f.arrayTempK = reading(array.arrayTempK());
        f.batteryVoltageV = reading(hal.battery().voltageV());
        f.batteryCurrentA = reading(hal.battery().currentA());
        f.batteryTempK = reading(hal.battery().tempK());
        f.batteryMaxCellV = reading(hal.battery().maxCellVoltageV());
        f.batteryOk = hal.battery().status().usable();
        f.busVoltageV = reading(hal.power().busVoltageV());
        f.loadCurrentA = reading(hal.power().loadCurrentA());
        f.shuntCurrentA = reading(hal.power().shuntCurrentA());
        for (int i = 0; i < f.channelOn.length; i++) {
            f.channelOn[i] = hal.power().isChannelOn(i);
            f.channelCurrentA[i] = reading(hal.power().channelCurrentA(i));
        }
    }

    private void sampleThermal() {
        ThermalSensors sensors = hal.thermalSensors();
        for (int i = 0; i < f.unitTempK.length; i++) {
            f.unitTempK[i] = reading(sensors.tempK(i));
            f.unitTempOk[i] = sensors.status(i).usable();
        }
        for (int i = 0; i < f.heaterOn.length; i++) {
            f.heaterOn[i] = hal.heaters().isOn(i);
        }
        CoolantLoop loop = hal.coolant();
        f.pumpOn = loop.isPumpOn();
        f.coolantFlowKgPerS = reading(loop.flowKgPerS());
        f.coolantInletTempK = reading(loop.inletTempK());
        f.coolantInletOk = loop.inletStatus().usable();
        for (int i = 0; i < f.coolantOutletTempK.length; i++) {
            f.coolantOutletTempK[i] = reading(loop.outletTempK(i));
            f.coolantOutletOk[i] = loop.outletStatus(i).usable();
        }
        Radiators radiators = hal.radiators();
        for (int z = 0; z < f.radiatorZones; z++) {
            for (int s = 0; s < f.radiatorSensorsPerZone; s++) {
                int i = z * f.radiatorSensorsPerZone + s;
                f.radiatorTempK[i] = reading(radiators.tempK(z, s));
                f.radiatorOk[i] = radiators.status(z, s).usable();
            }
        }
    }

    private void sampleAttitude() {
        for (int i = 0; i < 4; i++) {
            f.attitudeQ[i] = reading(hal.attitude().quaternion(i));
        }
        f.pointingMode = hal.attitude().mode();
        f.attitudeSettled = hal.attitude().settled();
        ArrayDrives drives = hal.arrayDrives();
        for (int i = 0; i < f.driveAngleRad.length; i++) {
            f.driveAngleRad[i] = reading(drives.angleRad(i));
        }
    }

    private void sampleCompute() {
        GpuModules gpus = hal.gpus();
        for (int i = 0; i < f.gpuPowered.length; i++) {
            f.gpuPowered[i] = gpus.isPowered(i);
            f.gpuPowerW[i] = reading(gpus.powerW(i));
            f.gpuTempK[i] = reading(gpus.dieTempK(i));
            f.gpuUtilization[i] = reading(gpus.utilization(i));
            f.gpuCapW[i] = reading(gpus.powerCapW(i));
            f.gpuEccErrors[i] = gpus.eccErrors(i);
            f.gpuHung[i] = gpus.isHung(i);
            f.gpuDrained[i] = gpus.isDrained(i);
            f.gpuOk[i] = gpus.status(i).usable();
        }
    }

    private void sampleLinksAndNav() {
        for (int i = 0; i < f.terminalState.length; i++) {
            f.terminalState[i] = hal.terminals().state(i);
            f.terminalPowerW[i] = reading(hal.terminals().powerW(i));
            f.terminalPartner[i] = hal.terminals().partnerId(i);
            f.terminalPointingErrorRad[i] = reading(hal.terminals().pointingErrorRad(i));
            f.terminalRateBps[i] = reading(hal.terminals().dataRateBps(i));
            f.terminalMarginDb[i] = reading(hal.terminals().linkMarginDb(i));
        }
        for (int axis = 0; axis < 3; axis++) {
            f.positionM[axis] = reading(hal.navigation().positionM(axis));
            f.velocityMps[axis] = reading(hal.navigation().velocityMps(axis));
            f.sunDirection[axis] = reading(hal.navigation().sunDirection(axis));
        }
        f.gnssTimeUnixNs = hal.navigation().gnssTimeUnixNs();
        f.navOk = hal.navigation().status().usable();
    }
}

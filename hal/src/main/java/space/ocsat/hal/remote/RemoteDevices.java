package space.ocsat.hal.remote;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.adcs.ArrayDrives;
import space.ocsat.hal.adcs.Attitude;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.compute.GpuModules;
import space.ocsat.hal.nav.Navigation;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.hal.power.Battery;
import space.ocsat.hal.power.LoadChannel;
import space.ocsat.hal.power.PowerDistribution;
import space.ocsat.hal.power.SolarArray;
import space.ocsat.hal.thermal.CoolantLoop;
import space.ocsat.hal.thermal.Heaters;
import space.ocsat.hal.thermal.Radiators;
import space.ocsat.hal.thermal.ThermalSensors;
import space.ocsat.hal.wire.CommandOp;

/**
 * The devices of the remote binding, over the last SENSORS frame ({@link SensorState}).
 *
 * <p>Getters read the frame. Setters record the command in the cycle's {@link CommandLog}, which the cycle's
 * ACTUATORS frame carries to the simulator, and return at once the status the device will give, judged as the HAL
 * contract says from what the frame reported: {@link DeviceStatus#NO_SUCH_UNIT} for a bad index, {@link
 * DeviceStatus#OUT_OF_RANGE} for an argument outside the device's range, {@link DeviceStatus#OFF} for a unit that is
 * unpowered (as reported, or as commanded earlier in the same cycle), {@link DeviceStatus#NO_RESPONSE} for a GPU
 * reported hung, else {@link DeviceStatus#OK}. That is the one-cycle semantic: a refusal the frame could not show
 * (a tripped pump, a heater stuck on) reaches the flight software only through the next frame's readings — the
 * command visibly not taking effect — and the simulator counts the difference ({@link
 * BridgeCounter#STATUS_MISMATCHES}). A command the binding accepts also shows in the commanded-state getters for the
 * rest of the cycle (switch states, caps, limits, modes, drive targets), as a directly wired device would.
 */
final class RemoteDevices {
    private RemoteDevices() {
    }

    /** What every device shares: the frame, the cycle's commands, the counters. */
    abstract static class Device {
        final SensorState s;
        private final CommandLog log;
        private final BridgeCounters counters;

        Device(SensorState s, CommandLog log, BridgeCounters counters) {
            this.s = s;
            this.log = log;
            this.counters = counters;
        }

        final DeviceStatus record(int op, int unit, int arg, double value, DeviceStatus status) {
            if (!log.add(op, unit, arg, value, status)) {
                counters.increment(BridgeCounter.OVERFLOWS);
                return DeviceStatus.FAILED;
            }
            return status;
        }

        static boolean in(int index, int count) {
            return index >= 0 && index < count;
        }
    }

    static final class Solar extends Device implements SolarArray {
        Solar(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int stringCount() { return s.stringCurrentA.length; }
        @Override public double stringCurrentA(int i) { return s.stringCurrentA[i]; }
        @Override public double stringVoltageV(int i) { return s.stringVoltageV[i]; }
        @Override public DeviceStatus stringStatus(int i) { return SensorState.status(s.stringStatus[i]); }
        @Override public double arrayTempK() { return s.arrayTempK; }
    }

    static final class Pack extends Device implements Battery {
        Pack(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public double voltageV() { return s.batteryVoltageV; }
        @Override public double currentA() { return s.batteryCurrentA; }
        @Override public double tempK() { return s.batteryTempK; }
        @Override public double maxCellVoltageV() { return s.maxCellV; }
        @Override public int seriesCells() { return s.layout.batterySeriesCells; }
        @Override public double ratedCapacityAh() { return s.layout.batteryRatedCapacityAh; }
        @Override public double chargeCurrentLimitA() { return s.chargeLimitA; }
        @Override public double endOfChargeVoltageV() { return s.endOfChargeV; }
        @Override public DeviceStatus status() { return SensorState.status(s.batteryStatus); }

        @Override
        public DeviceStatus setChargeCurrentLimitA(double limitA) {
            DeviceStatus status = limitA >= 0 && !Double.isInfinite(limitA) ? DeviceStatus.OK : DeviceStatus.OUT_OF_RANGE;
            if (status == DeviceStatus.OK) {
                s.chargeLimitA = limitA;
            }
            return record(CommandOp.CHARGE_LIMIT, 0, 0, limitA, status);
        }

        @Override
        public DeviceStatus setEndOfChargeVoltageV(double packV) {
            DeviceStatus status = packV > 0 && !Double.isInfinite(packV) ? DeviceStatus.OK : DeviceStatus.OUT_OF_RANGE;
            if (status == DeviceStatus.OK) {
                s.endOfChargeV = packV;
            }
            return record(CommandOp.END_OF_CHARGE, 0, 0, packV, status);
        }
    }

    static final class Pdu extends Device implements PowerDistribution {
        Pdu(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int channelCount() { return s.channelOn.length; }
        @Override public boolean isChannelOn(int ch) { return s.channelOn[ch]; }
        @Override public double channelCurrentA(int ch) { return s.channelCurrentA[ch]; }
        @Override public double busVoltageV() { return s.busVoltageV; }
        @Override public double loadCurrentA() { return s.loadCurrentA; }
        @Override public double shuntCurrentA() { return s.shuntCurrentA; }

        @Override
        public DeviceStatus setChannel(int ch, boolean on) {
            DeviceStatus status = in(ch, s.channelOn.length) ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
            if (status == DeviceStatus.OK) {
                s.channelOn[ch] = on;
            }
            return record(CommandOp.PDU_CHANNEL, ch, on ? 1 : 0, 0, status);
        }
    }

    static final class UnitSensors extends Device implements ThermalSensors {
        UnitSensors(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int count() { return s.unitTempK.length; }
        @Override public double tempK(int i) { return s.unitTempK[i]; }
        @Override public DeviceStatus status(int i) { return SensorState.status(s.unitStatus[i]); }
    }

    static final class HeaterSet extends Device implements Heaters {
        HeaterSet(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int count() { return s.heaterOn.length; }
        @Override public boolean isOn(int h) { return s.heaterOn[h]; }
        @Override public double ratedPowerW(int h) { return s.layout.heaterRatedW(h); }

        @Override
        public DeviceStatus set(int h, boolean on) {
            DeviceStatus status = in(h, s.heaterOn.length) ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
            if (status == DeviceStatus.OK) {
                s.heaterOn[h] = on;
            }
            return record(CommandOp.HEATER, h, on ? 1 : 0, 0, status);
        }
    }

    static final class Coolant extends Device implements CoolantLoop {
        Coolant(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public boolean isPumpOn() { return s.pumpOn; }
        @Override public double flowKgPerS() { return s.flowKgPerS; }
        @Override public double inletTempK() { return s.inletTempK; }
        @Override public DeviceStatus inletStatus() { return SensorState.status(s.inletStatus); }
        @Override public int outletSensorCount() { return s.outletTempK.length; }
        @Override public double outletTempK(int i) { return s.outletTempK[i]; }
        @Override public DeviceStatus outletStatus(int i) { return SensorState.status(s.outletStatus[i]); }

        @Override
        public DeviceStatus setPump(boolean on) {
            s.pumpOn = on;
            return record(CommandOp.PUMP, 0, on ? 1 : 0, 0, DeviceStatus.OK);
        }
    }

    static final class Panels extends Device implements Radiators {
        Panels(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int zoneCount() { return s.layout.radiatorZones; }
        @Override public int sensorsPerZone() { return s.layout.radiatorSensorsPerZone; }
        @Override public double tempK(int z, int i) { return s.radiatorTempK[z * s.layout.radiatorSensorsPerZone + i]; }
        @Override public double areaM2(int z) { return s.layout.radiatorAreaM2(z); }

        @Override
        public DeviceStatus status(int z, int i) {
            return SensorState.status(s.radiatorStatus[z * s.layout.radiatorSensorsPerZone + i]);
        }
    }

    static final class Adcs extends Device implements Attitude {
        Adcs(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public double quaternion(int component) { return s.quaternion[component]; }
        @Override public PointingMode mode() { return SensorState.pointingMode(s.pointingMode); }
        @Override public boolean settled() { return s.settled; }
        @Override public DeviceStatus status() { return SensorState.status(s.attitudeStatus); }

        @Override
        public DeviceStatus setMode(PointingMode mode) {
            boolean valid = mode != null && mode != PointingMode.UNSPECIFIED;
            if (valid) {
                s.pointingMode = (byte) mode.ordinal();
            }
            return record(CommandOp.POINTING_MODE, 0, mode == null ? 0 : mode.ordinal(), 0,
                    valid ? DeviceStatus.OK : DeviceStatus.OUT_OF_RANGE);
        }
    }

    static final class Drives extends Device implements ArrayDrives {
        Drives(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int count() { return s.driveAngleRad.length; }
        @Override public double angleRad(int d) { return s.driveAngleRad[d]; }
        @Override public double commandedAngleRad(int d) { return s.driveCommandedRad[d]; }
        @Override public double maxRateRadPerS() { return s.layout.driveMaxRateRadPerS; }
        @Override public DeviceStatus status(int d) { return SensorState.status(s.driveStatus[d]); }

        @Override
        public DeviceStatus command(int d, double angleRad) {
            DeviceStatus status = !in(d, s.driveAngleRad.length) ? DeviceStatus.NO_SUCH_UNIT
                    : Double.isFinite(angleRad) ? DeviceStatus.OK : DeviceStatus.OUT_OF_RANGE;
            if (status == DeviceStatus.OK) {
                s.driveCommandedRad[d] = angleRad;
            }
            return record(CommandOp.DRIVE, d, 0, angleRad, status);
        }
    }

    static final class Gpus extends Device implements GpuModules {
        Gpus(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int count() { return s.gpuPowered.length; }
        @Override public boolean isPowered(int g) { return s.gpuPowered[g]; }
        @Override public double powerW(int g) { return s.gpuPowerW[g]; }
        @Override public double dieTempK(int g) { return s.gpuDieTempK[g]; }
        @Override public double utilization(int g) { return s.gpuUtilization[g]; }
        @Override public double powerCapW(int g) { return s.gpuCapW[g]; }
        @Override public double minCapW() { return s.layout.gpuMinCapW; }
        @Override public double maxCapW() { return s.layout.gpuMaxCapW; }
        @Override public boolean isDrained(int g) { return s.gpuDrained[g]; }
        @Override public long eccErrors(int g) { return s.gpuEccErrors[g]; }
        @Override public boolean isHung(int g) { return s.gpuHung[g]; }
        @Override public DeviceStatus status(int g) { return SensorState.status(s.gpuStatus[g]); }

        @Override
        public DeviceStatus setPowered(int g, boolean on) {
            DeviceStatus status = in(g, s.gpuPowered.length) ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
            if (status == DeviceStatus.OK) {
                s.gpuPowered[g] = on;
            }
            return record(CommandOp.GPU_POWER, g, on ? 1 : 0, 0, status);
        }

        @Override
        public DeviceStatus setPowerCapW(int g, double capW) {
            DeviceStatus status;
            if (!in(g, s.gpuPowered.length)) {
                status = DeviceStatus.NO_SUCH_UNIT;
            } else if (s.gpuHung[g] && s.gpuPowered[g]) {
                status = DeviceStatus.NO_RESPONSE;
            } else if (!s.gpuPowered[g]) {
                status = DeviceStatus.OFF;
            } else if (!(capW >= s.layout.gpuMinCapW && capW <= s.layout.gpuMaxCapW)) {
                status = DeviceStatus.OUT_OF_RANGE;
            } else {
                status = DeviceStatus.OK;
                s.gpuCapW[g] = capW;
            }
            return record(CommandOp.GPU_CAP, g, 0, capW, status);
        }

        @Override
        public DeviceStatus setDrain(int g, boolean drain) {
            DeviceStatus status = !in(g, s.gpuPowered.length) ? DeviceStatus.NO_SUCH_UNIT
                    : s.gpuPowered[g] ? DeviceStatus.OK : DeviceStatus.OFF;
            return record(CommandOp.GPU_DRAIN, g, drain ? 1 : 0, 0, status);
        }
    }

    static final class Terminals extends Device implements OpticalTerminals {
        private final int supply = LoadChannel.TERMINALS.channel();

        Terminals(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public int count() { return s.terminalState.length; }
        @Override public TerminalState state(int t) { return SensorState.terminalState(s.terminalState[t]); }
        @Override public int partnerId(int t) { return s.terminalPartner[t]; }
        @Override public double pointingAzimuthRad(int t) { return s.terminalAzimuthRad[t]; }
        @Override public double pointingElevationRad(int t) { return s.terminalElevationRad[t]; }
        @Override public double pointingErrorRad(int t) { return s.terminalPointingErrorRad[t]; }
        @Override public double receivedPowerDbm(int t) { return s.terminalReceivedDbm[t]; }
        @Override public double dataRateBps(int t) { return s.terminalRateBps[t]; }
        @Override public double linkMarginDb(int t) { return s.terminalMarginDb[t]; }
        @Override public double powerW(int t) { return s.terminalPowerW[t]; }
        @Override public DeviceStatus status(int t) { return SensorState.status(s.terminalStatus[t]); }

        /** A terminal cannot be powered while the terminals' supply (LoadChannel.TERMINALS) was off at the frame. */
        @Override
        public DeviceStatus setPowered(int t, boolean on) {
            DeviceStatus status = !in(t, s.terminalState.length) ? DeviceStatus.NO_SUCH_UNIT
                    : on && !s.terminalSupplyOn(supply) ? DeviceStatus.OFF : DeviceStatus.OK;
            return record(CommandOp.TERMINAL_POWER, t, on ? 1 : 0, 0, status);
        }

        @Override
        public DeviceStatus acquire(int t, int partner) {
            DeviceStatus status = !in(t, s.terminalState.length) ? DeviceStatus.NO_SUCH_UNIT
                    : state(t) == TerminalState.OFF ? DeviceStatus.OFF : DeviceStatus.OK;
            return record(CommandOp.TERMINAL_ACQUIRE, t, partner, 0, status);
        }
    }

    static final class Nav extends Device implements Navigation {
        Nav(SensorState s, CommandLog log, BridgeCounters c) { super(s, log, c); }
        @Override public double positionM(int axis) { return s.positionM[axis]; }
        @Override public double velocityMps(int axis) { return s.velocityMps[axis]; }
        @Override public double sunDirection(int axis) { return s.sunDirection[axis]; }
        @Override public long gnssTimeUnixNs() { return s.gnssTimeUnixNs; }
        @Override public DeviceStatus status() { return SensorState.status(s.navStatus); }
    }
}

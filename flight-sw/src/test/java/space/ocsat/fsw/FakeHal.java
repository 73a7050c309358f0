package space.ocsat.fsw;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.ArrayDrives;
import space.ocsat.hal.adcs.Attitude;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.compute.GpuModules;
import space.ocsat.hal.nav.Navigation;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.hal.platform.Watchdog;
import space.ocsat.hal.power.Battery;
import space.ocsat.hal.power.LoadChannel;
import space.ocsat.hal.power.PowerDistribution;
import space.ocsat.hal.power.SolarArray;
import space.ocsat.hal.thermal.CoolantLoop;
import space.ocsat.hal.thermal.HeaterId;
import space.ocsat.hal.thermal.Heaters;
import space.ocsat.hal.thermal.Radiators;
import space.ocsat.hal.thermal.ThermalSensorId;
import space.ocsat.hal.thermal.ThermalSensors;
import space.ocsat.hal.time.Clock;

/**
 * A HAL with no physics: every reading is a public field a test sets, every command is recorded in
 * public fields a test reads. Sized like the reference satellite (4 GPUs to keep tests short).
 */
public final class FakeHal {
    public long nowNs;
    public final double[] stringA = {40, 40};
    public double busV = 100;
    public double batteryV = 3.82 * 28;
    public double batteryA;
    public double batteryTempK = 293;
    public double batteryEndOfChargeV = 28 * 4.10;
    /** Highest cell voltage the battery monitor reads (NaN: the pack voltage over 28 balanced cells). */
    public double batteryMaxCellV = Double.NaN;
    public double batteryChargeLimitA;
    public double shuntA;
    /** Bus load besides the GPUs, A (the fake adds what the GPUs draw). */
    public double loadA = 5;
    public final boolean[] channelOn = {true, true, true, true, true};
    public final double[] unitTempK = {293, 293, 293};
    public final boolean[] heaterOn = new boolean[HeaterId.COUNT];
    public boolean pumpOn = true;
    public double coolantInletK = 300;
    public final double[] coolantOutletK = {305, 305, 305};
    public final double[] radiatorK = {300, 300, 300, 300};
    public PointingMode pointing = PointingMode.NADIR_YAW_STEERING;
    public final double[] driveCommandRad = new double[2];
    public final boolean[] gpuPowered = new boolean[4];
    public final double[] gpuCapW = {700, 700, 700, 700};
    public final double[] gpuTempK = {330, 330, 330, 330};
    public final boolean[] gpuDrainRequested = new boolean[4];
    public final boolean[] gpuDrained = new boolean[4];
    public final boolean[] gpuHung = new boolean[4];
    public final TerminalState[] terminal = {TerminalState.OFF, TerminalState.OFF, TerminalState.OFF,
        TerminalState.OFF, TerminalState.OFF};
    public final double[] sunDirection = {1, 0, 0};
    public final int[] terminalPartner = {-1, -1, -1, -1, -1};
    public final double[] terminalPointingErrorRad = new double[5];
    /** Acquire commands each terminal has had. */
    public final int[] terminalAcquisitions = new int[5];
    public int watchdogKicks;
    /** GNSS time minus mission time (a clock jump moves it), ns; and GNSS lost. */
    public long gnssOffsetNs;
    public boolean gnssLost;
    /** The reset-cause register: the next boot follows a processor reset. */
    public boolean afterReset;
    /** Faults a test sets: the pump runs dry (no flow), a heater's switch is welded, a GPU draws over its cap. */
    public boolean pumpDry;
    public final boolean[] heaterWelded = new boolean[HeaterId.COUNT];
    public final double[] gpuExtraW = new double[4];
    public final long[] gpuEcc = new long[4];

    /**
     * Gives the coolant outlet and radiator readings the wiggle of live sensors (0, 0.05, 0.10 K around 305 and
     * 300 K by tick): a constant reading is, rightly, a stuck one to FDIR.
     */
    public void wiggleTemperatures() {
        double wiggle = 0.05 * (nowNs / 100_000_000L % 3);
        java.util.Arrays.fill(coolantOutletK, 305 + wiggle);
        java.util.Arrays.fill(radiatorK, 300 + wiggle);
    }

    public final Hal hal = Hal.builder()
            .clock(new FakeClock())
            .solarArray(new FakeArray())
            .battery(new FakeBattery())
            .power(new FakePdu())
            .thermalSensors(new FakeUnitSensors())
            .heaters(new FakeHeaters())
            .coolant(new FakeCoolant())
            .radiators(new FakeRadiators())
            .attitude(new FakeAttitude())
            .arrayDrives(new FakeDrives())
            .gpus(new FakeGpus())
            .terminals(new FakeTerminals())
            .navigation(new FakeNav())
            .watchdog(new FakeWatchdog())
            .store(new InMemoryNonVolatileStore(48, 1024))
            .massMemory(new InMemoryMassMemory(1024, 2048))
            .build();

    private final class FakeClock implements Clock {
        @Override public long nowNs() { return nowNs; }
    }

    private final class FakeArray implements SolarArray {
        @Override public int stringCount() { return stringA.length; }
        @Override public double stringCurrentA(int s) { return stringA[s]; }
        @Override public double stringVoltageV(int s) { return busV + 1; }
        @Override public DeviceStatus stringStatus(int s) { return DeviceStatus.OK; }
        @Override public double arrayTempK() { return 300; }
    }

    private final class FakeBattery implements Battery {
        @Override public double voltageV() { return batteryV; }
        @Override public double currentA() { return batteryA; }
        @Override public double tempK() { return batteryTempK; }
        @Override public double maxCellVoltageV() { return Double.isNaN(batteryMaxCellV) ? batteryV / 28 : batteryMaxCellV; }
        @Override public int seriesCells() { return 28; }
        @Override public double ratedCapacityAh() { return 100; }
        @Override public DeviceStatus setChargeCurrentLimitA(double a) { batteryChargeLimitA = a; return DeviceStatus.OK; }
        @Override public double chargeCurrentLimitA() { return batteryChargeLimitA; }
        @Override public DeviceStatus setEndOfChargeVoltageV(double v) { batteryEndOfChargeV = v; return DeviceStatus.OK; }
        @Override public double endOfChargeVoltageV() { return batteryEndOfChargeV; }
        @Override public DeviceStatus status() { return DeviceStatus.OK; }
    }

    private final class FakePdu implements PowerDistribution {
        @Override public int channelCount() { return LoadChannel.COUNT; }
        @Override public boolean isChannelOn(int c) { return channelOn[c]; }
        @Override public DeviceStatus setChannel(int c, boolean on) { channelOn[c] = on; return DeviceStatus.OK; }
        @Override public double channelCurrentA(int c) { return 1; }
        @Override public double busVoltageV() { return busV; }
        @Override public double loadCurrentA() {
            double gpuW = 0;
            for (int g = 0; g < gpuPowered.length; g++) {
                gpuW += gpuPowered[g] ? gpuCapW[g] : 0;
            }
            return loadA + gpuW / busV;
        }
        @Override public double shuntCurrentA() { return shuntA; }
    }

    private final class FakeUnitSensors implements ThermalSensors {
        @Override public int count() { return ThermalSensorId.COUNT; }
        @Override public double tempK(int s) { return unitTempK[s]; }
        @Override public DeviceStatus status(int s) { return DeviceStatus.OK; }
    }

    private final class FakeHeaters implements Heaters {
        @Override public int count() { return heaterOn.length; }
        @Override public boolean isOn(int h) { return heaterOn[h]; }
        @Override public DeviceStatus set(int h, boolean on) {
            heaterOn[h] = on || heaterWelded[h];
            return heaterWelded[h] && !on ? DeviceStatus.FAILED : DeviceStatus.OK;
        }
        @Override public double ratedPowerW(int h) { return 100; }
    }

    private final class FakeCoolant implements CoolantLoop {
        @Override public boolean isPumpOn() { return pumpOn; }
        @Override public DeviceStatus setPump(boolean on) { pumpOn = on; return DeviceStatus.OK; }
        @Override public double flowKgPerS() { return pumpOn && !pumpDry ? 0.5 : 0; }
        @Override public double inletTempK() { return coolantInletK; }
        @Override public DeviceStatus inletStatus() { return DeviceStatus.OK; }
        @Override public int outletSensorCount() { return coolantOutletK.length; }
        @Override public double outletTempK(int s) { return coolantOutletK[s]; }
        @Override public DeviceStatus outletStatus(int s) { return DeviceStatus.OK; }
    }

    private final class FakeRadiators implements Radiators {
        @Override public int zoneCount() { return 2; }
        @Override public int sensorsPerZone() { return 2; }
        @Override public double tempK(int z, int s) { return radiatorK[z * 2 + s]; }
        @Override public DeviceStatus status(int z, int s) { return DeviceStatus.OK; }
        @Override public double areaM2(int z) { return 9; }
    }

    private final class FakeAttitude implements Attitude {
        @Override public double quaternion(int c) { return c == 0 ? 1 : 0; }
        @Override public PointingMode mode() { return pointing; }
        @Override public DeviceStatus setMode(PointingMode m) { pointing = m; return DeviceStatus.OK; }
        @Override public boolean settled() { return true; }
        @Override public DeviceStatus status() { return DeviceStatus.OK; }
    }

    private final class FakeDrives implements ArrayDrives {
        @Override public int count() { return driveCommandRad.length; }
        @Override public double angleRad(int d) { return driveCommandRad[d]; }
        @Override public double commandedAngleRad(int d) { return driveCommandRad[d]; }
        @Override public DeviceStatus command(int d, double a) { driveCommandRad[d] = a; return DeviceStatus.OK; }
        @Override public double maxRateRadPerS() { return 0.03; }
        @Override public DeviceStatus status(int d) { return DeviceStatus.OK; }
    }

    private final class FakeGpus implements GpuModules {
        @Override public int count() { return gpuPowered.length; }
        @Override public boolean isPowered(int g) { return gpuPowered[g]; }
        @Override public DeviceStatus setPowered(int g, boolean on) { gpuPowered[g] = on; return DeviceStatus.OK; }
        @Override public double powerW(int g) { return gpuPowered[g] ? gpuCapW[g] + gpuExtraW[g] : 0; }
        @Override public double dieTempK(int g) { return gpuTempK[g]; }
        @Override public DeviceStatus setDrain(int g, boolean d) { gpuDrainRequested[g] = d; return DeviceStatus.OK; }
        @Override public boolean isDrained(int g) { return gpuDrained[g]; }
        @Override public double utilization(int g) { return gpuPowered[g] ? 1 : 0; }
        @Override public double powerCapW(int g) { return gpuCapW[g]; }
        @Override public DeviceStatus setPowerCapW(int g, double w) { gpuCapW[g] = w; return DeviceStatus.OK; }
        @Override public double minCapW() { return 200; }
        @Override public double maxCapW() { return 700; }
        @Override public long eccErrors(int g) { return gpuEcc[g]; }
        @Override public boolean isHung(int g) { return gpuHung[g] && gpuPowered[g]; }
        @Override public DeviceStatus status(int g) { return gpuPowered[g] ? DeviceStatus.OK : DeviceStatus.OFF; }
    }

    private final class FakeTerminals implements OpticalTerminals {
        @Override public int count() { return terminal.length; }
        @Override public TerminalState state(int t) { return terminal[t]; }
        @Override public int partnerId(int t) { return terminalPartner[t]; }
        @Override public double pointingAzimuthRad(int t) { return 0; }
        @Override public double pointingElevationRad(int t) { return 0; }
        @Override public double pointingErrorRad(int t) { return terminalPointingErrorRad[t]; }
        @Override public double receivedPowerDbm(int t) { return -200; }
        @Override public double dataRateBps(int t) { return terminal[t] == TerminalState.TRACKING ? 10e9 : 0; }
        @Override public double linkMarginDb(int t) { return terminal[t] == TerminalState.TRACKING ? 3 : Double.NaN; }
        @Override public double powerW(int t) { return terminal[t] == TerminalState.OFF ? 0 : 40; }
        @Override public DeviceStatus setPowered(int t, boolean on) {
            terminal[t] = on ? TerminalState.IDLE : TerminalState.OFF;
            return DeviceStatus.OK;
        }
        @Override public DeviceStatus acquire(int t, int p) {
            if (terminal[t] == TerminalState.OFF) {
                return DeviceStatus.OFF;
            }
            terminalPartner[t] = p;
            terminal[t] = p == OpticalTerminals.NO_PARTNER ? TerminalState.IDLE : TerminalState.POINTING;
            terminalAcquisitions[t]++;
            return DeviceStatus.OK;
        }
        @Override public DeviceStatus status(int t) { return DeviceStatus.OK; }
    }

    private final class FakeNav implements Navigation {
        @Override public double positionM(int a) { return a == 2 ? 6_928_000 : 0; }
        @Override public double velocityMps(int a) { return a == 0 ? 7_600 : 0; }
        @Override public double sunDirection(int a) { return sunDirection[a]; }
        @Override public long gnssTimeUnixNs() { return nowNs + gnssOffsetNs; }
        @Override public DeviceStatus status() { return gnssLost ? DeviceStatus.NO_RESPONSE : DeviceStatus.OK; }
    }

    private final class FakeWatchdog implements Watchdog {
        @Override public void kick() { watchdogKicks++; }
        @Override public long timeoutNs() { return 1_000_000_000L; }
        @Override public boolean causedLastReset() { return afterReset; }
    }
}

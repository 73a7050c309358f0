package space.ocsat.hal.remote;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import space.ocsat.hal.power.PowerDistribution;
import space.ocsat.hal.power.SolarArray;
import space.ocsat.hal.thermal.CoolantLoop;
import space.ocsat.hal.thermal.Heaters;
import space.ocsat.hal.thermal.Radiators;
import space.ocsat.hal.thermal.ThermalSensors;

/**
 * A satellite whose every reading is a seeded random value and whose every command is recorded as text in call order
 * (and answered with {@link #answer}): the far side of the bridge in the hal tests.
 */
final class FakeSatellite {
    static final int STRINGS = 8;
    static final int CHANNELS = 5;
    static final int UNITS = 3;
    static final int HEATERS = 3;
    static final int OUTLETS = 3;
    static final int ZONES = 2;
    static final int PER_ZONE = 2;
    static final int DRIVES = 2;
    static final int GPUS = 16;
    static final int TERMINALS = 5;

    final List<String> calls = new ArrayList<>();
    DeviceStatus answer = DeviceStatus.OK;
    final Hal hal;
    private final Random r;

    FakeSatellite(long seed) {
        r = new Random(seed);
        SolarArray solar = mock(SolarArray.class);
        when(solar.stringCount()).thenReturn(STRINGS);
        double[] sCur = doubles(STRINGS);
        double[] sVol = doubles(STRINGS);
        DeviceStatus[] sSt = statuses(STRINGS);
        when(solar.stringCurrentA(anyInt())).thenAnswer(i -> sCur[(int) i.getArgument(0)]);
        when(solar.stringVoltageV(anyInt())).thenAnswer(i -> sVol[(int) i.getArgument(0)]);
        when(solar.stringStatus(anyInt())).thenAnswer(i -> sSt[(int) i.getArgument(0)]);
        when(solar.arrayTempK()).thenReturn(r.nextDouble());

        Battery battery = mock(Battery.class);
        when(battery.voltageV()).thenReturn(r.nextDouble());
        when(battery.currentA()).thenReturn(r.nextDouble());
        when(battery.tempK()).thenReturn(r.nextDouble());
        when(battery.maxCellVoltageV()).thenReturn(r.nextDouble());
        when(battery.seriesCells()).thenReturn(28);
        when(battery.ratedCapacityAh()).thenReturn(90.0);
        when(battery.chargeCurrentLimitA()).thenReturn(r.nextDouble());
        when(battery.endOfChargeVoltageV()).thenReturn(r.nextDouble());
        when(battery.status()).thenReturn(DeviceStatus.OUT_OF_RANGE);
        when(battery.setChargeCurrentLimitA(anyDouble())).thenAnswer(i -> call("charge", i.getArgument(0)));
        when(battery.setEndOfChargeVoltageV(anyDouble())).thenAnswer(i -> call("eoc", i.getArgument(0)));

        PowerDistribution pdu = mock(PowerDistribution.class);
        when(pdu.channelCount()).thenReturn(CHANNELS);
        boolean[] chOn = booleans(CHANNELS);
        double[] chCur = doubles(CHANNELS);
        when(pdu.isChannelOn(anyInt())).thenAnswer(i -> chOn[(int) i.getArgument(0)]);
        when(pdu.channelCurrentA(anyInt())).thenAnswer(i -> chCur[(int) i.getArgument(0)]);
        when(pdu.busVoltageV()).thenReturn(r.nextDouble());
        when(pdu.loadCurrentA()).thenReturn(r.nextDouble());
        when(pdu.shuntCurrentA()).thenReturn(r.nextDouble());
        when(pdu.setChannel(anyInt(), anyBoolean())).thenAnswer(i -> call("channel", i.getArgument(0),
                i.getArgument(1)));

        ThermalSensors units = mock(ThermalSensors.class);
        when(units.count()).thenReturn(UNITS);
        double[] uT = doubles(UNITS);
        DeviceStatus[] uSt = statuses(UNITS);
        when(units.tempK(anyInt())).thenAnswer(i -> uT[(int) i.getArgument(0)]);
        when(units.status(anyInt())).thenAnswer(i -> uSt[(int) i.getArgument(0)]);

        Heaters heaters = mock(Heaters.class);
        when(heaters.count()).thenReturn(HEATERS);
        boolean[] hOn = booleans(HEATERS);
        when(heaters.isOn(anyInt())).thenAnswer(i -> hOn[(int) i.getArgument(0)]);
        when(heaters.ratedPowerW(anyInt())).thenAnswer(i -> 100.0 * ((int) i.getArgument(0) + 1));
        when(heaters.set(anyInt(), anyBoolean())).thenAnswer(i -> call("heater", i.getArgument(0), i.getArgument(1)));

        CoolantLoop loop = mock(CoolantLoop.class);
        when(loop.isPumpOn()).thenReturn(true);
        when(loop.flowKgPerS()).thenReturn(r.nextDouble());
        when(loop.inletTempK()).thenReturn(r.nextDouble());
        when(loop.inletStatus()).thenReturn(DeviceStatus.NO_RESPONSE);
        when(loop.outletSensorCount()).thenReturn(OUTLETS);
        double[] oT = doubles(OUTLETS);
        DeviceStatus[] oSt = statuses(OUTLETS);
        when(loop.outletTempK(anyInt())).thenAnswer(i -> oT[(int) i.getArgument(0)]);
        when(loop.outletStatus(anyInt())).thenAnswer(i -> oSt[(int) i.getArgument(0)]);
        when(loop.setPump(anyBoolean())).thenAnswer(i -> call("pump", i.getArgument(0)));

        Radiators radiators = mock(Radiators.class);
        when(radiators.zoneCount()).thenReturn(ZONES);
        when(radiators.sensorsPerZone()).thenReturn(PER_ZONE);
        double[] rT = doubles(ZONES * PER_ZONE);
        DeviceStatus[] rSt = statuses(ZONES * PER_ZONE);
        when(radiators.tempK(anyInt(), anyInt())).thenAnswer(i -> rT[(int) i.getArgument(0) * PER_ZONE
                + (int) i.getArgument(1)]);
        when(radiators.status(anyInt(), anyInt())).thenAnswer(i -> rSt[(int) i.getArgument(0) * PER_ZONE
                + (int) i.getArgument(1)]);
        when(radiators.areaM2(anyInt())).thenAnswer(i -> 9.0 + (int) i.getArgument(0));

        Attitude attitude = mock(Attitude.class);
        double[] q = doubles(4);
        when(attitude.quaternion(anyInt())).thenAnswer(i -> q[(int) i.getArgument(0)]);
        when(attitude.mode()).thenReturn(PointingMode.SUN_POINTING);
        when(attitude.settled()).thenReturn(true);
        when(attitude.status()).thenReturn(DeviceStatus.OK);
        when(attitude.setMode(any())).thenAnswer(i -> call("mode", i.getArgument(0)));

        ArrayDrives drives = mock(ArrayDrives.class);
        when(drives.count()).thenReturn(DRIVES);
        double[] dA = doubles(DRIVES);
        double[] dC = doubles(DRIVES);
        when(drives.angleRad(anyInt())).thenAnswer(i -> dA[(int) i.getArgument(0)]);
        when(drives.commandedAngleRad(anyInt())).thenAnswer(i -> dC[(int) i.getArgument(0)]);
        when(drives.maxRateRadPerS()).thenReturn(0.035);
        when(drives.status(anyInt())).thenReturn(DeviceStatus.OK);
        when(drives.command(anyInt(), anyDouble())).thenAnswer(i -> call("drive", i.getArgument(0), i.getArgument(1)));

        hal = Hal.builder().clock(() -> 42).solarArray(solar).battery(battery).power(pdu).thermalSensors(units)
                .heaters(heaters).coolant(loop).radiators(radiators).attitude(attitude).arrayDrives(drives)
                .gpus(gpus()).terminals(terminals()).navigation(navigation())
                .watchdog(mock(Watchdog.class)).store(new InMemoryNonVolatileStore(4, 64))
                .massMemory(new InMemoryMassMemory(4, 64)).build();
    }

    private GpuModules gpus() {
        GpuModules g = mock(GpuModules.class);
        when(g.count()).thenReturn(GPUS);
        boolean[] on = booleans(GPUS);
        on[0] = false;
        on[1] = true;
        double[] w = doubles(GPUS);
        double[] t = doubles(GPUS);
        double[] u = doubles(GPUS);
        double[] cap = doubles(GPUS);
        boolean[] drained = booleans(GPUS);
        long[] ecc = new long[GPUS];
        for (int i = 0; i < GPUS; i++) {
            ecc[i] = r.nextLong();
        }
        boolean[] hung = booleans(GPUS);
        hung[1] = false;
        DeviceStatus[] st = statuses(GPUS);
        when(g.isPowered(anyInt())).thenAnswer(i -> on[(int) i.getArgument(0)]);
        when(g.powerW(anyInt())).thenAnswer(i -> w[(int) i.getArgument(0)]);
        when(g.dieTempK(anyInt())).thenAnswer(i -> t[(int) i.getArgument(0)]);
        when(g.utilization(anyInt())).thenAnswer(i -> u[(int) i.getArgument(0)]);
        when(g.powerCapW(anyInt())).thenAnswer(i -> cap[(int) i.getArgument(0)]);
        when(g.isDrained(anyInt())).thenAnswer(i -> drained[(int) i.getArgument(0)]);
        when(g.eccErrors(anyInt())).thenAnswer(i -> ecc[(int) i.getArgument(0)]);
        when(g.isHung(anyInt())).thenAnswer(i -> hung[(int) i.getArgument(0)]);
        when(g.status(anyInt())).thenAnswer(i -> st[(int) i.getArgument(0)]);
        when(g.minCapW()).thenReturn(200.0);
        when(g.maxCapW()).thenReturn(700.0);
        when(g.setPowered(anyInt(), anyBoolean())).thenAnswer(i -> call("gpu", i.getArgument(0), i.getArgument(1)));
        when(g.setPowerCapW(anyInt(), anyDouble())).thenAnswer(i -> call("cap", i.getArgument(0), i.getArgument(1)));
        when(g.setDrain(anyInt(), anyBoolean())).thenAnswer(i -> call("drain", i.getArgument(0), i.getArgument(1)));
        return g;
    }

    private OpticalTerminals terminals() {
        OpticalTerminals t = mock(OpticalTerminals.class);
        when(t.count()).thenReturn(TERMINALS);
        TerminalState[] states = {TerminalState.OFF, TerminalState.TRACKING, TerminalState.POINTING,
            TerminalState.LOST, TerminalState.IDLE};
        int[] partner = {-1, 7, 12, 3, 1004};
        double[][] v = new double[7][];
        for (int k = 0; k < v.length; k++) {
            v[k] = doubles(TERMINALS);
        }
        v[5][0] = Double.NaN; // an untracked link's margin
        when(t.state(anyInt())).thenAnswer(i -> states[(int) i.getArgument(0)]);
        when(t.partnerId(anyInt())).thenAnswer(i -> partner[(int) i.getArgument(0)]);
        when(t.pointingAzimuthRad(anyInt())).thenAnswer(i -> v[0][(int) i.getArgument(0)]);
        when(t.pointingElevationRad(anyInt())).thenAnswer(i -> v[1][(int) i.getArgument(0)]);
        when(t.pointingErrorRad(anyInt())).thenAnswer(i -> v[2][(int) i.getArgument(0)]);
        when(t.receivedPowerDbm(anyInt())).thenAnswer(i -> v[3][(int) i.getArgument(0)]);
        when(t.dataRateBps(anyInt())).thenAnswer(i -> v[4][(int) i.getArgument(0)]);
        when(t.linkMarginDb(anyInt())).thenAnswer(i -> v[5][(int) i.getArgument(0)]);
        when(t.powerW(anyInt())).thenAnswer(i -> v[6][(int) i.getArgument(0)]);
        when(t.status(anyInt())).thenReturn(DeviceStatus.OK);
        when(t.setPowered(anyInt(), anyBoolean())).thenAnswer(i -> call("terminal", i.getArgument(0),
                i.getArgument(1)));
        when(t.acquire(anyInt(), anyInt())).thenAnswer(i -> call("acquire", i.getArgument(0), i.getArgument(1)));
        return t;
    }

    private Navigation navigation() {
        Navigation n = mock(Navigation.class);
        double[] p = doubles(3);
        double[] v = doubles(3);
        double[] s = doubles(3);
        when(n.positionM(anyInt())).thenAnswer(i -> p[(int) i.getArgument(0)]);
        when(n.velocityMps(anyInt())).thenAnswer(i -> v[(int) i.getArgument(0)]);
        when(n.sunDirection(anyInt())).thenAnswer(i -> s[(int) i.getArgument(0)]);
        when(n.gnssTimeUnixNs()).thenReturn(1_773_000_000_123_456_789L);
        when(n.status()).thenReturn(DeviceStatus.OK);
        return n;
    }

    private DeviceStatus call(Object... what) {
        StringBuilder s = new StringBuilder();
        for (Object o : what) {
            s.append(s.length() == 0 ? "" : " ").append(o);
        }
        calls.add(s.toString());
        return answer;
    }

    private double[] doubles(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 4);
        }
        return d;
    }

    private boolean[] booleans(int n) {
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
            b[i] = r.nextBoolean();
        }
        return b;
    }

    private DeviceStatus[] statuses(int n) {
        DeviceStatus[] all = DeviceStatus.values();
        DeviceStatus[] s = new DeviceStatus[n];
        for (int i = 0; i < n; i++) {
            s[i] = all[r.nextInt(all.length)];
        }
        return s;
    }

    /** @return every reading of every device, in a fixed order (independent of the bridge's own code) */
    static List<Object> readings(Hal h) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < h.solarArray().stringCount(); i++) {
            out.add(List.of(h.solarArray().stringCurrentA(i), h.solarArray().stringVoltageV(i),
                    h.solarArray().stringStatus(i)));
        }
        Battery b = h.battery();
        out.add(List.of(h.solarArray().arrayTempK(), b.voltageV(), b.currentA(), b.tempK(), b.seriesCells(),
                b.ratedCapacityAh(), b.chargeCurrentLimitA(), b.endOfChargeVoltageV(), b.maxCellVoltageV(), b.status()));
        PowerDistribution p = h.power();
        for (int i = 0; i < p.channelCount(); i++) {
            out.add(List.of(p.isChannelOn(i), p.channelCurrentA(i)));
        }
        out.add(List.of(p.busVoltageV(), p.loadCurrentA(), p.shuntCurrentA()));
        for (int i = 0; i < h.thermalSensors().count(); i++) {
            out.add(List.of(h.thermalSensors().tempK(i), h.thermalSensors().status(i)));
        }
        for (int i = 0; i < h.heaters().count(); i++) {
            out.add(List.of(h.heaters().isOn(i), h.heaters().ratedPowerW(i)));
        }
        CoolantLoop c = h.coolant();
        out.add(List.of(c.isPumpOn(), c.flowKgPerS(), c.inletTempK(), c.inletStatus(), c.outletSensorCount()));
        for (int i = 0; i < c.outletSensorCount(); i++) {
            out.add(List.of(c.outletTempK(i), c.outletStatus(i)));
        }
        Radiators rad = h.radiators();
        for (int z = 0; z < rad.zoneCount(); z++) {
            out.add(rad.areaM2(z));
            for (int s = 0; s < rad.sensorsPerZone(); s++) {
                out.add(List.of(rad.tempK(z, s), rad.status(z, s)));
            }
        }
        Attitude a = h.attitude();
        out.add(List.of(a.quaternion(0), a.quaternion(1), a.quaternion(2), a.quaternion(3), a.mode(), a.settled(),
                a.status()));
        ArrayDrives d = h.arrayDrives();
        out.add(d.maxRateRadPerS());
        for (int i = 0; i < d.count(); i++) {
            out.add(List.of(d.angleRad(i), d.commandedAngleRad(i), d.status(i)));
        }
        GpuModules g = h.gpus();
        out.add(List.of(g.minCapW(), g.maxCapW()));
        for (int i = 0; i < g.count(); i++) {
            out.add(List.of(g.isPowered(i), g.powerW(i), g.dieTempK(i), g.utilization(i), g.powerCapW(i),
                    g.isDrained(i), g.eccErrors(i), g.isHung(i), g.status(i)));
        }
        OpticalTerminals t = h.terminals();
        for (int i = 0; i < t.count(); i++) {
            out.add(List.of(t.state(i), t.partnerId(i), t.pointingAzimuthRad(i), t.pointingElevationRad(i),
                    t.pointingErrorRad(i), t.receivedPowerDbm(i), t.dataRateBps(i), String.valueOf(t.linkMarginDb(i)),
                    t.powerW(i), t.status(i)));
        }
        Navigation n = h.navigation();
        for (int axis = 0; axis < 3; axis++) {
            out.add(List.of(n.positionM(axis), n.velocityMps(axis), n.sunDirection(axis)));
        }
        out.add(List.of(n.gnssTimeUnixNs(), n.status()));
        return out;
    }
}

package space.ocsat.sim.scenario;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.Hal;
import java.nio.ByteBuffer;
import space.ocsat.hal.compute.GpuModules;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.hal.thermal.CoolantLoop;
import space.ocsat.hal.thermal.Heaters;
import space.ocsat.hal.thermal.Radiators;
import space.ocsat.sim.model.SimulatedSatellite;

/**
 * Attaches faults to the simulated hardware by wrapping its HAL devices in the composition root: the flight software
 * sees the wrapped devices and has no test branches. With no fault active every wrapper passes straight through.
 * Targets name units as telemetry points do: {@code gpu[i]}, {@code heater[i]}, {@code tsensor[i]} (0..2 the
 * coolant outlet triple, then a pair per radiator zone), {@code terminal[NAME]} (FORE, AFT, LEFT, RIGHT, GROUND).
 * Faults of the physics ({@code gpu.overcurrent}, the terminal faults) go through the models' fault inputs.
 * {@code watchdog.reset} and {@code command.corrupt} are carried out by the runner.
 */
final class FaultInjector {
    /** Corrected errors per second in an ECC storm (a failing HBM stack: thousands a minute). */
    private static final long ECC_STORM_PER_S = 400;
    /** How fast a leak loses the loop's flow by default, % of nominal per hour (args: percentPerHour). */
    private static final double LEAK_PERCENT_PER_HOUR = 120;
    /** How far the array drives settle from their command by default, degrees (args: angleDeg). */
    private static final double OFF_POINTING_DEG = 60;
    /** Heat a battery over-temperature releases inside the pack by default, W (args: heatW). */
    private static final double OVERTEMP_HEAT_W = 1000;
    /** Default GNSS time jump, s (args: seconds; negative jumps back). */
    private static final double CLOCK_JUMP_S = 3600;
    /** Draw beyond the cap of an over-current GPU, W (default; args: extraW). */
    private static final double OVERCURRENT_W = 150;
    private static final Pattern TARGET = Pattern.compile("([a-z.]+)\\[(\\d+)\\]");
    private static final Pattern TERMINAL_TARGET = Pattern.compile("terminal\\[([A-Z]+)\\]");

    private boolean[] gpuHung;
    private boolean[] eccStorm;
    private long[] stormErrors;
    private SimulatedSatellite physics;
    private boolean[] storeDamaged;
    private boolean[] cellShorted;
    private boolean gnssLost;
    private double leakPerS;
    private double leakSinceS = Double.NaN;
    private long clockJumpNs;
    private boolean pumpTripped;
    private boolean[] heaterStuckOn;
    private SensorFault[] sensors;
    private Hal real;
    private double nowS;

    /** A sensor's fault: stuck at a value, drifting from its truth, or open (no reading). */
    private static final class SensorFault {
        String kind;
        double valueK;
        double kPerS;
        double sinceS;
    }

    /** @return the HAL the flight software gets: the real devices behind fault-injecting wrappers */
    Hal wrap(Hal hal) {
        this.real = hal;
        gpuHung = new boolean[hal.gpus().count()];
        eccStorm = new boolean[gpuHung.length];
        stormErrors = new long[gpuHung.length];
        heaterStuckOn = new boolean[hal.heaters().count()];
        sensors = new SensorFault[hal.coolant().outletSensorCount()
                + hal.radiators().zoneCount() * hal.radiators().sensorsPerZone()];
        storeDamaged = new boolean[hal.store().slotCount()];
        cellShorted = new boolean[hal.battery().seriesCells()];
        return hal.toBuilder().gpus(new Gpus(hal.gpus())).coolant(new Coolant(hal.coolant()))
                .heaters(new HeaterSet(hal.heaters())).radiators(new RadiatorSensors(hal.radiators()))
                .store(new Store(hal.store())).navigation(new Gnss(hal.navigation())).build();
    }

    /** Gives the injector the physics, for faults that change what really happens (not only what is sensed). */
    void attach(SimulatedSatellite satellite) {
        this.physics = satellite;
    }

    /**
     * Starts or clears a fault.
     *
     * @throws IllegalArgumentException naming a bad target
     */
    void set(String fault, String target, Map<String, Object> args, boolean active, double nowS) {
        switch (fault) {
            case "gpu.hang" -> gpuHung[index(target, "gpu", gpuHung.length)] = active;
            case "gpu.ecc_storm" -> eccStorm[index(target, "gpu", gpuHung.length)] = active;
            case "gpu.overcurrent" -> physics.gpus().setOvercurrentW(index(target, "gpu", gpuHung.length),
                    active ? number(args, "extraW", OVERCURRENT_W) : 0);
            case "coolant.pump_trip" -> {
                pumpTripped = active;
                if (active) {
                    real.coolant().setPump(false);
                }
            }
            case "heater.stuck_on" -> {
                int h = index(target, "heater", heaterStuckOn.length);
                heaterStuckOn[h] = active;
                if (active) {
                    real.heaters().set(h, true);
                }
            }
            case "sensor.stuck", "sensor.drift", "sensor.open" -> sensor(fault, target, args, active, nowS);
            case "nvstore.corrupt" -> java.util.Arrays.fill(storeDamaged, true);
            case "gnss.loss" -> gnssLost = active;
            case "coolant.leak" -> {
                leakPerS = active ? number(args, "percentPerHour", LEAK_PERCENT_PER_HOUR) / 100 / 3600 : 0;
                leakSinceS = active ? nowS : Double.NaN;
                if (!active) {
                    physics.thermal().setFlowFraction(1); // refilled (a clear stands for the repair)
                }
            }
            case "coolant.valve_stuck" -> physics.thermal().setZoneClosed(index(target, "radiator",
                    real.radiators().zoneCount()), active);
            case "solar.off_pointing" -> {
                double rad = active ? Math.toRadians(number(args, "angleDeg", OFF_POINTING_DEG)) : 0;
                for (int d = 0; d < real.arrayDrives().count(); d++) {
                    physics.drives().setSlipRad(d, rad);
                }
            }
            case "battery.cell_short" -> {
                int cell = cell(target);
                if (cellShorted[cell] != active) {
                    cellShorted[cell] = active;
                    physics.battery().shortCells(active ? 1 : -1);
                }
            }
            case "battery.overtemp" -> physics.battery().setFaultHeatW(active ? number(args, "heatW", OVERTEMP_HEAT_W) : 0);
            case "solar.string_open" -> physics.solar().setStringOpen(index(target, "solar.string",
                    real.solarArray().stringCount()), active);
            case "clock.jump" -> clockJumpNs += Math.round(number(args, "seconds", CLOCK_JUMP_S) * 1e9);
            case "terminal.loss_of_lock" -> physics.terminals().setLossOfLock(terminal(target), active);
            case "terminal.gimbal_stuck" -> physics.terminals().setGimbalStuck(terminal(target), active);
            default -> throw new IllegalArgumentException("fault '" + fault + "' is not injected by wrapping");
        }
    }

    /** @return every target the fault can take (a one-element list holding null for a fault without a target) */
    java.util.List<String> targets(String fault) {
        return switch (fault) {
            case "gpu.hang", "gpu.ecc_storm", "gpu.overcurrent" -> units("gpu", gpuHung.length);
            case "heater.stuck_on" -> units("heater", heaterStuckOn.length);
            case "solar.string_open" -> units("solar.string", real.solarArray().stringCount());
            case "coolant.valve_stuck" -> units("radiator", real.radiators().zoneCount());
            case "sensor.stuck", "sensor.drift", "sensor.open" -> units("tsensor", sensors.length);
            case "battery.cell_short" -> units("battery.cell", cellShorted.length);
            case "terminal.loss_of_lock", "terminal.gimbal_stuck" -> Points.TERMINALS.subList(0,
                    Math.min(Points.TERMINALS.size(), real.terminals().count())).stream()
                    .map(n -> "terminal[" + n + "]").toList();
            default -> java.util.Collections.singletonList(null);
        };
    }

    private static java.util.List<String> units(String kind, int count) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(kind + "[" + i + "]");
        }
        return out;
    }

    /** @throws IllegalArgumentException naming a target the fault cannot take */
    void check(String fault, String target) {
        switch (fault) {
            case "gpu.hang", "gpu.ecc_storm", "gpu.overcurrent" -> index(target, "gpu", gpuHung.length);
            case "heater.stuck_on" -> index(target, "heater", heaterStuckOn.length);
            case "solar.string_open" -> index(target, "solar.string", real.solarArray().stringCount());
            case "coolant.valve_stuck" -> index(target, "radiator", real.radiators().zoneCount());
            case "sensor.stuck", "sensor.drift", "sensor.open" -> index(target, "tsensor", sensors.length);
            case "battery.cell_short" -> cell(target);
            case "terminal.loss_of_lock", "terminal.gimbal_stuck" -> terminal(target);
            case "coolant.pump_trip", "command.corrupt", "watchdog.reset", "nvstore.corrupt", "gnss.loss",
                 "clock.jump", "link.outage", "battery.overtemp", "solar.off_pointing", "coolant.leak" -> {
                if (target != null) {
                    throw new IllegalArgumentException(fault + " takes no target");
                }
            }
            default -> throw new IllegalArgumentException("fault '" + fault + "' is not injected by wrapping");
        }
    }

    /** @return the terminal a {@code terminal[NAME]} target names @throws IllegalArgumentException if none */
    private int terminal(String target) {
        Matcher m = target == null ? null : TERMINAL_TARGET.matcher(target);
        int t = m != null && m.matches() ? Points.TERMINALS.indexOf(m.group(1)) : -1;
        if (t < 0 || t >= real.terminals().count()) {
            throw new IllegalArgumentException("target must be terminal[" + String.join("|", Points.TERMINALS)
                    + "], not " + (target == null ? "missing" : "'" + target + "'"));
        }
        return t;
    }

    /** @return the cell a battery.cell_short names ({@code battery.cell[i]}; without a target, cell 0) */
    private int cell(String target) {
        return target == null ? 0 : index(target, "battery.cell", cellShorted.length);
    }

    private void sensor(String fault, String target, Map<String, Object> args, boolean active, double nowS) {
        int i = index(target, "tsensor", sensors.length);
        if (!active) {
            sensors[i] = null;
            return;
        }
        SensorFault f = new SensorFault();
        f.kind = fault;
        f.sinceS = nowS;
        f.valueK = args.get("valueK") instanceof Double d ? d : truth(i);
        f.kPerS = (args.get("kPerHour") instanceof Double d ? d : 5.0) / 3600;
        sensors[i] = f;
    }

    /** Advances the drift clock, the ECC storms and a leak (the runner calls it every simulated second). */
    void at(double seconds) {
        nowS = seconds;
        if (!Double.isNaN(leakSinceS)) {
            physics.thermal().setFlowFraction(1 - leakPerS * (seconds - leakSinceS));
        }
        for (int g = 0; g < eccStorm.length; g++) {
            if (eccStorm[g] && real.gpus().isPowered(g)) {
                stormErrors[g] += ECC_STORM_PER_S;
            }
        }
    }

    private static double number(Map<String, Object> args, String key, double otherwise) {
        return args.get(key) instanceof Double d ? d : otherwise;
    }

    private double truth(int i) {
        int outlets = real.coolant().outletSensorCount();
        if (i < outlets) {
            return real.coolant().outletTempK(i);
        }
        int k = i - outlets;
        int per = real.radiators().sensorsPerZone();
        return real.radiators().tempK(k / per, k % per);
    }

    private double reading(int i, double value) {
        SensorFault f = sensors[i];
        if (f == null) {
            return value;
        }
        return switch (f.kind) {
            case "sensor.stuck" -> f.valueK;
            case "sensor.drift" -> value + f.kPerS * (nowS - f.sinceS);
            default -> Double.NaN;
        };
    }

    private DeviceStatus status(int i, DeviceStatus real) {
        return sensors[i] != null && sensors[i].kind.equals("sensor.open") ? DeviceStatus.NO_RESPONSE : real;
    }

    /** @return the unit index in {@code kind[i]} @throws IllegalArgumentException if it names another kind or none */
    static int index(String target, String kind, int count) {
        Matcher m = target == null ? null : TARGET.matcher(target);
        if (m == null || !m.matches() || !m.group(1).equals(kind) || Integer.parseInt(m.group(2)) >= count) {
            throw new IllegalArgumentException("target must be " + kind + "[0.." + (count - 1) + "], not "
                    + (target == null ? "missing" : "'" + target + "'"));
        }
        return Integer.parseInt(m.group(2));
    }

    private final class Gpus implements GpuModules {
        private final GpuModules d;

        Gpus(GpuModules d) {
            this.d = d;
        }

        @Override public int count() { return d.count(); }
        @Override public boolean isPowered(int g) { return d.isPowered(g); }
        @Override public DeviceStatus setPowered(int g, boolean on) { return d.setPowered(g, on); }
        @Override public double powerW(int g) { return d.powerW(g); }
        @Override public double dieTempK(int g) { return d.dieTempK(g); }
        @Override public double utilization(int g) { return gpuHung[g] ? 0 : d.utilization(g); }
        @Override public double powerCapW(int g) { return d.powerCapW(g); }
        @Override public DeviceStatus setPowerCapW(int g, double w) {
            return gpuHung[g] && d.isPowered(g) ? DeviceStatus.NO_RESPONSE : d.setPowerCapW(g, w);
        }
        @Override public double minCapW() { return d.minCapW(); }
        @Override public double maxCapW() { return d.maxCapW(); }
        @Override public DeviceStatus setDrain(int g, boolean drain) { return d.setDrain(g, drain); }
        @Override public boolean isDrained(int g) { return !gpuHung[g] && d.isDrained(g); }
        @Override public long eccErrors(int g) { return d.eccErrors(g) + stormErrors[g]; }
        @Override public boolean isHung(int g) { return (gpuHung[g] && d.isPowered(g)) || d.isHung(g); }
        @Override public DeviceStatus status(int g) { return d.status(g); }
    }

    private final class Coolant implements CoolantLoop {
        private final CoolantLoop d;

        Coolant(CoolantLoop d) {
            this.d = d;
        }

        @Override public boolean isPumpOn() { return d.isPumpOn(); }
        @Override public DeviceStatus setPump(boolean on) {
            return pumpTripped && on ? DeviceStatus.FAILED : d.setPump(on);
        }
        @Override public double flowKgPerS() { return d.flowKgPerS(); }
        @Override public double inletTempK() { return d.inletTempK(); }
        @Override public DeviceStatus inletStatus() { return d.inletStatus(); }
        @Override public int outletSensorCount() { return d.outletSensorCount(); }
        @Override public double outletTempK(int s) { return reading(s, d.outletTempK(s)); }
        @Override public DeviceStatus outletStatus(int s) { return status(s, d.outletStatus(s)); }
    }

    private final class RadiatorSensors implements Radiators {
        private final Radiators d;

        RadiatorSensors(Radiators d) {
            this.d = d;
        }

        private int index(int zone, int sensor) {
            return real.coolant().outletSensorCount() + zone * d.sensorsPerZone() + sensor;
        }

        @Override public int zoneCount() { return d.zoneCount(); }
        @Override public int sensorsPerZone() { return d.sensorsPerZone(); }
        @Override public double tempK(int z, int s) { return reading(index(z, s), d.tempK(z, s)); }
        @Override public DeviceStatus status(int z, int s) { return FaultInjector.this.status(index(z, s), d.status(z, s)); }
        @Override public double areaM2(int z) { return d.areaM2(z); }
    }

    /**
     * The non-volatile store with {@code nvstore.corrupt}: every slot's copies fail their check (reads report
     * CORRUPT) until the slot is written again — what an upset or a power loss mid-write leaves.
     */
    private final class Store implements NonVolatileStore {
        private final NonVolatileStore d;
        private StoreStatus last = StoreStatus.UNSPECIFIED;

        Store(NonVolatileStore d) {
            this.d = d;
        }

        @Override public int slotCount() { return d.slotCount(); }
        @Override public int slotCapacityBytes() { return d.slotCapacityBytes(); }
        @Override public StoreStatus write(int slot, ByteBuffer src) {
            StoreStatus s = d.write(slot, src);
            if (s == StoreStatus.OK && slot >= 0 && slot < storeDamaged.length) {
                storeDamaged[slot] = false;
            }
            return s;
        }
        @Override public int read(int slot, ByteBuffer dst) {
            if (slot >= 0 && slot < storeDamaged.length && storeDamaged[slot]) {
                last = StoreStatus.CORRUPT;
                return -1;
            }
            int n = d.read(slot, dst);
            last = d.lastStatus();
            return n;
        }
        @Override public StoreStatus lastStatus() { return last; }
        @Override public long generation(int slot) { return d.generation(slot); }
        @Override public StoreStatus flush() { return d.flush(); }
    }

    /**
     * The GNSS receiver: {@code gnss.loss} — no lock, status NO_RESPONSE and the last fix repeated;
     * {@code clock.jump} — its time moves by the jump from then on (a receiver fault, a leap-second or week bug).
     */
    private final class Gnss implements space.ocsat.hal.nav.Navigation {
        private final space.ocsat.hal.nav.Navigation d;
        private final double[] lastPositionM = new double[3];
        private final double[] lastVelocityMps = new double[3];
        private long lastTimeNs;

        Gnss(space.ocsat.hal.nav.Navigation d) {
            this.d = d;
        }

        @Override public double positionM(int a) {
            return gnssLost ? lastPositionM[a] : (lastPositionM[a] = d.positionM(a));
        }
        @Override public double velocityMps(int a) {
            return gnssLost ? lastVelocityMps[a] : (lastVelocityMps[a] = d.velocityMps(a));
        }
        @Override public double sunDirection(int a) { return d.sunDirection(a); }
        @Override public long gnssTimeUnixNs() {
            return gnssLost ? lastTimeNs : (lastTimeNs = d.gnssTimeUnixNs() + clockJumpNs);
        }
        @Override public DeviceStatus status() { return gnssLost ? DeviceStatus.NO_RESPONSE : d.status(); }
    }

    private final class HeaterSet implements Heaters {
        private final Heaters d;

        HeaterSet(Heaters d) {
            this.d = d;
        }

        @Override public int count() { return d.count(); }
        @Override public boolean isOn(int h) { return d.isOn(h); }
        @Override public DeviceStatus set(int h, boolean on) {
            return heaterStuckOn[h] && !on ? DeviceStatus.FAILED : d.set(h, on);
        }
        @Override public double ratedPowerW(int h) { return d.ratedPowerW(h); }
    }
}

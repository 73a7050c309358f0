package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.hal.Hal;

/**
 * The satellite's device layout as the bridge carries it in its WELCOME: how many units each device has and the
 * constants its HAL reports (heater ratings, radiator areas, drive rate, GPU cap range, battery cells and capacity).
 * Both ends size every per-frame array from it once.
 */
public final class Layout {
    /** No device has more units than this (a sanity bound on a decoded layout). */
    public static final int MAX_UNITS = 4096;

    public final int solarStrings;
    public final int pduChannels;
    public final int unitSensors;
    /** Per heater, rated power, W; its length is the heater count. */
    private final double[] heaterRatedW;
    public final int outletSensors;
    public final int radiatorZones;
    public final int radiatorSensorsPerZone;
    /** Per zone, radiating area, m². */
    private final double[] radiatorAreaM2;
    public final int drives;
    public final double driveMaxRateRadPerS;
    public final int gpus;
    public final double gpuMinCapW;
    public final double gpuMaxCapW;
    public final int terminals;
    public final int batterySeriesCells;
    public final double batteryRatedCapacityAh;

    private Layout(int solarStrings, int pduChannels, int unitSensors, double[] heaterRatedW, int outletSensors,
                   int radiatorZones, int radiatorSensorsPerZone, double[] radiatorAreaM2, int drives,
                   double driveMaxRateRadPerS, int gpus, double gpuMinCapW, double gpuMaxCapW, int terminals,
                   int batterySeriesCells, double batteryRatedCapacityAh) {
        this.solarStrings = solarStrings;
        this.pduChannels = pduChannels;
        this.unitSensors = unitSensors;
        this.heaterRatedW = heaterRatedW;
        this.outletSensors = outletSensors;
        this.radiatorZones = radiatorZones;
        this.radiatorSensorsPerZone = radiatorSensorsPerZone;
        this.radiatorAreaM2 = radiatorAreaM2;
        this.drives = drives;
        this.driveMaxRateRadPerS = driveMaxRateRadPerS;
        this.gpus = gpus;
        this.gpuMinCapW = gpuMinCapW;
        this.gpuMaxCapW = gpuMaxCapW;
        this.terminals = terminals;
        this.batterySeriesCells = batterySeriesCells;
        this.batteryRatedCapacityAh = batteryRatedCapacityAh;
    }

    /** @return the layout of a HAL's devices (the simulator's, before it serves them) */
    public static Layout of(Hal hal) {
        double[] heaters = new double[hal.heaters().count()];
        for (int h = 0; h < heaters.length; h++) {
            heaters[h] = hal.heaters().ratedPowerW(h);
        }
        double[] areas = new double[hal.radiators().zoneCount()];
        for (int z = 0; z < areas.length; z++) {
            areas[z] = hal.radiators().areaM2(z);
        }
        return new Layout(hal.solarArray().stringCount(), hal.power().channelCount(), hal.thermalSensors().count(),
                heaters, hal.coolant().outletSensorCount(), areas.length, hal.radiators().sensorsPerZone(), areas,
                hal.arrayDrives().count(), hal.arrayDrives().maxRateRadPerS(), hal.gpus().count(),
                hal.gpus().minCapW(), hal.gpus().maxCapW(), hal.terminals().count(), hal.battery().seriesCells(),
                hal.battery().ratedCapacityAh()).check();
    }

    /**
     * @return the layout a WELCOME carries
     * @throws IllegalArgumentException if it is missing or a count is out of range
     */
    public static Layout decode(space.ocsat.hal.wire.Layout w) {
        if (w == null) {
            throw new IllegalArgumentException("WELCOME without a layout");
        }
        double[] heaters = new double[bounded(w.heaterRatedWLength())];
        for (int h = 0; h < heaters.length; h++) {
            heaters[h] = w.heaterRatedW(h);
        }
        double[] areas = new double[bounded(w.radiatorAreaM2Length())];
        for (int z = 0; z < areas.length; z++) {
            areas[z] = w.radiatorAreaM2(z);
        }
        return new Layout(w.solarStrings(), w.pduChannels(), w.unitSensors(), heaters, w.outletSensors(),
                w.radiatorZones(), w.radiatorSensorsPerZone(), areas, w.drives(), w.driveMaxRateRadPerS(), w.gpus(),
                w.gpuMinCapW(), w.gpuMaxCapW(), w.terminals(), w.batterySeriesCells(), w.batteryRatedCapacityAh())
                .check();
    }

    /** @return the offset of this layout in a frame being built */
    public int encode(FlatBufferBuilder b) {
        int heaters = space.ocsat.hal.wire.Layout.createHeaterRatedWVector(b, heaterRatedW);
        int areas = space.ocsat.hal.wire.Layout.createRadiatorAreaM2Vector(b, radiatorAreaM2);
        return space.ocsat.hal.wire.Layout.createLayout(b, solarStrings, pduChannels, unitSensors, heaters,
                outletSensors, radiatorZones, radiatorSensorsPerZone, areas, drives, driveMaxRateRadPerS, gpus,
                gpuMinCapW, gpuMaxCapW, terminals, batterySeriesCells, batteryRatedCapacityAh);
    }

    /** @return heaters */
    public int heaters() {
        return heaterRatedW.length;
    }

    /** @return heater h's rated power, W */
    public double heaterRatedW(int h) {
        return heaterRatedW[h];
    }

    /** @return zone z's radiating area, m² */
    public double radiatorAreaM2(int z) {
        return radiatorAreaM2[z];
    }

    /** @return radiator sensors in all (zones × sensors per zone) */
    public int radiatorSensors() {
        return radiatorZones * radiatorSensorsPerZone;
    }

    private Layout check() {
        for (int n : new int[] {solarStrings, pduChannels, unitSensors, outletSensors, radiatorZones,
                radiatorSensorsPerZone, drives, gpus, terminals, batterySeriesCells}) {
            bounded(n);
        }
        if (radiatorAreaM2.length != radiatorZones || radiatorSensors() > MAX_UNITS) {
            throw new IllegalArgumentException("layout: " + radiatorAreaM2.length + " radiator areas for "
                    + radiatorZones + " zones of " + radiatorSensorsPerZone + " sensors");
        }
        return this;
    }

    private static int bounded(int n) {
        if (n < 0 || n > MAX_UNITS) {
            throw new IllegalArgumentException("layout: a unit count of " + n + " (0.." + MAX_UNITS + ")");
        }
        return n;
    }

    /** @return true if both describe the same devices (a reconnection must find the satellite it left) */
    public boolean sameAs(Layout o) {
        return solarStrings == o.solarStrings && pduChannels == o.pduChannels && unitSensors == o.unitSensors
                && java.util.Arrays.equals(heaterRatedW, o.heaterRatedW) && outletSensors == o.outletSensors
                && radiatorZones == o.radiatorZones && radiatorSensorsPerZone == o.radiatorSensorsPerZone
                && java.util.Arrays.equals(radiatorAreaM2, o.radiatorAreaM2) && drives == o.drives
                && driveMaxRateRadPerS == o.driveMaxRateRadPerS && gpus == o.gpus && gpuMinCapW == o.gpuMinCapW
                && gpuMaxCapW == o.gpuMaxCapW && terminals == o.terminals
                && batterySeriesCells == o.batterySeriesCells && batteryRatedCapacityAh == o.batteryRatedCapacityAh;
    }
}

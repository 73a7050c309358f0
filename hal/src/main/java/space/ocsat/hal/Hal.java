package space.ocsat.hal;

import java.util.Objects;
import space.ocsat.hal.adcs.ArrayDrives;
import space.ocsat.hal.adcs.Attitude;
import space.ocsat.hal.compute.GpuModules;
import space.ocsat.hal.nav.Navigation;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.platform.MassMemory;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.Watchdog;
import space.ocsat.hal.power.Battery;
import space.ocsat.hal.power.PowerDistribution;
import space.ocsat.hal.power.SolarArray;
import space.ocsat.hal.thermal.CoolantLoop;
import space.ocsat.hal.thermal.Heaters;
import space.ocsat.hal.thermal.Radiators;
import space.ocsat.hal.thermal.ThermalSensors;
import space.ocsat.hal.time.Clock;

/**
 * The set of device interfaces handed to the flight software. A binding (simulation, HIL bridge, real
 * hardware) fills every slot; the flight software never looks behind the interfaces.
 */
public final class Hal {
    private final Clock clock;
    private final SolarArray solarArray;
    private final Battery battery;
    private final PowerDistribution power;
    private final ThermalSensors thermalSensors;
    private final Heaters heaters;
    private final CoolantLoop coolant;
    private final Radiators radiators;
    private final Attitude attitude;
    private final ArrayDrives arrayDrives;
    private final GpuModules gpus;
    private final OpticalTerminals terminals;
    private final Navigation navigation;
    private final Watchdog watchdog;
    private final NonVolatileStore store;
    private final MassMemory massMemory;

    private Hal(Builder b) {
        clock = Objects.requireNonNull(b.clock, "clock");
        solarArray = Objects.requireNonNull(b.solarArray, "solarArray");
        battery = Objects.requireNonNull(b.battery, "battery");
        power = Objects.requireNonNull(b.power, "power");
        thermalSensors = Objects.requireNonNull(b.thermalSensors, "thermalSensors");
        heaters = Objects.requireNonNull(b.heaters, "heaters");
        coolant = Objects.requireNonNull(b.coolant, "coolant");
        radiators = Objects.requireNonNull(b.radiators, "radiators");
        attitude = Objects.requireNonNull(b.attitude, "attitude");
        arrayDrives = Objects.requireNonNull(b.arrayDrives, "arrayDrives");
        gpus = Objects.requireNonNull(b.gpus, "gpus");
        terminals = Objects.requireNonNull(b.terminals, "terminals");
        navigation = Objects.requireNonNull(b.navigation, "navigation");
        watchdog = Objects.requireNonNull(b.watchdog, "watchdog");
        store = Objects.requireNonNull(b.store, "store");
        massMemory = Objects.requireNonNull(b.massMemory, "massMemory");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Clock clock() { return clock; }
    public SolarArray solarArray() { return solarArray; }
    public Battery battery() { return battery; }
    public PowerDistribution power() { return power; }
    public ThermalSensors thermalSensors() { return thermalSensors; }
    public Heaters heaters() { return heaters; }
    public CoolantLoop coolant() { return coolant; }
    public Radiators radiators() { return radiators; }
    public Attitude attitude() { return attitude; }
    public ArrayDrives arrayDrives() { return arrayDrives; }
    public GpuModules gpus() { return gpus; }
    public OpticalTerminals terminals() { return terminals; }
    public Navigation navigation() { return navigation; }
    public Watchdog watchdog() { return watchdog; }
    public NonVolatileStore store() { return store; }
    /** @return the recorder's mass memory (telemetry store-and-forward) */
    public MassMemory massMemory() { return massMemory; }

    /** @return a builder holding this HAL's devices, to replace some (a fault-injecting wrapper, a rig binding) */
    public Builder toBuilder() {
        return builder().clock(clock).solarArray(solarArray).battery(battery).power(power)
                .thermalSensors(thermalSensors).heaters(heaters).coolant(coolant).radiators(radiators)
                .attitude(attitude).arrayDrives(arrayDrives).gpus(gpus).terminals(terminals).navigation(navigation)
                .watchdog(watchdog).store(store).massMemory(massMemory);
    }

    /** Fills the slots; {@link #build()} rejects a missing one by name. */
    public static final class Builder {
        private Clock clock;
        private SolarArray solarArray;
        private Battery battery;
        private PowerDistribution power;
        private ThermalSensors thermalSensors;
        private Heaters heaters;
        private CoolantLoop coolant;
        private Radiators radiators;
        private Attitude attitude;
        private ArrayDrives arrayDrives;
        private GpuModules gpus;
        private OpticalTerminals terminals;
        private Navigation navigation;
        private Watchdog watchdog;
        private NonVolatileStore store;
        private MassMemory massMemory;

        private Builder() {
        }

        public Builder clock(Clock v) { clock = v; return this; }
        public Builder solarArray(SolarArray v) { solarArray = v; return this; }
        public Builder battery(Battery v) { battery = v; return this; }
        public Builder power(PowerDistribution v) { power = v; return this; }
        public Builder thermalSensors(ThermalSensors v) { thermalSensors = v; return this; }
        public Builder heaters(Heaters v) { heaters = v; return this; }
        public Builder coolant(CoolantLoop v) { coolant = v; return this; }
        public Builder radiators(Radiators v) { radiators = v; return this; }
        public Builder attitude(Attitude v) { attitude = v; return this; }
        public Builder arrayDrives(ArrayDrives v) { arrayDrives = v; return this; }
        public Builder gpus(GpuModules v) { gpus = v; return this; }
        public Builder terminals(OpticalTerminals v) { terminals = v; return this; }
        public Builder navigation(Navigation v) { navigation = v; return this; }
        public Builder watchdog(Watchdog v) { watchdog = v; return this; }
        public Builder store(NonVolatileStore v) { store = v; return this; }
        public Builder massMemory(MassMemory v) { massMemory = v; return this; }

        /** @return the HAL @throws NullPointerException naming the first missing device */
        public Hal build() {
            return new Hal(this);
        }
    }
}

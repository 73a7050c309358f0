package space.ocsat.sim.model;

import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.platform.MassMemory;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.power.LoadChannel;
import space.ocsat.sim.orbit.J2Orbit;

/**
 * The whole simulated satellite: every physics model, wired into one {@link Hal}. {@link #step(double)}
 * advances the physics by one fixed step using the actuator state the flight software left, then draws
 * the sensor readings the flight software will see next.
 */
public final class SimulatedSatellite {
    private final SatelliteConfig config;
    private final SimClock clock;
    private final OrbitEnvironment env;
    private final AttitudeModel attitude;
    private final ArrayDriveModel drives;
    private final SolarArrayModel solar;
    private final BatteryModel battery;
    private final PowerSystemModel power;
    private final GpuModel gpus;
    private final ThermalModel thermal;
    private final HeatersModel heaters;
    private final CoolantLoopModel coolant;
    private final RadiatorsModel radiators;
    private final UnitSensorsModel unitSensors;
    private final TerminalModel terminals;
    private final SimWatchdog watchdog;
    private final Hal hal;
    private long stepCount;

    /**
     * @param config the satellite's physical parameters
     * @param orbit  its orbit (epoch = simulation start)
     * @param seed   seed of every random stream in the models
     * @param clock  the simulated clock the flight software reads
     * @param store  the non-volatile store handed to the flight software
     * @param recorder the mass memory handed to the flight software
     * @param partners where the optical terminals' partners are (the constellation and the ground stations)
     */
    public SimulatedSatellite(SatelliteConfig config, J2Orbit orbit, long seed, SimClock clock, NonVolatileStore store,
                              MassMemory recorder, PartnerGeometry partners) {
        this.config = config;
        this.clock = clock;
        env = new OrbitEnvironment(orbit);
        attitude = new AttitudeModel(env, PointingMode.NADIR_YAW_STEERING);
        drives = new ArrayDriveModel(2, config.driveRateRadPerS);
        solar = new SolarArrayModel(config, env, attitude, drives, seed);
        battery = new BatteryModel(config, seed);
        power = new PowerSystemModel(seed);
        gpus = new GpuModel(config, seed);
        thermal = new ThermalModel(config, orbit.elements().semiMajorAxisM());
        gpus.attach(thermal);
        heaters = new HeatersModel(config.heaterPowerW);
        coolant = new CoolantLoopModel(thermal, config.coolantFlowKgPerS, 3, seed);
        radiators = new RadiatorsModel(thermal, config.radiatorSensorsPerZone, config.radiatorZoneFaceM2, seed);
        unitSensors = new UnitSensorsModel(thermal, seed);
        terminals = new TerminalModel(config, env, attitude, partners, seed);
        watchdog = new SimWatchdog(clock, 1_000_000_000L);
        battery.setTempK(thermal.batteryTempK());
        hal = Hal.builder().clock(clock).solarArray(solar).battery(battery).power(power)
                .thermalSensors(unitSensors).heaters(heaters).coolant(coolant).radiators(radiators)
                .attitude(attitude).arrayDrives(drives).gpus(gpus).terminals(terminals).navigation(env)
                .watchdog(watchdog).store(store).massMemory(recorder).build();
        solar.updateAvailable();
        sample();
    }

    /**
     * Advances the physics by one step with the current actuator state, moves the clock, and samples
     * the sensors for the next flight-software cycle.
     *
     * @param dtS step, s
     */
    public void step(double dtS) {
        attitude.step(dtS);
        drives.step(dtS);
        solar.updateAvailable();
        double heaterW = heaters.update(power.on(LoadChannel.HEATERS));
        boolean pumpRunning = coolant.update(power.on(LoadChannel.COOLANT_PUMP));
        terminals.supply(power.on(LoadChannel.TERMINALS));
        gpus.updatePower(power.on(LoadChannel.COMPUTE));
        double terminalsW = terminals.totalPowerW();
        power.load(LoadChannel.AVIONICS, config.avionicsPowerW);
        power.load(LoadChannel.COOLANT_PUMP, pumpRunning ? config.pumpPowerW : 0);
        power.load(LoadChannel.HEATERS, heaterW);
        power.load(LoadChannel.TERMINALS, terminalsW);
        power.load(LoadChannel.COMPUTE, gpus.totalPowerW());
        power.balance(solar.availablePowerW(), battery, dtS);
        solar.step(power.busVoltageTruthV(), dtS);
        thermal.step(dtS, gpus.powersW(), heaters.deliveredW(), pumpRunning, config.pumpPowerW, battery.heatW(),
                power.on(LoadChannel.AVIONICS) ? config.avionicsPowerW : 0, terminalsW, env,
                Math.abs(attitude.sunBody()[1]));
        battery.setTempK(thermal.batteryTempK());

        stepCount++;
        long nowNs = Math.round(stepCount * dtS * 1e9);
        clock.set(nowNs);
        env.update(nowNs / 1e9);
        if (stepCount % Math.max(1, Math.round(1 / dtS)) == 0) {
            gpus.stepSecond();
            terminals.stepSecond();
        }
        if (processorRunning && watchdog.check()) {
            watchdogFired = true;
        }
        sample();
    }

    private void sample() {
        solar.sample();
        battery.sample();
        power.sample();
        gpus.sample();
        coolant.sample();
        radiators.sample();
        unitSensors.sample();
    }

    private boolean processorRunning = true;
    private boolean watchdogFired;

    /** The flight computer is running (its watchdog counts) or rebooting (the watchdog waits for its first kick). */
    public void setProcessorRunning(boolean running) {
        processorRunning = running;
        if (running) {
            watchdog.kick();
        }
    }

    /** @return true once if the watchdog fired since the last call (the processor is reset then) */
    public boolean takeWatchdogFired() {
        boolean fired = watchdogFired;
        watchdogFired = false;
        return fired;
    }

    public Hal hal() { return hal; }
    public SatelliteConfig config() { return config; }
    public OrbitEnvironment environment() { return env; }
    public AttitudeModel attitude() { return attitude; }
    public SolarArrayModel solar() { return solar; }
    public ArrayDriveModel drives() { return drives; }
    public BatteryModel battery() { return battery; }
    public PowerSystemModel power() { return power; }
    public GpuModel gpus() { return gpus; }
    public ThermalModel thermal() { return thermal; }
    public CoolantLoopModel coolant() { return coolant; }
    public HeatersModel heaters() { return heaters; }
    public TerminalModel terminals() { return terminals; }
    public SimWatchdog watchdog() { return watchdog; }
    public SimClock clock() { return clock; }
}

package space.ocsat.sim;

import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import java.nio.ByteBuffer;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.MassMemory;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.exec.Executive;
import space.ocsat.fsw.tm.FrameSink;
import space.ocsat.sim.links.GroundSites;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.model.SimClock;
import space.ocsat.sim.model.SimulatedSatellite;
import space.ocsat.sim.orbit.J2Orbit;

/**
 * The simulator's composition root for one satellite in lockstep: the physics and the flight software
 * share one simulated clock; each {@link #step()} runs one flight-software cycle at the current time and
 * then advances the physics by one cycle period. Deterministic: same mission and seed, same results.
 *
 * <p>The satellite flies as satellite {@link MissionConfig#SELF_ID} of the mission's constellation, among passive
 * partners and the default optical ground network ({@link PassiveConstellation}); before the flight software boots,
 * its link tables are filled from that world ({@link LinkTables}), as operators would uplink them.
 */
public final class Simulation {
    /** Physics step and control cycle period, s (the 10 Hz base tick). */
    public static final double STEP_S = Executive.PERIOD_NS / 1e9;
    /** Steps per simulated second. */
    public static final int STEPS_PER_SECOND = (int) (1_000_000_000L / Executive.PERIOD_NS);

    private final MissionConfig mission;
    private final J2Orbit orbit;
    private final SimClock clock = new SimClock();
    private final SimulatedSatellite satellite;
    private final PassiveConstellation world;
    private final FswConfig fsw;
    private final space.ocsat.hal.Hal hal;
    private final KeyTable keys;
    private FlightSoftware flightSoftware;
    private DownlinkPort port = DownlinkPort.always((stream, sequence, frame) -> { });
    private long steps;
    private boolean processorHung;
    private long rebootUntilNs = -1;
    private long execWallTotalNs;
    private long execWallMaxNs;

    /**
     * @param mission   orbit, epoch, seed, age
     * @param satellite the satellite's physical parameters ({@code ageYears} is taken from the mission)
     * @param fsw       flight-software configuration
     * @param store     the non-volatile store the flight software gets
     * @param keys      the flight software's command keys
     */
    public Simulation(MissionConfig mission, SatelliteConfig satellite, FswConfig fsw, NonVolatileStore store,
                      KeyTable keys) {
        this(mission, satellite, fsw, store, new InMemoryMassMemory(satellite.recorderBlocks,
                satellite.recorderBlockBytes), keys);
    }

    /**
     * @param recorder the mass memory the flight software records telemetry in
     */
    public Simulation(MissionConfig mission, SatelliteConfig satellite, FswConfig fsw, NonVolatileStore store,
                      MassMemory recorder, KeyTable keys) {
        this(mission, satellite, fsw, store, recorder, keys, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param wiring what the flight software's HAL is made of, given the simulated satellite's: the identity, or
     *               wrappers that inject faults (the composition root is the one place that may wrap devices)
     * @param fsw    flight-software configuration; its link tables ({@code fsw.links}) are overwritten with the
     *               simulated constellation's and ground network's
     */
    public Simulation(MissionConfig mission, SatelliteConfig satellite, FswConfig fsw, NonVolatileStore store,
                      MassMemory recorder, KeyTable keys, java.util.function.UnaryOperator<space.ocsat.hal.Hal> wiring) {
        this(mission, satellite, fsw, store, recorder, keys, wiring, new PassiveConstellation(
                mission.validate().constellation(), MissionConfig.SELF_ID, GroundSites.defaultNetwork(), mission.seed),
                null);
    }

    /**
     * One satellite of a constellation run: it flies satellite {@code world.self()}'s orbit of the shell
     * ({@code world.shell()}), its link tables are filled from {@code world}, and its terminals see the partners
     * through {@code partners} (the world with active partners and shared ground stations). Its random streams are
     * the mission seed's, offset by the satellite id (satellite 0 draws those of a single-satellite run).
     *
     * @param world    the satellite's geometry: shell, its id, ground stations, weather
     * @param partners what its terminals see (wraps {@code world})
     */
    public static Simulation inConstellation(MissionConfig mission, SatelliteConfig satellite, FswConfig fsw,
            NonVolatileStore store, MassMemory recorder, KeyTable keys, PassiveConstellation world,
            space.ocsat.sim.model.PartnerGeometry partners) {
        return new Simulation(mission, satellite, fsw, store, recorder, keys, java.util.function.UnaryOperator.identity(),
                world, partners);
    }

    private Simulation(MissionConfig mission, SatelliteConfig satellite, FswConfig fsw, NonVolatileStore store,
                       MassMemory recorder, KeyTable keys, java.util.function.UnaryOperator<space.ocsat.hal.Hal> wiring,
                       PassiveConstellation world, space.ocsat.sim.model.PartnerGeometry partners) {
        this.mission = mission.validate();
        this.orbit = partners == null ? mission.orbit() : new J2Orbit(world.shell().elements(world.self()));
        satellite.ageYears = mission.ageYears;
        this.world = world;
        LinkTables.fill(fsw.links, world);
        long seed = partners == null ? mission.seed : mission.seed + 7919L * world.self();
        this.satellite = new SimulatedSatellite(satellite, orbit, seed, clock, store, recorder,
                partners == null ? world : partners);
        this.hal = wiring.apply(this.satellite.hal());
        this.fsw = fsw;
        this.keys = keys;
        this.flightSoftware = boot();
    }

    /**
     * Builds the flight software over the satellite's HAL, as a processor reset does: nothing survives but what
     * the non-volatile store and the recorder hold. Execution takes no simulated time: the flight software's own
     * execution figures stay zero, so its telemetry is deterministic; the wall-clock cost is measured here instead.
     */
    private FlightSoftware boot() {
        return new FlightSoftware(hal, fsw, clock, new DownlinkPort() {
            @Override
            public boolean up() {
                return port.up();
            }

            @Override
            public boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay) {
                return port.offer(stream, sequence, frame, replay);
            }
        }, keys);
    }

    /**
     * Resets the flight computer: the running flight software and all its memory are discarded and a new one boots
     * from the non-volatile store and the recorder (commands in a transport's inbox are lost with it).
     */
    public void resetFlightSoftware() {
        satellite.watchdog().markReset();
        flightSoftware = boot();
    }

    /**
     * The flight computer hangs: it stops running cycles (and kicking its watchdog), the hardware holding whatever
     * it last commanded. The watchdog fires after its timeout and resets the processor, which boots again
     * {@link SatelliteConfig#rebootS} later.
     */
    public void hangProcessor() {
        processorHung = true;
    }

    /** @return true while the flight computer is hung or rebooting (no flight-software cycles run) */
    public boolean processorDown() {
        return processorHung || rebootUntilNs >= 0;
    }

    /** Routes the flight software's telemetry frames to a sink that is always reachable (the in-process ground). */
    public void setDownlink(FrameSink sink) {
        this.port = DownlinkPort.always(sink);
    }

    /** Routes the flight software's telemetry through a port (a ground station with outages, a transport). */
    public void setDownlinkPort(DownlinkPort port) {
        this.port = port;
    }

    /** One lockstep cycle: flight software at the current time, then physics to the next tick. */
    public void step() {
        if (rebootUntilNs >= 0 && clock.nowNs() >= rebootUntilNs) {
            rebootUntilNs = -1;
            satellite.watchdog().markReset();
            satellite.setProcessorRunning(true);
            flightSoftware = boot();
        }
        if (!processorDown()) {
            long startNs = System.nanoTime();
            flightSoftware.runCycle(clock.nowNs());
            long execNs = System.nanoTime() - startNs;
            execWallTotalNs += execNs;
            execWallMaxNs = Math.max(execWallMaxNs, execNs);
        }
        satellite.step(STEP_S);
        steps++;
        if (satellite.takeWatchdogFired()) {
            processorHung = false;
            satellite.setProcessorRunning(false);
            rebootUntilNs = clock.nowNs() + Math.round(satellite.config().rebootS * 1e9);
        }
    }

    /** @return mean wall-clock time of a flight-software cycle, ns */
    public double execWallMeanNs() {
        return steps == 0 ? 0 : (double) execWallTotalNs / steps;
    }

    /** @return longest wall-clock time of a flight-software cycle, ns */
    public long execWallMaxNs() {
        return execWallMaxNs;
    }

    /** @return number of steps that cover {@code durationS}, rounded to whole seconds */
    public static long stepsFor(double durationS) {
        return Math.round(Math.ceil(durationS)) * STEPS_PER_SECOND;
    }

    /** @return steps taken */
    public long steps() { return steps; }

    public MissionConfig mission() { return mission; }
    public J2Orbit orbit() { return orbit; }
    public SimulatedSatellite satellite() { return satellite; }
    /** @return the constellation and ground stations around the satellite (truth) */
    public PassiveConstellation world() { return world; }
    public FlightSoftware flightSoftware() { return flightSoftware; }
    /** @return the flight software's configuration (its limits bound the compute-yield reference) */
    public FswConfig fswConfig() { return fsw; }
    public SimClock clock() { return clock; }
    /**
     * @return the HAL the flight software is given: the simulated satellite's, through the wiring's wrappers (what the
     *         HIL bridge serves to a flight software in another process)
     */
    public space.ocsat.hal.Hal flightHal() { return hal; }
}

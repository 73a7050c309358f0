package space.ocsat.sim.hil;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.transport.RigLink;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.hal.remote.BridgeCounters;
import space.ocsat.hal.remote.RemoteHal;
import space.ocsat.hal.remote.ServedHal;
import space.ocsat.sim.AllocationRounds;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.model.SatelliteConfig;

/**
 * The flight software's steady-state cycle stays allocation-free with the remote binding: the control thread's
 * allocated bytes are read around what it does each tick on a rig — take the SENSORS frame, deliver the ground link,
 * run the cycle, encode the ACTUATORS frame — and not around the simulator's side (encoding, applying, physics),
 * which may allocate. As AllocationTest: a round is repeated if a JIT recompilation charged the thread once.
 */
class RemoteHalAllocationTest {
    private static final int WARM_UP = 40_000;
    private static final int MEASURED = 50_000;

    @Test
    void theFlightSoftwareCycleOverTheRemoteBindingAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = AllocationRounds.threads();
        MissionConfig mission = new MissionConfig();
        mission.seed = 5;
        SatelliteConfig satellite = new SatelliteConfig();
        Simulation sim = new Simulation(mission, satellite, new FswConfig(), new InMemoryNonVolatileStore(64, 4096),
                new InMemoryMassMemory(64, satellite.recorderBlockBytes), KeyTable.empty());
        sim.satellite().setProcessorRunning(false);
        ServedHal served = new ServedHal(sim.flightHal(), 1, new BridgeCounters());
        RemoteHal remote = new RemoteHal(served.layout(), 1, null, sim.flightHal().watchdog(),
                new InMemoryNonVolatileStore(64, 4096),
                new InMemoryMassMemory(satellite.recorderBlocks, satellite.recorderBlockBytes), new BridgeCounters());
        RigLink rig = new RigLink(remote);
        FlightSoftware fsw = new FlightSoftware(remote.hal(), sim.fswConfig(), remote.frameClock(), rig,
                KeyTable.empty());
        long[] tick = {0};
        ServedHal.DownlinkSink ground = (s, q, f, r) -> { };
        Runnable simulatorSide = () -> {
            sim.satellite().step(Simulation.STEP_S);
            if (tick[0] % 100 == 99) {
                served.link().queueAck(1, tick[0] / 10);
            }
        };
        for (int i = 0; i < WARM_UP; i++) {
            ByteBuffer sensors = served.sensors(tick[0], sim.clock().nowNs());
            remote.accept(sensors);
            rig.deliver(fsw.downlink(), fsw.commanding().inbox(), remote.timeNs());
            fsw.runCycle(remote.timeNs());
            served.apply(remote.actuators(), tick[0], tick[0] - 1, false, ground);
            simulatorSide.run();
            tick[0]++;
        }
        AllocationRounds.assertNoneInSteadyState("on the flight software's side", MEASURED, baseline -> {
            long allocated = 0;
            for (int i = 0; i < MEASURED; i++) {
                ByteBuffer sensors = served.sensors(tick[0], sim.clock().nowNs());
                long before = threads.getCurrentThreadAllocatedBytes();
                remote.accept(sensors);
                rig.deliver(fsw.downlink(), fsw.commanding().inbox(), remote.timeNs());
                fsw.runCycle(remote.timeNs());
                ByteBuffer actuators = remote.actuators();
                allocated += threads.getCurrentThreadAllocatedBytes() - before - baseline;
                served.apply(actuators, tick[0], tick[0] - 1, false, ground);
                simulatorSide.run();
                tick[0]++;
            }
            return allocated;
        });
    }
}

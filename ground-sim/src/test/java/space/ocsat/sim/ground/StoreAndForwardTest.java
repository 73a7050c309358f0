package space.ocsat.sim.ground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.SimulationFixture;
import space.ocsat.wire.Command;
import space.ocsat.wire.Noop;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.Stream;

/**
 * Store-and-forward end to end in lockstep: a link outage and a flight-software restart in the middle of a run, the
 * in-process ground acknowledging every 10 s as a ground station does.
 */
class StoreAndForwardTest {
    private static final int ACK_EVERY_STEPS = 10 * Simulation.STEPS_PER_SECOND;

    private final Simulation sim = SimulationFixture.reference(11);
    private final ReceivedFrames archive = new ReceivedFrames();
    private final GroundStation ground = new GroundStation(Stream.names.length, archive, null);

    StoreAndForwardTest() {
        sim.setDownlinkPort(ground);
    }

    private void run(double seconds) {
        for (long k = 0; k < Simulation.stepsFor(seconds); k++) {
            sim.step();
            if (sim.steps() % ACK_EVERY_STEPS == 0) {
                ground.acknowledge(sim.flightSoftware().downlink(), sim.clock().nowNs());
            }
        }
    }

    @Test
    void aThirtyMinuteOutageMidRunLosesNoFrameAndTheGroundGetsEachOnceInOrder() {
        run(600);
        ground.setLinkUp(false);
        run(1800);
        Downlink downlink = sim.flightSoftware().downlink();
        int backlog = downlink.backlog();
        assertThat(backlog).as("30 min of telemetry recorded while down").isGreaterThan(1800 * 5);
        ground.setLinkUp(true);
        run(900);

        archive.assertEveryFrameExactlyOnceInOrder(sim.flightSoftware().frames());
        assertThat(downlink.replayed()).isGreaterThanOrEqualTo(backlog);
        assertThat(downlink.lost()).isZero();
        assertThat(ground.duplicates()).as("nothing sent twice over a link that loses nothing").isZero();
        assertThat(downlink.backlog()).as("all acknowledged but the last 10 s").isLessThan(10 * 10);
    }

    @Test
    void aFlightSoftwareRestartLosesNoFrameRunsAScheduledCommandOnceAndStillRejectsAReplay() {
        TelecommandEncoder ops = new TelecommandEncoder(1, 7, KeyTable.parseHex("07".repeat(32)));
        run(300);
        long utcNowNs = sim.satellite().hal().navigation().gnssTimeUnixNs();
        byte[] noop = ops.encode(1000, 0, Command.Noop, b -> { Noop.startNoop(b); return Noop.endNoop(b); });
        byte[] timeTagged = ops.encode(1001, utcNowNs + 600_000_000_000L, Command.SetGpuPowerCap,
                b -> SetGpuPowerCap.createSetGpuPowerCap(b, 255, 650f));
        send(noop);
        send(timeTagged);
        run(185); // 5 s after the last acknowledgement: those frames are on the ground but not acknowledged

        sim.resetFlightSoftware(); // processor reset: everything in memory is gone
        sim.setDownlinkPort(ground);
        assertThat(sim.flightSoftware().commanding().scheduled()).isEqualTo(1);
        run(600);
        send(noop);
        run(60);

        archive.assertEveryFrameExactlyOnceInOrder(sim.flightSoftware().frames());
        assertThat(archive.acks).containsExactly("1000 ACCEPTED OK", "1001 ACCEPTED OK", "1000 STARTED OK",
                "1000 COMPLETED OK", "1001 STARTED OK", "1001 COMPLETED OK", "1000 REJECTED STALE_SEQUENCE");
        assertThat(ground.duplicates()).as("the restart replays what the ground had not yet acknowledged")
                .isPositive().isLessThan(10 * 10);
    }

    private void send(byte[] telecommand) {
        sim.flightSoftware().commanding().inbox().offer(telecommand, 0, telecommand.length);
    }
}

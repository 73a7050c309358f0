package space.ocsat.fsw.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import space.ocsat.wire.CancelScheduled;
import space.ocsat.wire.Command;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.Telecommand;

/** Time-tagged commands: the fake navigation's UTC equals mission time, so "at" is in mission ns. */
class ScheduleTest {
    private static final long SECOND = 1_000_000_000L;
    private final CommandHarness h = new CommandHarness();

    private byte[] capAt(long sequence, long atNs, float capW) {
        return h.ground.encode(sequence, atNs, Command.SetGpuPowerCap,
                b -> SetGpuPowerCap.createSetGpuPowerCap(b, 1, capW));
    }

    @Test
    void aTimeTaggedCommandIsAcceptedAtOnceAndRunsAtItsTimeNotBefore() {
        h.cycles(20);
        long at = h.fake.nowNs + 5 * SECOND;
        h.send(capAt(1, at, 350f));
        h.cycles(1);
        assertThat(h.acks()).containsExactly("1 ACCEPTED OK");
        assertThat(h.fsw.commanding().scheduled()).isEqualTo(1);
        h.cycles(45);
        assertThat(h.acks()).containsExactly("1 ACCEPTED OK");
        h.cycles(10);
        assertThat(h.acks()).containsExactly("1 ACCEPTED OK", "1 STARTED OK", "1 COMPLETED OK");
        assertThat(h.fsw.commanding().scheduled()).isZero();
        h.cycles(200);
        assertThat(h.fake.gpuCapW[1]).isEqualTo(350);
    }

    @Test
    void aClockJumpSkipsEveryCommandItPassedOverAndRunsTheOnesAfterIt() {
        h.cycles(20);
        long t0 = h.fake.nowNs;
        h.send(capAt(1, t0 + 60 * SECOND, 300f));
        h.send(capAt(2, t0 + 120 * SECOND, 310f));
        h.send(capAt(3, t0 + 3700 * SECOND, 320f));
        h.cycles(3);
        h.fake.gnssOffsetNs = 3600 * SECOND; // GNSS time jumps an hour ahead
        h.cycles(5);
        assertThat(h.acks()).containsSubsequence("1 FAILED SKIPPED", "2 FAILED SKIPPED")
                .noneMatch(a -> a.startsWith("1 COMPLETED") || a.startsWith("2 COMPLETED"));
        assertThat(h.fsw.commanding().scheduled()).as("the one after the jump waits").isEqualTo(1);
        assertThat(h.events(space.ocsat.fsw.tm.EventId.COMMAND_SKIPPED)).isEqualTo(2);
        assertThat(h.events(space.ocsat.fsw.tm.EventId.CLOCK_JUMPED)).isEqualTo(1);
        h.cycles(1000);
        assertThat(h.acks()).as("the entry after the jump runs at its time").contains("3 COMPLETED OK");
    }

    @Test
    void losingGnssFlywheelsTheClockAndSaysSo() {
        h.cycles(20);
        h.fake.gnssLost = true;
        h.cycles(50);
        assertThat(h.events(space.ocsat.fsw.tm.EventId.CLOCK_FLYWHEEL)).isEqualTo(1);
        long send = h.fake.nowNs;
        h.send(capAt(4, send + 2 * SECOND, 330f));
        h.cycles(40);
        assertThat(h.acks()).as("UTC keeps running on the flywheel").contains("4 COMPLETED OK");
        h.fake.gnssLost = false;
        h.cycles(2);
        assertThat(h.events(space.ocsat.fsw.tm.EventId.CLOCK_FLYWHEEL)).isEqualTo(2);
        assertThat(h.events(space.ocsat.fsw.tm.EventId.CLOCK_JUMPED)).isZero();
    }

    @Test
    void aTimeInThePastIsRejectedExpired() {
        h.cycles(20);
        h.send(capAt(1, h.fake.nowNs - SECOND, 350f));
        h.cycles(1);
        assertThat(h.acks()).containsExactly("1 REJECTED EXPIRED");
    }

    @Test
    void aRebootLosesNoScheduledCommandAndRunsItOnce() {
        h.cycles(20);
        h.send(capAt(1, h.fake.nowNs + 10 * SECOND, 300f));
        h.cycles(2);
        h.boot();
        assertThat(h.fsw.commanding().scheduled()).isEqualTo(1);
        h.cycles(150);
        assertThat(h.acks()).filteredOn(a -> a.startsWith("1 COMPLETED")).hasSize(1);
        h.boot();
        h.cycles(20);
        assertThat(h.acks()).filteredOn(a -> a.startsWith("1 COMPLETED")).hasSize(1);
    }

    @Test
    void anEntryInterruptedByAResetFailsInsteadOfRunningTwice() {
        CommandSchedule store = new CommandSchedule(h.fake.hal.store());
        store.restore();
        int i = store.add(body(capAt(9, 5 * SECOND, 400f)), CommandHarness.KEY_ID, 9, 5 * SECOND, false);
        store.markStarted(i);
        h.boot();
        h.cycles(5);
        assertThat(h.acks()).containsExactly("9 FAILED EXECUTION_ERROR");
        assertThat(h.fsw.commanding().scheduled()).isZero();
    }

    @Test
    void anEntryLongOverdueAtBootIsReportedExpiredNotRunBlindly() {
        h.fake.nowNs = 120 * SECOND;
        CommandSchedule store = new CommandSchedule(h.fake.hal.store());
        store.restore();
        store.add(body(capAt(8, 60 * SECOND, 400f)), CommandHarness.KEY_ID, 8, 60 * SECOND, false);
        h.boot();
        h.cycles(5);
        assertThat(h.acks()).containsExactly("8 FAILED EXPIRED");
    }

    @Test
    void cancelScheduledRemovesAWaitingCommand() {
        h.cycles(20);
        h.send(capAt(1, h.fake.nowNs + 30 * SECOND, 300f));
        h.send(h.command(2, Command.CancelScheduled, b -> CancelScheduled.createCancelScheduled(b, 1)));
        h.cycles(3);
        assertThat(h.fsw.commanding().scheduled()).isZero();
        h.send(h.command(3, Command.CancelScheduled, b -> CancelScheduled.createCancelScheduled(b, 1)));
        h.cycles(2);
        assertThat(h.acks()).contains("2 COMPLETED OK", "3 FAILED ARGUMENT_OUT_OF_RANGE");
    }

    /** The signed body inside a telecommand, as the adapter stores it. */
    private static ByteBuffer body(byte[] telecommand) {
        return Telecommand.getRootAsTelecommand(ByteBuffer.wrap(telecommand)).bodyAsByteBuffer();
    }

    @Test
    void reportScheduleListsEveryWaitingEntryInExecutionOrder() {
        h.cycles(20);
        long t = h.fake.nowNs;
        h.send(capAt(1, t + 90 * SECOND, 300f));
        h.send(capAt(2, t + 30 * SECOND, 400f));
        h.cycles(2);
        long from = h.fsw.events().published();
        h.send(h.command(3, Command.ReportSchedule, b -> {
            space.ocsat.wire.ReportSchedule.startReportSchedule(b);
            return space.ocsat.wire.ReportSchedule.endReportSchedule(b);
        }));
        h.cycles(2);
        java.util.List<String> report = new java.util.ArrayList<>();
        for (long e = from; e < h.fsw.events().published(); e++) {
            space.ocsat.fsw.tm.EventId id = h.fsw.events().id(e);
            if (id == space.ocsat.fsw.tm.EventId.SCHEDULE_ENTRY || id == space.ocsat.fsw.tm.EventId.SCHEDULE_REPORTED) {
                report.add(id + " " + h.fsw.events().argA(e) + " " + h.fsw.events().argB(e) + " "
                        + Math.round(h.fsw.events().value(e)));
            }
        }
        assertThat(report).containsExactly(
                "SCHEDULE_ENTRY 2 " + Command.SetGpuPowerCap + " " + Math.round((t + 30 * SECOND) / 1e9),
                "SCHEDULE_ENTRY 1 " + Command.SetGpuPowerCap + " " + Math.round((t + 90 * SECOND) / 1e9),
                "SCHEDULE_REPORTED 2 0 0");
        assertThat(h.acks()).contains("3 COMPLETED OK");
    }
}

package space.ocsat.fsw.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.wire.Arm;
import space.ocsat.wire.Command;
import space.ocsat.wire.Noop;
import space.ocsat.wire.SetGpuPower;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.SetHousekeepingRate;
import space.ocsat.wire.SetMode;
import space.ocsat.wire.Stream;

class CommandingTest {
    private final CommandHarness h = new CommandHarness();

    private byte[] noop(long sequence) {
        return h.command(sequence, Command.Noop, b -> { Noop.startNoop(b); return Noop.endNoop(b); });
    }

    @Test
    void noopIsAcceptedOnReceiptThenStartedAndCompletedNextCycle() {
        h.send(noop(1));
        h.cycles(1);
        assertThat(h.acks()).containsExactly("1 ACCEPTED OK");
        h.cycles(1);
        assertThat(h.acks()).containsExactly("1 ACCEPTED OK", "1 STARTED OK", "1 COMPLETED OK");
        assertThat(h.fsw.commanding().acks().completed()).isEqualTo(1);
    }

    @Test
    void aReplayedCommandIsRejectedAsStaleAndTheSatelliteKeepsRunning() {
        byte[] once = noop(5);
        h.send(once);
        h.cycles(2);
        h.send(once);
        h.send(noop(4));
        h.cycles(2);
        assertThat(h.acks()).endsWith("5 REJECTED STALE_SEQUENCE", "4 REJECTED STALE_SEQUENCE");
        assertThat(h.fsw.mode()).isEqualTo(Mode.OPERATIONAL);
    }

    @Test
    void aForgedCommandIsRejectedBadMac() {
        byte[] forged = new TelecommandEncoder(CommandHarness.SAT, CommandHarness.KEY_ID, new byte[32])
                .encode(1, 0, Command.Noop, b -> { Noop.startNoop(b); return Noop.endNoop(b); });
        h.send(forged);
        h.cycles(1);
        assertThat(h.acks()).as("a rejection before authentication echoes nothing the sender wrote")
                .containsExactly("0 REJECTED BAD_MAC");
    }

    @Test
    void aTruncatedOrRandomOrOversizedBufferIsRejectedFormatError() {
        byte[] good = noop(1);
        h.send(java.util.Arrays.copyOf(good, good.length / 2));
        byte[] random = new byte[80];
        new Random(3).nextBytes(random);
        h.send(random);
        h.send(new byte[CommandInbox.MAX_COMMAND_BYTES + 500]);
        h.send(new byte[3]);
        h.cycles(1);
        assertThat(h.acks()).containsExactly("0 REJECTED FORMAT_ERROR", "0 REJECTED FORMAT_ERROR",
                "0 REJECTED FORMAT_ERROR", "0 REJECTED FORMAT_ERROR");
        assertThat(h.fsw.commanding().acks().rejected()).isEqualTo(4);
    }

    @Test
    void unknownKeyAndWrongSatelliteHaveTheirOwnCodes() {
        h.send(new TelecommandEncoder(CommandHarness.SAT, 99, CommandHarness.KEY)
                .encode(1, 0, Command.Noop, b -> { Noop.startNoop(b); return Noop.endNoop(b); }));
        h.send(new TelecommandEncoder(CommandHarness.SAT + 1, CommandHarness.KEY_ID, CommandHarness.KEY)
                .encode(2, 0, Command.Noop, b -> { Noop.startNoop(b); return Noop.endNoop(b); }));
        h.cycles(1);
        assertThat(h.acks()).containsExactly("0 REJECTED UNKNOWN_KEY", "2 REJECTED WRONG_SATELLITE");
    }

    @Test
    void anArgumentOutOfRangeIsRejectedAndChangesNothing() {
        h.send(h.command(1, Command.SetGpuPowerCap, b -> SetGpuPowerCap.createSetGpuPowerCap(b, 0, 900f)));
        h.send(h.command(2, Command.SetGpuPowerCap, b -> SetGpuPowerCap.createSetGpuPowerCap(b, 17, 400f)));
        h.cycles(1);
        assertThat(h.acks()).containsExactly("1 REJECTED ARGUMENT_OUT_OF_RANGE", "2 REJECTED ARGUMENT_OUT_OF_RANGE");
    }

    @Test
    void commandedCapAndPowerReachTheGpus() {
        h.cycles(20);
        h.send(h.command(1, Command.SetGpuPowerCap, b -> SetGpuPowerCap.createSetGpuPowerCap(b, 255, 300f)));
        h.send(h.command(2, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 2, false)));
        h.cycles(100);
        assertThat(h.fake.gpuPowered).containsExactly(true, true, false, true);
        assertThat(h.fake.gpuCapW[0]).isEqualTo(300);
    }

    @Test
    void leavingSafeIsHazardousAndNeedsAnArmFirst() {
        h.send(h.command(1, Command.SetMode, b -> SetMode.createSetMode(b, space.ocsat.wire.Mode.SAFE)));
        h.cycles(3);
        assertThat(h.fsw.mode()).isEqualTo(Mode.SAFE);
        h.send(h.command(2, Command.SetMode, b -> SetMode.createSetMode(b, space.ocsat.wire.Mode.OPERATIONAL)));
        h.cycles(2);
        assertThat(h.acks()).contains("2 REJECTED NOT_ARMED");
        h.send(h.command(3, Command.Arm, b -> Arm.createArm(b, Command.SetMode, 30f)));
        h.cycles(2);
        h.send(h.command(4, Command.SetMode, b -> SetMode.createSetMode(b, space.ocsat.wire.Mode.OPERATIONAL)));
        h.cycles(3);
        assertThat(h.acks()).contains("4 ACCEPTED OK", "4 COMPLETED OK");
        assertThat(h.fsw.mode()).isEqualTo(Mode.OPERATIONAL);
    }

    @Test
    void housekeepingRateFollowsTheCommand() {
        h.send(h.command(1, Command.SetHousekeepingRate,
                b -> SetHousekeepingRate.createSetHousekeepingRate(b, Stream.HK_POWER, 5f)));
        h.cycles(2);
        assertThat(h.fsw.housekeeping().periodCycles(Stream.HK_POWER)).isEqualTo(50);
    }

    @Test
    void replayedCommandsAreStillRejectedAfterAProcessorReset() {
        byte[] seven = noop(7);
        h.send(seven);
        h.cycles(2);
        h.boot();
        h.send(seven);
        h.send(noop(8));
        h.cycles(2);
        assertThat(h.fsw.commanding().restored()).isTrue();
        assertThat(h.acks()).contains("7 REJECTED STALE_SEQUENCE", "8 ACCEPTED OK", "8 COMPLETED OK");
    }

    /**
     * Bit flips and truncations of a valid command: none may throw, and none may be accepted unless the
     * mutation left the signed body and its tag intact (padding, an unused byte): then it is the authentic
     * command, accepted once, and every later copy is a replay.
     */
    @Test
    void mutatedCommandsNeverThrowAndPassOnlyWhenTheSignedBodyIsIntact() {
        Random random = new Random(11);
        byte[] good = noop(1000);
        for (int i = 0; i < 3000; i++) {
            byte[] bad = good.clone();
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(bad.length);
                bad[at] ^= (byte) (1 << random.nextInt(8));
            }
            if (random.nextBoolean()) {
                bad = java.util.Arrays.copyOf(bad, 1 + random.nextInt(bad.length));
            }
            h.send(bad);
            h.cycles(1);
        }
        long accepted = h.fsw.commanding().acks().accepted();
        assertThat(accepted).isLessThanOrEqualTo(1);
        assertThat(h.acks()).filteredOn(a -> a.contains("ACCEPTED")).allMatch(a -> a.startsWith("1000 "));
        assertThat(h.fsw.commanding().acks().rejected()).isEqualTo(3000 - accepted);
        assertThat(h.acks()).filteredOn(a -> a.contains("REJECTED BAD_MAC")).hasSizeGreaterThan(100);
    }

    @Test
    void anAuthenticatedCommandRejectedForItsArgumentsStillUsesUpItsSequence() {
        byte[] bad = h.command(5, Command.SetGpuPowerCap, b -> SetGpuPowerCap.createSetGpuPowerCap(b, 0, 900f));
        h.send(bad);
        h.cycles(1);
        h.send(bad);
        h.cycles(1);
        assertThat(h.acks()).containsExactly("5 REJECTED ARGUMENT_OUT_OF_RANGE", "5 REJECTED STALE_SEQUENCE");
    }

    @Test
    void poweringTheLastAvailableGpuOffNeedsAnArmHoweverManyCommandsItTakes() {
        h.cycles(20);
        for (int g = 0; g < 3; g++) {
            int gpu = g;
            h.send(h.command(10 + g, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, gpu, false)));
            h.cycles(2);
        }
        h.send(h.command(13, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 3, false)));
        h.cycles(2);
        assertThat(h.acks()).contains("12 COMPLETED OK", "13 REJECTED NOT_ARMED");
        h.send(h.command(14, Command.Arm, b -> Arm.createArm(b, Command.SetGpuPower, 10f)));
        h.cycles(2);
        h.send(h.command(15, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 3, false)));
        h.cycles(3);
        assertThat(h.acks()).contains("15 COMPLETED OK");
        assertThat(h.fake.gpuPowered).containsOnly(false);
    }

    @Test
    void aCommandThatBecameHazardousBeforeItRanFailsNotArmed() {
        h.cycles(20);
        h.send(h.command(1, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 0, false)));
        h.send(h.command(2, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 1, false)));
        h.cycles(2);
        h.send(h.command(3, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 2, false)));
        h.send(h.command(4, Command.SetGpuPower, b -> SetGpuPower.createSetGpuPower(b, 3, false)));
        h.cycles(1);
        assertThat(h.acks()).contains("3 ACCEPTED OK", "4 ACCEPTED OK");
        h.cycles(2);
        assertThat(h.acks()).contains("3 COMPLETED OK", "4 FAILED NOT_ARMED");
        assertThat(h.fake.gpuPowered).containsExactly(false, false, false, true);
    }

    @Test
    void aLostAntiReplayRecordRefusesCommandsUntilUtcReanchorsIt() {
        h.fake.nowNs = 1_800_000_000_000_000_000L;
        h.fake.hal.store().write(SequenceGuard.SLOT, java.nio.ByteBuffer.wrap(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}));
        h.boot();
        assertThat(h.fsw.commanding().antiReplayLost()).isTrue();
        long first = h.fake.nowNs / 1000 + 1;
        h.send(noop(first));
        h.cycles(2);
        assertThat(h.fsw.commanding().antiReplayLost()).as("re-anchored once UTC was known").isFalse();
        long now = h.fake.nowNs / 1000;
        h.send(noop(now - 120_000_000L));
        h.send(noop(now + 1));
        h.cycles(2);
        assertThat(h.acks()).containsExactly(first + " REJECTED STORE_ERROR",
                (now - 120_000_000L) + " REJECTED STALE_SEQUENCE", (now + 1) + " ACCEPTED OK",
                (now + 1) + " STARTED OK", (now + 1) + " COMPLETED OK");
    }

    @Test
    void aKeyTakenOutOfTheKeyFileKeepsItsCounterForWhenItComesBack() {
        h.send(noop(10));
        h.cycles(2);
        h.boot(KeyTable.parse(java.util.List.of(KeyTable.line(8, new byte[32]))));
        h.cycles(2);
        h.boot();
        h.send(noop(10));
        h.send(noop(11));
        h.cycles(2);
        assertThat(h.acks()).contains("10 REJECTED STALE_SEQUENCE", "11 ACCEPTED OK");
    }

    @Test
    void rotateKeyNeedsAnArmThenRetiresTheSigningKeyForGoodEvenAfterAReset() {
        byte[] newKey = new byte[32];
        java.util.Arrays.fill(newKey, (byte) 8);
        KeyTable both = KeyTable.parse(java.util.List.of(KeyTable.line(CommandHarness.KEY_ID, CommandHarness.KEY),
                KeyTable.line(8, newKey)));
        h.boot(both);
        h.send(h.command(1, Command.RotateKey, b -> space.ocsat.wire.RotateKey.createRotateKey(b, 8)));
        h.send(h.command(2, Command.RotateKey, b -> space.ocsat.wire.RotateKey.createRotateKey(b, 99)));
        h.cycles(2);
        assertThat(h.acks()).contains("1 REJECTED NOT_ARMED", "2 REJECTED ARGUMENT_OUT_OF_RANGE");

        h.send(h.command(3, Command.Arm, b -> Arm.createArm(b, Command.RotateKey, 30f)));
        h.cycles(2);
        h.send(h.command(4, Command.RotateKey, b -> space.ocsat.wire.RotateKey.createRotateKey(b, 8)));
        h.cycles(2);
        assertThat(h.acks()).contains("4 ACCEPTED OK", "4 COMPLETED OK");

        h.send(noop(5));
        TelecommandEncoder rotated = new TelecommandEncoder(CommandHarness.SAT, 8, newKey);
        byte[] withNewKey = rotated.encode(1, 0, Command.Noop, b -> { space.ocsat.wire.Noop.startNoop(b);
            return space.ocsat.wire.Noop.endNoop(b); });
        h.send(withNewKey);
        h.cycles(2);
        assertThat(h.acks()).contains("0 REJECTED UNKNOWN_KEY", "1 COMPLETED OK");

        h.boot(both);
        h.send(noop(6));
        h.cycles(2);
        assertThat(h.acks()).filteredOn(a -> a.endsWith("REJECTED UNKNOWN_KEY")).hasSize(2);
    }
}

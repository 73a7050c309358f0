package space.ocsat.fsw.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the command path with arbitrary bytes: whatever arrives, the flight software keeps cycling,
 * answers with exactly one acknowledgement on receipt, and accepts nothing it cannot authenticate.
 * {@code mvn test} replays the seeds in {@code src/test/resources/.../CommandDecoderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -pl flight-sw -am -Dtest=CommandDecoderFuzzTest} fuzzes for real.
 */
class CommandDecoderFuzzTest {
    private static final CommandHarness HARNESS = new CommandHarness();

    static {
        HARNESS.keepFrames = false;
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreAcknowledgedOnceAndNeverThrow(byte[] data) {
        CommandAcks acks = HARNESS.fsw.commanding().acks();
        long before = acks.accepted() + acks.rejected();
        HARNESS.fsw.commanding().inbox().offer(data, 0, data.length);
        HARNESS.cycles(1);
        assertThat(acks.accepted() + acks.rejected()).isEqualTo(before + 1);
    }
}

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
    void anyBytesAreAcknowledgedOnceAndNeverThrow(byte[] data) throws Exception {
        CommandAcks acks = HARNESS.fsw.commanding().acks();
        long before = acks.accepted() + acks.rejected();
        long acceptedBefore = acks.accepted();
        HARNESS.fsw.commanding().inbox().offer(data, 0, data.length);
        HARNESS.cycles(1);
        assertThat(acks.accepted() + acks.rejected()).isEqualTo(before + 1);
        if (acks.accepted() > acceptedBefore) {
            assertThat(independentlyAuthentic(data)).as("accepted only what the test key signed").isTrue();
        }
    }

    /** Re-checks an accepted input's tag with the JDK's HMAC, outside the code under test. */
    private static boolean independentlyAuthentic(byte[] data) throws Exception {
        space.ocsat.wire.Telecommand tc = space.ocsat.wire.Telecommand.getRootAsTelecommand(java.nio.ByteBuffer.wrap(data));
        java.nio.ByteBuffer body = tc.bodyAsByteBuffer();
        byte[] signed = new byte[body.remaining()];
        body.get(signed);
        byte[] tag = new byte[tc.macLength()];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (byte) tc.mac(i);
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(CommandHarness.KEY, "HmacSHA256"));
        return java.security.MessageDigest.isEqual(mac.doFinal(signed), tag);
    }
}

package space.ocsat.sim.ground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.FrameSink;
import space.ocsat.wire.CommandAck;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/** What reached a test's ground archive: every frame's sequence per stream, checked as it arrives. */
final class ReceivedFrames implements FrameSink {
    final List<List<Long>> sequences = new ArrayList<>();
    final List<String> acks = new ArrayList<>();

    ReceivedFrames() {
        for (int s = 0; s < Stream.names.length; s++) {
            sequences.add(new ArrayList<>());
        }
    }

    @Override
    public void accept(int stream, long sequence, ByteBuffer frame) {
        assertThat(FrameEncoder.crcValid(frame)).as("CRC of %s #%d", Stream.name(stream), sequence).isTrue();
        TelemetryFrame decoded = TelemetryFrame.getRootAsTelemetryFrame(frame.duplicate());
        assertThat(decoded.stream()).isEqualTo(stream);
        assertThat(decoded.sequence()).isEqualTo(sequence);
        sequences.get(stream).add(sequence);
        if (stream == Stream.ACKS) {
            CommandAck ack = (CommandAck) decoded.payload(new CommandAck());
            acks.add(ack.commandSequence() + " " + space.ocsat.wire.AckStage.name(ack.stage()) + " "
                    + space.ocsat.wire.AckCode.name(ack.code()));
        }
    }

    /** Asserts every stream arrived as 0, 1, … , produced − 1: each sequence exactly once, in order. */
    void assertEveryFrameExactlyOnceInOrder(space.ocsat.fsw.tm.FrameEncoder frames) {
        long[] produced = new long[Stream.names.length];
        for (int s = 1; s < produced.length; s++) {
            produced[s] = frames.nextSequence(s);
        }
        assertEveryFrameExactlyOnceInOrder(produced, false);
    }

    /**
     * Asserts every stream arrived as 0, 1, 2, … with no gap and no repeat, covering at least {@code produced[s]}
     * frames (exactly that many unless {@code moreMayFollow}).
     */
    void assertEveryFrameExactlyOnceInOrder(long[] produced, boolean moreMayFollow) {
        assertThat(produced[Stream.HK_POWER]).as("housekeeping produced").isPositive();
        assertThat(produced[Stream.EVENTS]).as("events produced").isPositive();
        for (int s = 1; s < Stream.names.length; s++) {
            List<Long> got = sequences.get(s);
            if (moreMayFollow) {
                assertThat(got.size()).as("stream %s", Stream.name(s)).isGreaterThanOrEqualTo((int) produced[s]);
            } else {
                assertThat(got).as("stream %s", Stream.name(s)).hasSize((int) produced[s]);
            }
            for (int i = 0; i < got.size(); i++) {
                if (got.get(i) != i) {
                    throw new AssertionError("stream " + Stream.name(s) + ": position " + i + " holds #" + got.get(i));
                }
            }
        }
    }
}

package space.ocsat.fsw.downlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.hal.platform.InMemoryMassMemory;

class FrameRingTest {
    private static final int HK = 0;
    private static final int HK2 = 1;
    private static final int EVENTS = 2;
    private static final boolean[] HOUSEKEEPING = {true, true, false};

    private final InMemoryMassMemory memory = new InMemoryMassMemory(8, 256);
    private FrameRing ring = new FrameRing(memory, 3, HOUSEKEEPING);
    private final long[] noneAcked = {-1, -1, -1};

    {
        ring.recover(noneAcked);
    }

    private static ByteBuffer frame(int stream, long sequence) {
        return ByteBuffer.wrap(("s" + stream + "#" + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    private boolean append(int stream, long sequence) {
        return ring.append(stream, sequence, frame(stream, sequence)) >= 0;
    }

    /** Sends everything unsent (as the downlink does) and returns "stream#seq" in the order sent. */
    private List<String> drain() {
        List<String> sent = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocate(ring.maxFrameBytes());
        for (int b = ring.oldestUnsent(); b >= 0; b = ring.oldestUnsent()) {
            assertThat(ring.read(b, buffer)).isTrue();
            String text = StandardCharsets.US_ASCII.decode(buffer).toString();
            assertThat(text).isEqualTo("s" + ring.streamOf(b) + "#" + ring.sequenceOf(b));
            sent.add(ring.streamOf(b) + "#" + ring.sequenceOf(b));
            ring.markSent(b, 0);
        }
        return sent;
    }

    @Test
    void unsentFramesGoOutInRecordingOrderAcrossStreams() {
        append(HK, 0);
        append(EVENTS, 0);
        append(HK, 1);
        append(HK2, 0);
        assertThat(drain()).containsExactly("0#0", "2#0", "0#1", "1#0");
        assertThat(ring.backlog()).isEqualTo(4);
    }

    @Test
    void whenFullTheOldestHousekeepingIsOverwrittenBeforeAnyEventAndCounted() {
        append(EVENTS, 0);
        for (long s = 0; s < 4; s++) {
            append(HK, s);
        }
        for (long s = 0; s < 3; s++) {
            append(HK2, s);
        }
        append(HK, 4); // ring of 8 is full: HK#0 (the oldest housekeeping) goes
        append(EVENTS, 1); // then HK#1 (older than HK2#0)
        assertThat(drain()).containsExactly("2#0", "0#2", "0#3", "1#0", "1#1", "1#2", "0#4", "2#1");
        assertThat(ring.lostUnsent(HK)).isEqualTo(2);
        assertThat(ring.lostUnsent(EVENTS)).isZero();
    }

    @Test
    void eventsAreOverwrittenOnlyWhenNoHousekeepingCanGoAndNeverAStreamsNewestFrame() {
        append(HK, 0);
        for (long s = 0; s < 7; s++) {
            append(EVENTS, s);
        }
        append(EVENTS, 7); // HK has one frame (its newest): the oldest event goes instead
        assertThat(ring.lostUnsent(EVENTS)).isEqualTo(1);
        assertThat(ring.lostUnsent(HK)).isZero();
        assertThat(drain()).startsWith("0#0", "2#1");
    }

    @Test
    void acknowledgedFramesFreeTheirBlocksAndAreNotSentAgain() {
        for (long s = 0; s < 5; s++) {
            append(HK, s);
        }
        assertThat(ring.acknowledge(HK, 2)).isEqualTo(3);
        assertThat(ring.backlog()).isEqualTo(2);
        assertThat(drain()).containsExactly("0#3", "0#4");
    }

    @Test
    void aRebootRebuildsTheBacklogFromTheBlocksAloneAndForgetsWhatWasSent() {
        for (long s = 0; s < 4; s++) {
            append(HK, s);
        }
        append(EVENTS, 0);
        ring.acknowledge(HK, 1);
        drain();

        ring = new FrameRing(memory, 3, HOUSEKEEPING);
        ring.recover(new long[] {1, -1, -1});
        assertThat(ring.newestSequence(HK)).isEqualTo(3);
        assertThat(ring.newestSequence(EVENTS)).isZero();
        assertThat(ring.newestSequence(HK2)).isEqualTo(-1);
        assertThat(drain()).containsExactly("0#2", "0#3", "2#0");
    }

    @Test
    void aTornOrCorruptBlockIsIgnoredAtReboot() {
        append(HK, 0);
        append(HK, 1);
        ByteBuffer garbage = ByteBuffer.wrap(new byte[] {0x4F, 0x43, 0x52, 0x46, 0, 0, 0, 5, 1, 2, 3});
        int victim = ring.oldestUnsent();
        memory.write(victim, garbage);

        ring = new FrameRing(memory, 3, HOUSEKEEPING);
        ring.recover(noneAcked);
        assertThat(drain()).containsExactly("0#1");
    }

    @Test
    void goingBackResendsEverySentButUnacknowledgedFrame() {
        for (long s = 0; s < 3; s++) {
            append(HK, s);
        }
        drain();
        ring.acknowledge(HK, 0);
        assertThat(ring.resend(HK)).isEqualTo(2);
        assertThat(drain()).containsExactly("0#1", "0#2");
    }

    @Test
    void aFrameLargerThanABlockKeepsOnlyAMarkerThatAnchorsItsSequenceAcrossAReboot() {
        int block = ring.append(HK, 0, ByteBuffer.allocate(ring.maxFrameBytes() + 1));
        assertThat(ring.tooLarge()).isEqualTo(1);
        assertThat(ring.read(block, ByteBuffer.allocate(ring.maxFrameBytes()))).as("no bytes to replay").isFalse();

        ring = new FrameRing(memory, 3, HOUSEKEEPING);
        ring.recover(noneAcked);
        assertThat(ring.newestSequence(HK)).isZero();
    }

    @Test
    void aDamagedBlockIsNotReplayedAndNeverThrows() {
        append(HK, 0);
        int block = ring.oldestUnsent();
        ByteBuffer damaged = ByteBuffer.allocate(32);
        damaged.putInt(0x4F435246).putShort((short) 0).putShort((short) 0x7FFF).flip(); // magic, absurd length
        memory.write(block, damaged);
        assertThat(ring.read(block, ByteBuffer.allocate(ring.maxFrameBytes()))).isFalse();
    }
}

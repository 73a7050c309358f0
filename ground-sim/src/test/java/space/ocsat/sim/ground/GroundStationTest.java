package space.ocsat.sim.ground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundStationTest {
    private final List<Long> archived = new ArrayList<>();
    private final List<String> acks = new ArrayList<>();
    private final GroundStation ground = new GroundStation(3, (stream, sequence, frame) -> archived.add(sequence), null);

    private void receive(long... sequences) {
        for (long s : sequences) {
            ground.offer(1, s, ByteBuffer.wrap(new byte[] {(byte) s}), false);
        }
    }

    @Test
    void framesReachTheArchiveOnceAndInOrderWhateverOrderTheyArriveIn() {
        receive(0, 2, 3, 1, 2, 0);
        assertThat(archived).containsExactly(0L, 1L, 2L, 3L);
        assertThat(ground.duplicates()).isEqualTo(2);
        ground.acknowledge((stream, upTo) -> acks.add(stream + ":" + upTo));
        assertThat(acks).containsExactly("1:3");
    }

    @Test
    void aGapThatNeverFillsIsDeclaredLostAfterItsRoundsAndTheStreamMovesOn() {
        receive(0, 2, 3);
        for (int round = 0; round < GroundStation.GAP_GIVE_UP_ACKS; round++) {
            ground.acknowledge((stream, upTo) -> acks.add(stream + ":" + upTo));
            assertThat(archived).containsExactly(0L);
        }
        assertThat(acks).as("each round tells the satellite it still misses #1").hasSize(GroundStation.GAP_GIVE_UP_ACKS)
                .allMatch("1:0"::equals);
        ground.acknowledge((stream, upTo) -> acks.add(stream + ":" + upTo));
        assertThat(archived).containsExactly(0L, 2L, 3L);
        assertThat(ground.declaredLost()).isEqualTo(1);
        assertThat(acks).last().isEqualTo("1:3");
    }
}

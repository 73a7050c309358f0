package space.ocsat.sim.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataQueueTest {
    @Test
    void aFullRingOfDistinctSecondsStillTakesDataWhileTheStoreHasRoomUnderTheOlderTime() {
        DataQueue q = new DataQueue(1e6, 3);
        assertThat(q.offer(10, 100)).isZero();
        assertThat(q.offer(5, 100)).isZero();
        assertThat(q.offer(12, 100)).isZero();
        assertThat(q.offer(3, 100)).as("ring full, store not: kept").isZero();
        assertThat(q.queuedBits()).isEqualTo(400);
        q.take(100);
        q.take(100);
        assertThat(q.oldestGeneratedS()).as("merged chunk carries the older time").isEqualTo(3);
        assertThat(q.oldestBits()).isEqualTo(200);
    }

    @Test
    void aFullStoreRefusesWhatDoesNotFit() {
        DataQueue q = new DataQueue(150, 8);
        assertThat(q.offer(1, 100)).isZero();
        assertThat(q.offer(2, 100)).isEqualTo(50);
    }
}

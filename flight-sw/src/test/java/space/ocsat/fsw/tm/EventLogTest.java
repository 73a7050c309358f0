package space.ocsat.fsw.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventLogTest {
    @Test
    void keepsEventsInOrderWithGaplessSequenceNumbers() {
        EventLog log = new EventLog(8);
        log.publish(100, EventId.BOOT, 1, 0, 0);
        log.publish(200, EventId.MODE_CHANGED, 1, 4, 1);

        assertThat(log.published()).isEqualTo(2);
        assertThat(log.id(1)).isEqualTo(EventId.MODE_CHANGED);
        assertThat(log.timeNs(1)).isEqualTo(200);
        assertThat(log.argB(1)).isEqualTo(4);
    }

    @Test
    void countsEventsLostWhenTheRingLapsTheReader() {
        EventLog log = new EventLog(4);
        for (int i = 0; i < 10; i++) {
            log.publish(i, EventId.HEATER_SWITCHED, i, 1, 0);
        }
        assertThat(log.overwritten()).isEqualTo(6);
        assertThat(log.available(5)).isFalse();
        assertThat(log.available(6)).isTrue();
        assertThat(log.argA(9)).isEqualTo(9);
    }

    @Test
    void countsNothingLostWhenTheReaderKeepsUp() {
        EventLog log = new EventLog(4);
        for (int i = 0; i < 10; i++) {
            log.publish(i, EventId.HEATER_SWITCHED, i, 1, 0);
            log.consumeTo(log.published());
        }
        assertThat(log.overwritten()).isZero();
    }

    @Test
    void rejectsACapacityThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> new EventLog(6)).isInstanceOf(IllegalArgumentException.class);
    }
}

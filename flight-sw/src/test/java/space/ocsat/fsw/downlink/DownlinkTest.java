package space.ocsat.fsw.downlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

class DownlinkTest {
    private static final int HK = 1;
    private final NonVolatileStore store = spy(new InMemoryNonVolatileStore(8, 256));
    private final EventLog events = new EventLog(64);
    private boolean up = true;
    private final DownlinkPort port = new DownlinkPort() {
        @Override
        public boolean up() {
            return up;
        }

        @Override
        public boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay) {
            return up;
        }
    };
    private final Downlink downlink = new Downlink(new FrameRing(new InMemoryMassMemory(16, 256), 3,
            new boolean[] {false, true, false}), new AckFloors(store, 3), port, () -> 0L, events);

    {
        downlink.recover();
    }

    private void frames(int from, int to) {
        for (int s = from; s < to; s++) {
            downlink.accept(HK, s, ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) s}));
        }
    }

    @Test
    void anAcknowledgementWhoseFloorCannotBePersistedReleasesNothing() {
        frames(0, 3);
        doReturn(StoreStatus.IO_ERROR).when(store).write(eq(AckFloors.SLOT), any());
        assertThat(downlink.acknowledge(HK, 1, 0)).isFalse();
        assertThat(downlink.backlog()).isEqualTo(3);
        assertThat(downlink.resumeSequence(HK)).isEqualTo(3);

        doCallRealMethod().when(store).write(eq(AckFloors.SLOT), any());
        assertThat(downlink.acknowledge(HK, 1, 0)).isTrue();
        assertThat(downlink.backlog()).isEqualTo(1);
    }

    @Test
    void anUnknownStreamIsRefusedNotThrown() {
        assertThat(downlink.acknowledge(7, 1, 0)).isFalse();
        assertThat(downlink.acknowledge(-1, 1, 0)).isFalse();
    }

    @Test
    void framesOverwrittenBeforeTheyWereSentAreReportedAsLost() {
        up = false;
        frames(0, 40);
        assertThat(downlink.lost()).isPositive();
        long before = events.published();
        downlink.run(1_000_000_000L);
        boolean reported = false;
        for (long e = before; e < events.published(); e++) {
            reported |= events.id(e) == EventId.TM_FRAMES_LOST && events.argB(e) == downlink.lost();
        }
        assertThat(reported).isTrue();
    }
}

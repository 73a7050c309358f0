package space.ocsat.sim.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import space.ocsat.fsw.cmd.CommandInbox;
import space.ocsat.fsw.transport.MqttTransportDriver;
import space.ocsat.wire.Stream;

/** The flight software's link against a broker that is not there yet (bounded: a few seconds). */
class TransportReconnectTest {
    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void theLinkComesUpWhenTheBrokerStartsLateAndSendsWhatWaited() throws Exception {
        int port = EmbeddedBroker.freePort();
        MqttTransportDriver link = new MqttTransportDriver("tcp://127.0.0.1:" + port, 5, new CommandInbox(8)).start();
        try {
            link.downlink().accept(Stream.HK_POWER, 0, ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
            assertThat(link.awaitReady(1500)).as("no broker yet").isFalse();
            try (EmbeddedBroker broker = EmbeddedBroker.start(port)) {
                assertThat(link.awaitReady(20_000)).as("first connection retried").isTrue();
                for (int i = 0; i < 100 && link.framesPublished() == 0; i++) {
                    Thread.sleep(50);
                }
                assertThat(link.framesPublished()).as("the frame offered before the connection").isEqualTo(1);
                assertThat(link.framesDropped()).isZero();
            }
        } finally {
            link.close();
        }
    }
}

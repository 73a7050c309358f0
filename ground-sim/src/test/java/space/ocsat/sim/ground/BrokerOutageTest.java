package space.ocsat.sim.ground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.fsw.transport.MqttTransportDriver;
import space.ocsat.fsw.transport.Topics;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.SimulationFixture;
import space.ocsat.sim.broker.EmbeddedBroker;
import space.ocsat.wire.AcknowledgeTelemetry;
import space.ocsat.wire.Command;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/**
 * The broker goes down for 30 simulated minutes in the middle of a live run (at 100× real time) and comes back
 * empty, as a restarted broker does. The ground, a plain MQTT client acknowledging by signed command every simulated
 * minute, must end up with every telemetry sequence number exactly once, in order.
 */
class BrokerOutageTest {
    private static final double SPEED = 100;
    private static final int ACK_EVERY_S = 60;

    private final Simulation sim = SimulationFixture.reference(5);
    private final ReceivedFrames archive = new ReceivedFrames();
    /** Nothing is lost for good here, so the ground never gives up on a gap: every one must be filled. */
    private final GroundStation ground = new GroundStation(Stream.names.length, archive, null).givingUpAfter(1_000_000);
    private final ConcurrentLinkedQueue<byte[]> arrived = new ConcurrentLinkedQueue<>();
    private final TelecommandEncoder ops = new TelecommandEncoder(1, 7, KeyTable.parseHex("07".repeat(32)));
    private long commandSequence = 1;
    private long wallStartNs;
    private long simStartSteps;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aBrokerDownForThirtyMinutesMidRunLosesNoTelemetry() throws Exception {
        int port = EmbeddedBroker.freePort();
        String url = "tcp://127.0.0.1:" + port;
        EmbeddedBroker broker = EmbeddedBroker.start(port);
        Topics topics = new Topics(1);
        MqttTransportDriver link = new MqttTransportDriver(url, 1, sim.flightSoftware().commanding().inbox()).start();
        MqttAsyncClient groundClient = new MqttAsyncClient(url, "ground-outage-test", new MemoryPersistence());
        try {
            sim.setDownlinkPort(link.port());
            assertThat(link.awaitReady(15_000)).isTrue();
            connectGround(groundClient, topics);
            wallStartNs = System.nanoTime();

            run(300, groundClient, topics);
            broker.close();
            long backlogBefore = sim.flightSoftware().downlink().backlog();
            run(1800, groundClient, topics);
            assertThat(sim.flightSoftware().downlink().backlog() - backlogBefore).as("recorded while down")
                    .isGreaterThan(1800 * 4);
            broker = EmbeddedBroker.start(port);
            run(900, groundClient, topics);
            long[] produced = new long[Stream.names.length];
            for (int s = 1; s < produced.length; s++) {
                produced[s] = sim.flightSoftware().frames().nextSequence(s);
            }
            // frames still on their way (or being recovered) arrive while the run goes on; a slow machine may need
            // longer, the assertion is the same either way
            for (int extra = 0; extra < 20 && !caughtUp(produced); extra++) {
                run(60, groundClient, topics);
            }

            var d = sim.flightSoftware().downlink();
            System.out.printf("broker outage: replayed %d, go-backs %d, published %d, ground received %d"
                    + " (%d duplicates discarded)%n", d.replayed(), d.resends(), link.framesPublished(),
                    ground.received(), ground.duplicates());
            archive.assertEveryFrameExactlyOnceInOrder(produced, true);
            assertThat(sim.flightSoftware().downlink().lost()).isZero();
            assertThat(sim.flightSoftware().downlink().replayed()).isGreaterThanOrEqualTo(1800 * 4);
        } finally {
            try {
                groundClient.disconnectForcibly(1000, 1000); // a busy broker may not answer a polite disconnect in time
            } catch (org.eclipse.paho.client.mqttv3.MqttException alreadyGone) {
                // nothing to release
            }
            groundClient.close(true);
            link.close();
            broker.close();
        }
    }

    /** Runs simulated seconds paced at {@link #SPEED}, handling the ground's frames and acknowledging each minute. */
    private void run(int seconds, MqttAsyncClient groundClient, Topics topics) {
        for (int s = 0; s < seconds; s++) {
            for (int k = 0; k < Simulation.STEPS_PER_SECOND; k++) {
                sim.step();
            }
            simStartSteps += Simulation.STEPS_PER_SECOND;
            drainArrived();
            if ((simStartSteps / Simulation.STEPS_PER_SECOND) % ACK_EVERY_S == 0 && groundClient.isConnected()) {
                ground.acknowledge((stream, upTo) -> publish(groundClient, topics.telecommand(), ops.encode(
                        commandSequence++, 0, Command.AcknowledgeTelemetry,
                        b -> AcknowledgeTelemetry.createAcknowledgeTelemetry(b, stream, upTo))));
            }
            long dueNs = wallStartNs + (long) (simStartSteps / (double) Simulation.STEPS_PER_SECOND / SPEED * 1e9);
            long waitNs = dueNs - System.nanoTime();
            if (waitNs > 0) {
                LockSupport.parkNanos(waitNs);
            }
        }
    }

    /** @return true once the ground has, with no gap, at least the frames counted in {@code produced} */
    private boolean caughtUp(long[] produced) {
        drainArrived();
        for (int s = 1; s < Stream.names.length; s++) {
            if (ground.contiguous(s) + 1 < produced[s]) {
                return false;
            }
        }
        return true;
    }

    private void drainArrived() {
        byte[] payload;
        while ((payload = arrived.poll()) != null) {
            ByteBuffer body = ByteBuffer.wrap(payload, 0, payload.length - 4).slice().order(ByteOrder.LITTLE_ENDIAN);
            TelemetryFrame frame = TelemetryFrame.getRootAsTelemetryFrame(body);
            ground.offer(frame.stream(), frame.sequence(), ByteBuffer.wrap(payload), false);
        }
    }

    private static void publish(MqttAsyncClient client, String topic, byte[] tc) {
        try {
            client.publish(topic, tc, 1, false);
        } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
            // not connected (the broker is down): this acknowledgement is lost; the next one says as much
        }
    }

    private void connectGround(MqttAsyncClient client, Topics topics) throws Exception {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(1000);
        options.setCleanSession(true);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                try {
                    client.subscribe(topics.allTelemetry(), 1);
                } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                arrived.add(message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.connect(options).waitForCompletion(10_000);
        for (int i = 0; i < 100 && arrived.isEmpty(); i++) {
            Thread.sleep(50);
        }
    }
}

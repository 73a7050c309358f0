package space.ocsat.sim.ops;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.wire.TelemetryFrame;

/** What every ops command does with the broker: connect (with retries), publish (with retries), read frames. */
final class BrokerClient {
    private static final int ATTEMPTS = 5;
    private static final long RETRY_PAUSE_MS = 400;

    private BrokerClient() {
    }

    /**
     * Connects an MQTT 3.1.1 client with the console's credentials, reconnecting on its own; a fresh connection the
     * broker drops under load is tried again a few times.
     *
     * @param prefix     start of the client id (the rest is unique; ids stay within MQTT 3.1.1's 23 characters)
     * @param persistent true for a session the broker keeps across a dropped connection, so what is published while
     *                   the console reconnects is delivered afterwards
     */
    static MqttClient connect(OpsCommand ops, Session session, String prefix, boolean persistent) throws Exception {
        MqttClient client = new MqttClient(session.brokerUrl, prefix + Long.toString(System.nanoTime(), 36),
                new MemoryPersistence());
        MqttConnectOptions options = ops.connectOptions(session.brokerUrl);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(!persistent);
        options.setAutomaticReconnect(true);
        options.setConnectionTimeout(5);
        for (int attempt = 1; ; attempt++) {
            try {
                client.connect(options);
                return client;
            } catch (MqttException e) {
                if (attempt == ATTEMPTS) {
                    client.close();
                    throw e;
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }
    }

    /** Publishes at QoS 1, waiting for a reconnection if the link dropped (at least once, as MQTT promises). */
    static void publish(MqttClient client, String topic, byte[] payload) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                client.publish(topic, payload, 1, false);
                return;
            } catch (MqttException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }
    }

    /** Disconnects if connected and releases the client. */
    static void close(MqttClient client) throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }

    /**
     * @return the frame a message carries if its CRC-32C holds, it is a TelemetryFrame and it comes from this
     *     satellite; null otherwise (never throws: it runs in Paho callbacks)
     */
    static TelemetryFrame frame(byte[] payload, long satelliteId) {
        try {
            if (!FrameEncoder.crcValid(ByteBuffer.wrap(payload))) {
                return null;
            }
            ByteBuffer body = ByteBuffer.wrap(payload, 0, payload.length - 4).slice().order(ByteOrder.LITTLE_ENDIAN);
            if (!TelemetryFrame.TelemetryFrameBufferHasIdentifier(body)) {
                return null;
            }
            TelemetryFrame frame = TelemetryFrame.getRootAsTelemetryFrame(body);
            return frame.satelliteId() == satelliteId ? frame : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}

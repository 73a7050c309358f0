package space.ocsat.fsw.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import space.ocsat.fsw.cmd.CommandInbox;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.fsw.queue.ByteSlotRing;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.FrameSink;

/**
 * The flight software's MQTT link (Eclipse Paho, MQTT 3.1.1) on its own I/O thread. The control thread
 * only touches two bounded lock-free rings: frames out ({@link #downlink()}, a full ring drops the newest
 * frame and counts it) and commands in (the {@link CommandInbox}). Paho reconnects on its own with capped
 * backoff and buffers while disconnected; the status topic is retained, with last will {@code offline}.
 */
public final class MqttTransportDriver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttTransportDriver.class);
    private static final int OUTBOX_SLOTS = 4096;
    private static final int QOS = 1;
    /** Outbox tag bit of a frame replayed from the recorder. */
    private static final long REPLAY_TAG = 1L << 32;
    private static final int MAX_RECONNECT_DELAY_MS = 8_000;
    private static final int OFFLINE_BUFFER_MESSAGES = 50_000;
    /** Longest idle pause of the I/O thread (a queued frame wakes it at once), ns. */
    private static final long IDLE_PARK_NS = 5_000_000;
    /** Pause before retrying a frame the client could not take, ns. */
    private static final long RETRY_PARK_NS = 10_000_000;
    private static final long FIRST_RETRY_NS = 250_000_000L;
    private static final long MAX_RETRY_NS = 8_000_000_000L;

    private final String brokerUri;
    private final MqttSecurity security;
    private final Topics topics;
    private final CommandInbox inbox;
    private final ByteSlotRing outbox = new ByteSlotRing(OUTBOX_SLOTS, FrameEncoder.MAX_FRAME_BYTES + 4);
    private final MqttAsyncClient client;
    private final Thread ioThread;
    private volatile boolean running = true;
    /** True while the I/O thread is about to park or parked for lack of frames (the producer then wakes it). */
    private volatile boolean idle;
    private volatile LinkState state = LinkState.UNAVAIL;
    private volatile long published;
    private volatile long publishFailures;
    private volatile boolean everConnected;
    private volatile boolean connecting;
    private long nextAttemptNs;
    private long retryNs = FIRST_RETRY_NS;
    private MqttConnectOptions options;
    private final java.util.concurrent.CountDownLatch subscribed = new java.util.concurrent.CountDownLatch(1);

    /**
     * @param brokerUri   e.g. {@code tcp://127.0.0.1:1883}
     * @param satelliteId this satellite's id (topics and client id)
     * @param inbox       where received commands go
     * @throws IllegalArgumentException for a broker URI Paho cannot use
     */
    public MqttTransportDriver(String brokerUri, long satelliteId, CommandInbox inbox) {
        this(brokerUri, satelliteId, inbox, MqttSecurity.NONE);
    }

    /**
     * @param security user name, password and TLS trust for the broker (the example ACL in deploy/mosquitto
     *                 expects the satellite id as user name)
     */
    public MqttTransportDriver(String brokerUri, long satelliteId, CommandInbox inbox, MqttSecurity security) {
        this.security = security;
        this.brokerUri = brokerUri;
        this.topics = new Topics(satelliteId);
        this.inbox = inbox;
        try {
            this.client = new MqttAsyncClient(brokerUri, "ocsat-fsw-" + satelliteId, new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            state = LinkState.FAILED;
            throw new IllegalArgumentException("broker " + brokerUri + ": " + e.getMessage(), e);
        }
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(OFFLINE_BUFFER_MESSAGES);
        buffer.setPersistBuffer(false);
        buffer.setDeleteOldestMessages(true);
        client.setBufferOpts(buffer);
        client.setCallback(new Callback());
        this.ioThread = new Thread(this::publishLoop, "ocsat-mqtt-out");
        ioThread.setDaemon(true);
    }

    /**
     * Connects (asynchronously) and starts the I/O thread. Paho reconnects on its own only after a first
     * successful connection (paho.mqtt.java#930), so until then the I/O thread retries with capped backoff.
     */
    public MqttTransportDriver start() {
        options = new MqttConnectOptions();
        security.applyTo(options, brokerUri);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setAutomaticReconnect(true);
        options.setCleanSession(false);
        options.setMaxReconnectDelay(MAX_RECONNECT_DELAY_MS);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(10);
        options.setMaxInflight(1000);
        options.setWill(topics.status(), "offline".getBytes(StandardCharsets.UTF_8), QOS, true);
        tryFirstConnect();
        ioThread.start();
        return this;
    }

    /** One attempt at the first connection; on failure the I/O thread tries again later. */
    private void tryFirstConnect() {
        connecting = true;
        try {
            client.connect(options, null, new org.eclipse.paho.client.mqttv3.IMqttActionListener() {
                @Override
                public void onSuccess(org.eclipse.paho.client.mqttv3.IMqttToken token) {
                    everConnected = true;
                    connecting = false;
                }

                @Override
                public void onFailure(org.eclipse.paho.client.mqttv3.IMqttToken token, Throwable e) {
                    connecting = false;
                    LOG.warn("connecting to {} failed: {}; retrying", brokerUri, e == null ? "?" : e.getMessage());
                }
            });
        } catch (MqttException | RuntimeException e) {
            connecting = false;
            LOG.warn("connecting to {} failed: {}; retrying", brokerUri, e.getMessage());
        }
    }

    /** I/O thread: retries the first connection with doubling backoff up to 8 s. */
    private void retryFirstConnectIfDue() {
        if (everConnected || connecting || !running) {
            return;
        }
        long now = System.nanoTime();
        if (now - nextAttemptNs < 0) {
            return;
        }
        nextAttemptNs = now + retryNs;
        retryNs = Math.min(MAX_RETRY_NS, retryNs * 2);
        tryFirstConnect();
    }

    /**
     * Waits until the link is up and subscribed to the command topic (not from the control thread).
     *
     * @return true if it came up within the timeout
     */
    public boolean awaitReady(long timeoutMs) throws InterruptedException {
        return subscribed.await(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** @return the sink the flight software's frame encoder writes to (control thread side), all frames live */
    public FrameSink downlink() {
        return (stream, sequence, frame) -> outbox.offer(stream, frame);
    }

    /**
     * @return the port the flight software's recorder sends through (control thread side): up while connected;
     *     replayed frames go to {@code tm/replay}
     */
    public DownlinkPort port() {
        return new DownlinkPort() {
            @Override
            public boolean up() {
                return state == LinkState.OK;
            }

            @Override
            public boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay) {
                if (outbox.size() >= OUTBOX_SLOTS) {
                    return false; // not a loss: the recorder keeps the frame and offers it again as replay
                }
                boolean queued = outbox.offer(replay ? stream | REPLAY_TAG : stream, frame);
                java.lang.invoke.VarHandle.fullFence(); // the frame is visible before idle is read (no lost wake-up)
                if (idle) {
                    LockSupport.unpark(ioThread); // a command acknowledgement must not wait out the idle pause
                }
                return queued;
            }
        };
    }

    /**
     * I/O thread: publishes frames in order. A frame the client cannot take now (not yet connected, too
     * many in flight) is kept and retried after a pause, so nothing is lost while the outbox has room;
     * a full outbox drops the newest frames and counts them.
     */
    private void publishLoop() {
        ByteBuffer frame = ByteBuffer.allocate(outbox.maxBytes() + 1);
        byte[] pending = null;
        String pendingTopic = null;
        while (running) {
            retryFirstConnectIfDue();
            if (pending == null) {
                long stream = outbox.poll(frame);
                if (stream < 0) {
                    idle = true;
                    if (outbox.size() == 0) {
                        LockSupport.parkNanos(IDLE_PARK_NS);
                    }
                    idle = false;
                    continue;
                }
                pendingTopic = (stream & REPLAY_TAG) != 0 ? topics.replay() : topics.telemetry((int) stream);
                pending = new byte[frame.remaining()];
                frame.get(pending);
                if (pendingTopic == null) {
                    publishFailures++;
                    pending = null;
                    continue;
                }
            }
            try {
                if (!everConnected) {
                    LockSupport.parkNanos(RETRY_PARK_NS);
                    continue;
                }
                client.publish(pendingTopic, pending, QOS, false);
                published++;
                pending = null;
            } catch (MqttException e) {
                LockSupport.parkNanos(RETRY_PARK_NS);
            } catch (RuntimeException e) {
                publishFailures++;
                pending = null;
                LOG.warn("dropping a frame the MQTT client refused: {}", e.toString());
            }
        }
    }

    /** @return frames the outbox refused because it was full */
    public long framesDropped() {
        return outbox.dropped() + publishFailures;
    }

    /** @return frames handed to the MQTT client */
    public long framesPublished() {
        return published;
    }

    /** @return the link's state */
    public LinkState state() {
        return state;
    }

    /** @return the topic tree */
    public Topics topics() {
        return topics;
    }

    /** Publishes {@code offline}, disconnects and stops the I/O thread. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        ioThread.join(2000);
        try {
            if (client.isConnected()) {
                client.publish(topics.status(), "offline".getBytes(StandardCharsets.UTF_8), QOS, true)
                        .waitForCompletion(2000);
                client.disconnect().waitForCompletion(2000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.warn("closing the MQTT link: {}", e.getMessage());
        }
        state = LinkState.DISABLED;
    }

    /** Paho callbacks: they must never throw (an exception counts as a lost connection). */
    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            state = LinkState.OK;
            try {
                client.subscribe(topics.telecommand(), QOS, null, new org.eclipse.paho.client.mqttv3.IMqttActionListener() {
                    @Override
                    public void onSuccess(org.eclipse.paho.client.mqttv3.IMqttToken token) {
                        subscribed.countDown();
                    }

                    @Override
                    public void onFailure(org.eclipse.paho.client.mqttv3.IMqttToken token, Throwable e) {
                        LOG.warn("subscribing to {} failed: {}", topics.telecommand(), e == null ? "?" : e.getMessage());
                    }
                });
                client.publish(topics.status(), "online".getBytes(StandardCharsets.UTF_8), QOS, true);
            } catch (MqttException | RuntimeException e) {
                LOG.warn("after connecting to {}: {}", serverUri, e.getMessage());
            }
            LOG.info("{} {}", reconnect ? "reconnected to" : "connected to", serverUri);
        }

        @Override
        public void connectionLost(Throwable cause) {
            state = LinkState.UNAVAIL;
            LOG.warn("connection to {} lost: {}", brokerUri, cause == null ? "unknown" : cause.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                byte[] payload = message.getPayload();
                inbox.offer(payload, 0, payload.length);
            } catch (RuntimeException e) {
                LOG.warn("dropping a command that could not be queued: {}", e.toString());
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 1 bookkeeping is Paho's
        }
    }
}

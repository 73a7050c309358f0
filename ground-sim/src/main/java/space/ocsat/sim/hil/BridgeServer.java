package space.ocsat.sim.hil;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import space.ocsat.hal.remote.BridgeCounter;
import space.ocsat.hal.remote.BridgeCounters;
import space.ocsat.hal.remote.FrameChannel;
import space.ocsat.hal.remote.Handshake;
import space.ocsat.hal.remote.ServedHal;
import space.ocsat.hal.wire.DriverMode;

/**
 * The simulator's end of the HIL bridge: listens for the flight software, shakes hands (refusing another satellite,
 * another driver, another protocol), and moves the frames of {@link ServedHal} over one connection at a time.
 *
 * <ul>
 *   <li>Lockstep ({@link #exchange}): send the tick's SENSORS, wait for its ACTUATORS, apply them; bad and stale
 *       frames are counted and skipped; a lost connection is waited for (the flight software restarting) and the
 *       tick sent again.</li>
 *   <li>Real time ({@link #startRealTime}): an acceptor thread takes (re)connections and a reader thread keeps the
 *       newest answer; the simulator's paced loop sends ({@link #send}) and applies the newest answer at each tick
 *       boundary ({@link #applyNewest}), counting every tick whose answer was not there in time.</li>
 * </ul>
 */
final class BridgeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeServer.class);
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

    private final ServerSocket listener;
    private final long satelliteId;
    private final int mode;
    private final double speed;
    private final byte[] tables;
    private final ServedHal served;
    private final BridgeCounters counters;
    private volatile FrameChannel channel;
    private volatile boolean closed;
    private boolean connectedOnce;
    private byte[] lastSensors = new byte[0];
    private int lastSensorsLength;
    private long lastApplied = -1;
    private final AtomicReference<byte[]> newestAnswer = new AtomicReference<>();

    /**
     * Binds the listening socket (port 0: any free port, see {@link #port()}).
     *
     * @param tables the flight software's tables the WELCOME hands over
     */
    BridgeServer(InetAddress bind, int port, long satelliteId, boolean realtime, double speed, byte[] tables,
                 ServedHal served, BridgeCounters counters) throws IOException {
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(bind, port));
        this.satelliteId = satelliteId;
        this.mode = realtime ? DriverMode.REALTIME : DriverMode.LOCKSTEP;
        this.speed = speed;
        this.tables = tables;
        this.served = served;
        this.counters = counters;
    }

    /** @return the port listened on */
    int port() {
        return listener.getLocalPort();
    }

    /**
     * Waits for a flight software to connect and welcomes it; one that is refused is told why and the wait goes on.
     *
     * @throws SocketTimeoutException if none came in time
     */
    void awaitFlightSoftware(long timeoutMs) throws IOException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (true) {
            long leftMs = (deadline - System.nanoTime()) / 1_000_000L;
            if (leftMs <= 0) {
                throw new SocketTimeoutException("no flight software connected within " + timeoutMs + " ms");
            }
            listener.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMs));
            Socket socket = listener.accept();
            FrameChannel ch = welcome(socket);
            if (ch != null) {
                channel = ch;
                return;
            }
        }
    }

    /** Shakes hands on a new connection. @return the channel, or null if refused (closed then) */
    private FrameChannel welcome(Socket socket) {
        try {
            FrameChannel ch = new FrameChannel(socket);
            ch.setReadTimeoutMs(HANDSHAKE_TIMEOUT_MS);
            Handshake.HelloInfo hello = null;
            while (hello == null) {
                ByteBuffer bytes = ch.receive(counters);
                hello = bytes == null ? null : Handshake.readHello(bytes, counters);
            }
            String refusal = null;
            if (hello.satelliteId() != satelliteId) {
                counters.increment(BridgeCounter.REJECTED_SATELLITE);
                refusal = "this simulator serves satellite " + satelliteId + ", not " + hello.satelliteId();
            } else if (hello.mode() != mode) {
                counters.increment(BridgeCounter.REJECTED_UNEXPECTED);
                refusal = "this simulator runs " + (mode == DriverMode.REALTIME ? "in real time" : "in lockstep")
                        + "; start the flight software with --driver "
                        + (mode == DriverMode.REALTIME ? "realtime" : "lockstep");
            }
            if (refusal != null) {
                LOG.warn("refused {}: {}", ch.peer(), refusal);
                ch.send(Handshake.refusal(hello.satelliteId(), refusal));
                ch.close();
                return null;
            }
            ch.send(Handshake.welcome(satelliteId, mode, speed, served.layout(), tables));
            ch.setReadTimeoutMs(0);
            if (connectedOnce) {
                counters.increment(BridgeCounter.RECONNECTS);
            }
            connectedOnce = true;
            LOG.info("flight software of satellite {} connected from {}", satelliteId, ch.peer());
            return ch;
        } catch (IOException e) {
            LOG.warn("handshake with {} failed: {}", socket.getRemoteSocketAddress(), e.getMessage());
            try {
                socket.close();
            } catch (IOException ignored) {
                // already failed
            }
            return null;
        }
    }

    /**
     * Lockstep: one tick. Sends the SENSORS frame, waits for the ACTUATORS answering it and applies them (their
     * telemetry to {@code sink}). A lost connection is waited for up to {@code reconnectTimeoutMs}, then the tick is
     * sent again.
     *
     * @throws IOException if the flight software does not answer within {@code answerTimeoutMs}, or does not come
     *                     back in time
     */
    void exchange(long tick, long timeNs, ServedHal.DownlinkSink sink, int answerTimeoutMs, long reconnectTimeoutMs)
            throws IOException {
        keep(served.sensors(tick, timeNs));
        boolean sent = false;
        while (true) {
            FrameChannel ch = channel;
            try {
                if (!sent) {
                    ch.send(ByteBuffer.wrap(lastSensors, 0, lastSensorsLength));
                    counters.increment(BridgeCounter.FRAMES_SENT);
                    sent = true;
                    ch.setReadTimeoutMs(answerTimeoutMs);
                }
                ByteBuffer bytes = ch.receive(counters);
                if (bytes != null && served.apply(bytes, tick, lastApplied, false, sink)
                        == ServedHal.Applied.APPLIED) {
                    lastApplied = tick;
                    return;
                }
            } catch (SocketTimeoutException e) {
                throw new IOException("the flight software did not answer tick " + tick + " within "
                        + answerTimeoutMs + " ms", e);
            } catch (IOException e) {
                counters.increment(BridgeCounter.DISCONNECTS);
                LOG.warn("flight software connection lost at tick {} ({}); waiting for it", tick,
                        e instanceof EOFException ? "closed" : e.getMessage());
                closeQuietly(ch);
                awaitFlightSoftware(reconnectTimeoutMs);
                lastApplied = tick - 1;
                sent = false;
            }
        }
    }

    private void keep(ByteBuffer frame) {
        int n = frame.remaining();
        if (n > lastSensors.length) {
            lastSensors = new byte[Math.max(n, 2 * lastSensors.length)];
        }
        frame.get(frame.position(), lastSensors, 0, n);
        lastSensorsLength = n;
    }

    /** Real time: starts taking (re)connections and reading answers on threads of their own. */
    void startRealTime() throws IOException {
        channel.setReadTimeoutMs(0); // the answers come when they come: lateness is counted, not a timeout
        Thread acceptor = new Thread(this::acceptLoop, "hal-bridge-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        startReader(channel);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                listener.setSoTimeout(0);
                FrameChannel ch = welcome(listener.accept());
                if (ch != null) {
                    FrameChannel old = channel;
                    channel = ch;
                    closeQuietly(old);
                    startReader(ch);
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accepting: {}", e.getMessage());
                }
            }
        }
    }

    private void startReader(FrameChannel ch) {
        if (ch == null) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                while (!closed) {
                    ByteBuffer bytes = ch.receive(counters);
                    if (bytes != null) {
                        byte[] copy = new byte[bytes.remaining()];
                        bytes.get(bytes.position(), copy);
                        newestAnswer.set(copy);
                    }
                }
            } catch (IOException e) {
                if (!closed && channel == ch) {
                    counters.increment(BridgeCounter.DISCONNECTS);
                    LOG.warn("flight software connection lost ({}); waiting for it",
                            e instanceof EOFException ? "closed" : e.getMessage());
                    channel = null;
                    closeQuietly(ch);
                }
            }
        }, "hal-bridge-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Real time: sends the tick's SENSORS frame on the current connection, if there is one. */
    void send(long tick, long timeNs) {
        ByteBuffer frame = served.sensors(tick, timeNs);
        FrameChannel ch = channel;
        if (ch == null) {
            return;
        }
        try {
            ch.send(frame);
            counters.increment(BridgeCounter.FRAMES_SENT);
        } catch (IOException e) {
            closeQuietly(ch); // the reader sees it and counts the loss
        }
    }

    /**
     * Real time, at a tick boundary: applies the newest answer if it is new; counts the tick late if its answer is
     * not there (or only an older tick's came).
     *
     * @param due the tick whose answer is due
     */
    void applyNewest(long due, ServedHal.DownlinkSink sink) {
        byte[] answer = newestAnswer.getAndSet(null);
        ServedHal.Applied applied = answer == null ? null
                : served.apply(ByteBuffer.wrap(answer), due, lastApplied, true, sink);
        if (applied == ServedHal.Applied.APPLIED) {
            lastApplied = due;
            return;
        }
        counters.increment(BridgeCounter.FRAMES_LATE);
        if (applied == ServedHal.Applied.LATE) {
            lastApplied = served.lastAnswered();
        }
    }

    private static void closeQuietly(FrameChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        closeQuietly(channel);
        listener.close();
    }
}

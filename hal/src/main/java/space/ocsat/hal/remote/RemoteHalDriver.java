package space.ocsat.hal.remote;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The flight software's end of the bridge connection: connects to the simulator ({@code ./ocsat serve-hal}), shakes
 * hands, then moves frames for a {@link RemoteHal}.
 *
 * <ul>
 *   <li>Lockstep: the control thread itself waits for each SENSORS frame ({@link #awaitSensors}) and writes its
 *       ACTUATORS answer ({@link #send}); the end of the stream is the end of the run.</li>
 *   <li>Real time ({@link #startRealTime}): a reader thread keeps the newest SENSORS frame and reconnects (with
 *       capped backoff) whenever the connection is lost; a writer thread sends the newest ACTUATORS frame. The
 *       control thread only swaps buffers ({@link #latch}, {@link #offer}), so it never blocks on the network.</li>
 * </ul>
 */
public final class RemoteHalDriver implements AutoCloseable {
    private static final long RETRY_NS = 100_000_000L;
    private static final long MAX_BACKOFF_NS = 2_000_000_000L;
    private static final int CONNECT_TIMEOUT_MS = 2000;

    private final String host;
    private final int port;
    private final long satelliteId;
    private final int mode;
    private final BridgeCounters counters;
    private volatile FrameChannel channel;
    private volatile boolean closed;
    private Layout layout;
    private boolean connectedOnce;

    // real time: triple buffers between the I/O threads and the control thread
    private final AtomicReference<Slot> newestIn = new AtomicReference<>(new Slot());
    private Slot readerSlot = new Slot();
    private Slot controlSlot = new Slot();
    private final AtomicReference<Slot> newestOut = new AtomicReference<>(new Slot());
    private Slot offerSlot = new Slot();
    private Slot writerSlot = new Slot();
    private Thread reader;
    private Thread writer;
    private volatile long lastArrivalNs;
    private volatile long lastTimeNs;
    private final space.ocsat.hal.wire.BridgeFrame peek = new space.ocsat.hal.wire.BridgeFrame();

    /** A frame's bytes and whether they are new to the side that takes them. */
    private static final class Slot {
        byte[] bytes = new byte[64 * 1024];
        ByteBuffer view = ByteBuffer.wrap(bytes);
        int length;
        volatile boolean fresh;

        void fill(ByteBuffer src) {
            int n = src.remaining();
            if (n > bytes.length) {
                bytes = new byte[Math.max(n, 2 * bytes.length)];
                view = ByteBuffer.wrap(bytes);
            }
            src.get(src.position(), bytes, 0, n);
            length = n;
            fresh = true;
        }

        ByteBuffer frame() {
            view.limit(length).position(0);
            return view;
        }
    }

    /**
     * @param mode a {@link space.ocsat.hal.wire.DriverMode}: the simulator refuses a flight software whose driver
     *             differs from its own
     */
    public RemoteHalDriver(String host, int port, long satelliteId, int mode, BridgeCounters counters) {
        this.host = host;
        this.port = port;
        this.satelliteId = satelliteId;
        this.mode = mode;
        this.counters = counters;
    }

    /**
     * Connects and shakes hands, retrying while the simulator is not listening yet.
     *
     * @param timeoutMs how long to keep trying
     * @return the simulator's welcome
     * @throws IOException if no connection could be made in time, or the handshake failed
     * @throws Handshake.RefusedException if the simulator refused (another satellite or driver)
     */
    public Handshake.WelcomeInfo connect(long timeoutMs) throws IOException, Handshake.RefusedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        IOException last;
        do {
            try {
                return open();
            } catch (java.net.ConnectException | java.net.SocketTimeoutException e) {
                last = e;
            }
            LockSupport.parkNanos(RETRY_NS);
        } while (System.nanoTime() - deadline < 0 && !closed);
        throw new IOException("no HAL bridge at " + host + ":" + port + " within " + timeoutMs + " ms ("
                + last.getMessage() + ")", last);
    }

    private Handshake.WelcomeInfo open() throws IOException, Handshake.RefusedException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            FrameChannel ch = new FrameChannel(socket);
            ch.send(Handshake.hello(satelliteId, mode));
            ch.setReadTimeoutMs(30_000);
            Handshake.WelcomeInfo welcome = null;
            while (welcome == null) {
                ByteBuffer bytes = ch.receive(counters);
                if (bytes != null) {
                    welcome = Handshake.readWelcome(bytes, satelliteId, counters);
                }
            }
            ch.setReadTimeoutMs(0);
            if (layout != null && !layout.sameAs(welcome.layout())) {
                throw new IOException("the simulator at " + ch.peer() + " now serves other devices");
            }
            layout = welcome.layout();
            if (connectedOnce) {
                counters.increment(BridgeCounter.RECONNECTS);
            }
            connectedOnce = true;
            channel = ch;
            return welcome;
        } catch (IOException | Handshake.RefusedException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Lockstep: waits for the next SENSORS frame the binding takes (rejected frames are counted and skipped).
     *
     * @return false when the simulator has closed the connection: the run is over
     * @throws IOException on a broken connection
     */
    public boolean awaitSensors(RemoteHal hal) throws IOException {
        FrameChannel ch = channel;
        while (true) {
            ByteBuffer bytes;
            try {
                bytes = ch.receive(counters);
            } catch (EOFException e) {
                return false;
            }
            if (bytes != null && hal.accept(bytes)) {
                return true;
            }
        }
    }

    /** Lockstep: writes a frame on the control thread. */
    public void send(ByteBuffer frame) throws IOException {
        channel.send(frame);
        counters.increment(BridgeCounter.FRAMES_SENT);
    }

    /**
     * Real time: starts the reader and writer threads on the connection made by {@link #connect}.
     *
     * @return this
     */
    public RemoteHalDriver startRealTime() {
        reader = new Thread(this::readLoop, "hal-bridge-reader");
        writer = new Thread(this::writeLoop, "hal-bridge-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
        return this;
    }

    /** When the newest frame arrived and the simulated time it carries. */
    public record Arrival(long wallNs, long timeNs) {
    }

    /**
     * Real time: waits for a first SENSORS frame to arrive (without taking it).
     *
     * @return its arrival ({@code System.nanoTime()}) and simulated time, or null if none came in time
     */
    public Arrival awaitFirstFrame(long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (lastArrivalNs == 0 && System.nanoTime() - deadline < 0 && !closed) {
            LockSupport.parkNanos(1_000_000L);
        }
        long time = lastTimeNs;
        long wall = lastArrivalNs;
        return wall != 0 ? new Arrival(wall, time) : null;
    }

    /**
     * Real time, control thread: takes the newest SENSORS frame into the binding if one came since the last cycle.
     *
     * @return true if a new frame was taken; false if the cycle runs on the previous one (counted as missed)
     */
    public boolean latch(RemoteHal hal) {
        if (newestIn.get().fresh) {
            controlSlot = newestIn.getAndSet(controlSlot);
            if (controlSlot.fresh) {
                controlSlot.fresh = false;
                if (hal.accept(controlSlot.frame())) {
                    return true;
                }
            }
        }
        hal.missedFrame();
        return false;
    }

    /** Real time, control thread: hands the cycle's ACTUATORS frame to the writer (a newer one replaces it). */
    public void offer(ByteBuffer frame) {
        offerSlot.fill(frame);
        offerSlot = newestOut.getAndSet(offerSlot);
        LockSupport.unpark(writer);
    }

    private void readLoop() {
        long backoffNs = RETRY_NS;
        while (!closed) {
            FrameChannel ch = channel;
            if (ch == null) {
                try {
                    open();
                    backoffNs = RETRY_NS;
                } catch (IOException | Handshake.RefusedException | RuntimeException e) {
                    LockSupport.parkNanos(backoffNs);
                    backoffNs = Math.min(2 * backoffNs, MAX_BACKOFF_NS);
                }
                continue;
            }
            try {
                ByteBuffer bytes = ch.receive(counters);
                if (bytes != null) {
                    readerSlot.fill(bytes);
                    lastTimeNs = peekTime(bytes);
                    lastArrivalNs = System.nanoTime();
                    readerSlot = newestIn.getAndSet(readerSlot);
                }
            } catch (IOException e) {
                drop(ch);
            }
        }
    }

    private long peekTime(ByteBuffer bytes) {
        try {
            return space.ocsat.hal.wire.BridgeFrame.getRootAsBridgeFrame(bytes, peek).timeNs();
        } catch (RuntimeException e) {
            return lastTimeNs; // a bad frame: the binding rejects and counts it when a cycle takes it
        }
    }

    private void writeLoop() {
        while (!closed) {
            if (!newestOut.get().fresh) {
                LockSupport.park(this);
                continue;
            }
            writerSlot = newestOut.getAndSet(writerSlot);
            if (!writerSlot.fresh) {
                continue;
            }
            writerSlot.fresh = false;
            FrameChannel ch = channel;
            if (ch == null) {
                continue; // no connection: the answer is lost; the simulator counts the tick late
            }
            try {
                ch.send(writerSlot.frame());
                counters.increment(BridgeCounter.FRAMES_SENT);
            } catch (IOException e) {
                drop(ch);
            }
        }
    }

    private synchronized void drop(FrameChannel ch) {
        if (channel == ch && ch != null) {
            channel = null;
            counters.increment(BridgeCounter.DISCONNECTS);
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }

    /**
     * @return the layout the simulator welcomed this connection with
     * @throws IllegalStateException before {@link #connect}
     */
    public Layout layoutOrFail() {
        if (layout == null) {
            throw new IllegalStateException("not connected");
        }
        return layout;
    }

    /** @return true while connected */
    public boolean connected() {
        return channel != null;
    }

    @Override
    public void close() {
        closed = true;
        FrameChannel ch = channel;
        channel = null;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
        if (writer != null) {
            LockSupport.unpark(writer);
        }
    }
}

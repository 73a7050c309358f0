package space.ocsat.hal.remote;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * One bridge connection's framing: each frame is {@code [length: uint32 LE][length bytes][CRC-32C: uint32 LE]}.
 * A frame whose CRC fails is rejected and the stream stays in step (the length framed it); a length out of range
 * cannot be stepped over, so it ends the connection. Buffers are reused: steady-state sends and receives do not
 * allocate. One thread reads and one thread writes (they may differ).
 */
public final class FrameChannel implements Closeable {
    /** The largest frame either end accepts, bytes. */
    public static final int MAX_FRAME_BYTES = 1 << 20;
    /** Bytes of framing around a frame: length before, CRC after. */
    public static final int OVERHEAD_BYTES = 8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final CRC32C readCrc = new CRC32C();
    private final CRC32C writeCrc = new CRC32C();
    private byte[] readBuffer = new byte[64 * 1024];
    private ByteBuffer readView = ByteBuffer.wrap(readBuffer).order(ByteOrder.LITTLE_ENDIAN);
    private byte[] writeBuffer = new byte[64 * 1024];

    /** Wraps a connected socket (TCP_NODELAY set here: a tick is one small frame each way). */
    public FrameChannel(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        this.out = socket.getOutputStream();
    }

    /**
     * Reads the next frame.
     *
     * @param counters where a rejected frame is counted
     * @return a view of the frame's bytes (little-endian, valid until the next receive), or null if its CRC failed
     * @throws java.io.EOFException at the end of the stream (the other end closed)
     * @throws IOException on a read error, a timeout, or a length that cannot be a frame (the connection is unusable)
     */
    public ByteBuffer receive(BridgeCounters counters) throws IOException {
        int length = Integer.reverseBytes(in.readInt());
        if (length <= 0 || length > MAX_FRAME_BYTES) {
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            throw new IOException("bridge frame length " + Integer.toUnsignedString(length)
                    + " out of range 1.." + MAX_FRAME_BYTES + ": the stream is out of step");
        }
        if (length > readBuffer.length) {
            readBuffer = new byte[Math.max(length, readBuffer.length * 2)];
            readView = ByteBuffer.wrap(readBuffer).order(ByteOrder.LITTLE_ENDIAN);
        }
        in.readFully(readBuffer, 0, length);
        int crc = Integer.reverseBytes(in.readInt());
        readCrc.reset();
        readCrc.update(readBuffer, 0, length);
        if ((int) readCrc.getValue() != crc) {
            counters.increment(BridgeCounter.REJECTED_MALFORMED);
            return null;
        }
        readView.limit(length).position(0);
        return readView;
    }

    /**
     * Writes one frame: the bytes of {@code frame} from its position to its limit (neither changes).
     *
     * @throws IOException if the connection fails
     */
    public void send(ByteBuffer frame) throws IOException {
        int length = frame.remaining();
        if (length + OVERHEAD_BYTES > writeBuffer.length) {
            writeBuffer = new byte[Math.max(length + OVERHEAD_BYTES, writeBuffer.length * 2)];
        }
        putIntLe(writeBuffer, 0, length);
        frame.get(frame.position(), writeBuffer, 4, length);
        writeCrc.reset();
        writeCrc.update(writeBuffer, 4, length);
        putIntLe(writeBuffer, 4 + length, (int) writeCrc.getValue());
        out.write(writeBuffer, 0, length + OVERHEAD_BYTES);
    }

    /** Sets how long a receive may wait, ms (0: forever). */
    public void setReadTimeoutMs(int ms) throws SocketException {
        socket.setSoTimeout(ms);
    }

    /** @return the remote end, for messages */
    public String peer() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /**
     * Frames bytes as they travel (tests and tools; allocates).
     *
     * @return length, the bytes, their CRC-32C
     */
    public static byte[] wire(byte[] frame) {
        byte[] wire = new byte[frame.length + OVERHEAD_BYTES];
        putIntLe(wire, 0, frame.length);
        System.arraycopy(frame, 0, wire, 4, frame.length);
        CRC32C crc = new CRC32C();
        crc.update(frame);
        putIntLe(wire, 4 + frame.length, (int) crc.getValue());
        return wire;
    }

    private static void putIntLe(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}

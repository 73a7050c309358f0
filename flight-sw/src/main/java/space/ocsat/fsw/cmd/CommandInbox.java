package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import space.ocsat.fsw.queue.ByteSlotRing;

/**
 * Received command buffers, from the transport's I/O thread (producer) to the control thread (consumer):
 * a bounded lock-free ring; a full inbox refuses the newest command and counts it, never blocks. An
 * oversized buffer is kept truncated to one byte past the maximum, so the adapter rejects it FORMAT_ERROR
 * with an acknowledgement instead of it vanishing.
 */
public final class CommandInbox {
    /** Largest command accepted, bytes; anything longer is refused as oversized. */
    public static final int MAX_COMMAND_BYTES = 2048;

    private final ByteSlotRing ring;
    private volatile Runnable onArrival = () -> { };

    /** @param capacity number of slots, a power of two */
    public CommandInbox(int capacity) {
        ring = new ByteSlotRing(capacity, MAX_COMMAND_BYTES);
    }

    /**
     * Producer side; wakes the control thread (see {@link #onArrival}) so the command is accepted at once.
     *
     * @return false if the inbox was full (the command is dropped and counted)
     */
    public boolean offer(byte[] data, int offset, int length) {
        boolean queued = ring.offer(0, data, offset, length);
        onArrival.run();
        return queued;
    }

    /** Sets what the producer runs after each offer: the driver's wake-up of the control thread. */
    public void onArrival(Runnable wake) {
        this.onArrival = wake;
    }

    /** @return true if a command is waiting (either thread) */
    public boolean pending() {
        return ring.size() > 0;
    }

    /** Consumer side: the oldest command into dst (cleared, filled, flipped). @return false if empty */
    public boolean poll(ByteBuffer dst) {
        return ring.poll(dst) >= 0;
    }

    /** @return commands refused because the inbox was full */
    public long dropped() {
        return ring.dropped();
    }
}

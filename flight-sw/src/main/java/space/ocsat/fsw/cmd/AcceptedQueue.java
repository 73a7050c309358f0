package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;

/**
 * Accepted commands waiting for the next cycle's execution, in acceptance order: each keeps its signed
 * body bytes, key id and sequence. Fixed capacity; the adapter rejects a command it cannot queue.
 */
final class AcceptedQueue {
    private final ByteBuffer[] bodies;
    private final long[] keyIds;
    private final long[] sequences;
    private final boolean[] armed;
    private int head;
    private int size;

    AcceptedQueue(int capacity, int maxBodyBytes) {
        bodies = new ByteBuffer[capacity];
        for (int i = 0; i < capacity; i++) {
            bodies[i] = ByteBuffer.allocate(maxBodyBytes);
        }
        keyIds = new long[capacity];
        sequences = new long[capacity];
        armed = new boolean[capacity];
    }

    boolean full() {
        return size == bodies.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Copies the body (position to limit, not moved) into the tail slot. @param wasArmed it used an Arm */
    void add(ByteBuffer body, long keyId, long sequence, boolean wasArmed) {
        int i = (head + size) % bodies.length;
        bodies[i].clear();
        bodies[i].put(body.duplicate());
        bodies[i].flip();
        bodies[i].order(java.nio.ByteOrder.LITTLE_ENDIAN);
        keyIds[i] = keyId;
        sequences[i] = sequence;
        armed[i] = wasArmed;
        size++;
    }

    /** @return the oldest body (valid until the next {@link #remove()}) */
    ByteBuffer peekBody() {
        return bodies[head];
    }

    long peekKeyId() {
        return keyIds[head];
    }

    boolean peekArmed() {
        return armed[head];
    }

    long peekSequence() {
        return sequences[head];
    }

    void remove() {
        head = (head + 1) % bodies.length;
        size--;
    }
}

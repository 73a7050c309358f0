package space.ocsat.fsw.cmd;

import java.nio.ByteBuffer;
import space.ocsat.hal.platform.NonVolatileStore;
import space.ocsat.hal.platform.StoreStatus;

/**
 * Time-tagged commands waiting for their execution time, one per non-volatile store slot from
 * {@link #FIRST_SLOT} (so each change is one atomic A/B write): a reboot loses none. An entry is marked
 * STARTED in the store before it executes and removed after, so a reset mid-execution neither loses it
 * silently nor runs it twice: after the reset it is reported FAILED. Capacity is what the store offers,
 * up to {@link #MAX_ENTRIES}; a store too small for a schedule gives capacity 0.
 */
final class CommandSchedule {
    /** First store slot of the schedule (slots below belong to the flight state and the anti-replay guard). */
    static final int FIRST_SLOT = 16;
    static final int MAX_ENTRIES = 32;
    static final byte EMPTY = 0;
    static final byte PENDING = 1;
    static final byte STARTED = 2;
    private static final int MAGIC = 0x4F435354 + 1; // "OCSU"
    private static final int HEADER_BYTES = 4 + 1 + 1 + 8 + 8 + 8 + 4;

    private final NonVolatileStore store;
    private final int capacity;
    private final int maxBodyBytes;
    private final byte[] state;
    private final boolean[] armed;
    private final long[] executeAtUnixNs;
    private final long[] keyIds;
    private final long[] sequences;
    private final ByteBuffer[] bodies;
    private final ByteBuffer io;

    CommandSchedule(NonVolatileStore store) {
        this.store = store;
        this.capacity = Math.max(0, Math.min(MAX_ENTRIES, store.slotCount() - FIRST_SLOT));
        this.maxBodyBytes = Math.max(0, store.slotCapacityBytes() - HEADER_BYTES);
        this.state = new byte[capacity];
        this.armed = new boolean[capacity];
        this.executeAtUnixNs = new long[capacity];
        this.keyIds = new long[capacity];
        this.sequences = new long[capacity];
        this.bodies = new ByteBuffer[capacity];
        for (int i = 0; i < capacity; i++) {
            bodies[i] = ByteBuffer.allocate(maxBodyBytes);
        }
        this.io = ByteBuffer.allocate(Math.max(HEADER_BYTES, store.slotCapacityBytes()));
    }

    /** Boot: reads every entry back from the store. @return entries found */
    int restore() {
        int found = 0;
        for (int i = 0; i < capacity; i++) {
            io.clear();
            int length = store.read(FIRST_SLOT + i, io);
            state[i] = EMPTY;
            if (length < HEADER_BYTES || store.lastStatus() != StoreStatus.OK) {
                continue;
            }
            io.flip();
            if (io.getInt() != MAGIC) {
                continue;
            }
            byte s = io.get();
            boolean wasArmed = io.get() != 0;
            long at = io.getLong();
            long key = io.getLong();
            long seq = io.getLong();
            int n = io.getInt();
            if ((s != PENDING && s != STARTED) || n < 0 || n > io.remaining() || n > maxBodyBytes) {
                continue;
            }
            bodies[i].clear();
            bodies[i].put(io.array(), io.position(), n).flip();
            bodies[i].order(java.nio.ByteOrder.LITTLE_ENDIAN);
            state[i] = s;
            armed[i] = wasArmed;
            executeAtUnixNs[i] = at;
            keyIds[i] = key;
            sequences[i] = seq;
            found++;
        }
        return found;
    }

    /**
     * Adds a command and persists it.
     *
     * @return the entry index, or −1 if the schedule is full, the body too large or the store refused
     */
    int add(ByteBuffer body, long keyId, long sequence, long atUnixNs, boolean wasArmed) {
        if (body.remaining() > maxBodyBytes) {
            return -1;
        }
        for (int i = 0; i < capacity; i++) {
            if (state[i] == EMPTY) {
                bodies[i].clear();
                bodies[i].put(body.duplicate()).flip();
                bodies[i].order(java.nio.ByteOrder.LITTLE_ENDIAN);
                armed[i] = wasArmed;
                executeAtUnixNs[i] = atUnixNs;
                keyIds[i] = keyId;
                sequences[i] = sequence;
                state[i] = PENDING;
                if (persist(i) != StoreStatus.OK) {
                    state[i] = EMPTY;
                    return -1;
                }
                return i;
            }
        }
        return -1;
    }

    /** @return true if an entry of this size fits now */
    boolean hasRoom(int bodyBytes) {
        if (bodyBytes > maxBodyBytes) {
            return false;
        }
        for (byte s : state) {
            if (s == EMPTY) {
                return true;
            }
        }
        return false;
    }

    /** @return the index of the earliest entry due at {@code nowUnixNs} in the given state, or −1 */
    int next(byte inState, long nowUnixNs) {
        int best = -1;
        for (int i = 0; i < capacity; i++) {
            if (state[i] == inState && executeAtUnixNs[i] - nowUnixNs <= 0
                    && (best < 0 || executeAtUnixNs[i] < executeAtUnixNs[best])) {
                best = i;
            }
        }
        return best;
    }

    /** @return a pending entry with the earliest execution time after {@code afterUnixNs}, or −1 */
    int nextAfter(long afterUnixNs) {
        int best = -1;
        for (int i = 0; i < capacity; i++) {
            if (state[i] == PENDING && executeAtUnixNs[i] > afterUnixNs
                    && (best < 0 || executeAtUnixNs[i] < executeAtUnixNs[best])) {
                best = i;
            }
        }
        return best;
    }

    /** @return the first pending entry at index {@code from} or later due exactly at {@code atUnixNs}, or −1 */
    int nextAt(long atUnixNs, int from) {
        for (int i = from; i < capacity; i++) {
            if (state[i] == PENDING && executeAtUnixNs[i] == atUnixNs) {
                return i;
            }
        }
        return -1;
    }

    long executeAtUnixNs(int i) { return executeAtUnixNs[i]; }

    /** @return the pending entry with this sequence number, or −1 */
    int find(long sequence) {
        for (int i = 0; i < capacity; i++) {
            if (state[i] == PENDING && sequences[i] == sequence) {
                return i;
            }
        }
        return -1;
    }

    /** Marks an entry started, in the store, before it executes. */
    StoreStatus markStarted(int i) {
        state[i] = STARTED;
        return persist(i);
    }

    /** Removes an entry from the schedule and the store. */
    StoreStatus remove(int i) {
        state[i] = EMPTY;
        return persist(i);
    }

    private StoreStatus persist(int i) {
        io.clear();
        io.putInt(MAGIC).put(state[i]).put((byte) (armed[i] ? 1 : 0)).putLong(executeAtUnixNs[i]).putLong(keyIds[i]).putLong(sequences[i]);
        if (state[i] == EMPTY) {
            io.putInt(0);
        } else {
            io.putInt(bodies[i].remaining()).put(bodies[i].duplicate());
        }
        io.flip();
        return store.write(FIRST_SLOT + i, io);
    }

    ByteBuffer body(int i) { return bodies[i]; }
    long keyId(int i) { return keyIds[i]; }
    long sequence(int i) { return sequences[i]; }
    boolean armed(int i) { return armed[i]; }

    /** @return entries waiting or started */
    int size() {
        int n = 0;
        for (byte s : state) {
            if (s != EMPTY) {
                n++;
            }
        }
        return n;
    }
}

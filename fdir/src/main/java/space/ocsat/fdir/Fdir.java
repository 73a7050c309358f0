package space.ocsat.fdir;

import space.ocsat.fdir.monitor.Detector;
import space.ocsat.fdir.monitor.Persistence;
import space.ocsat.fdir.pool.ParameterPool;
import space.ocsat.fdir.response.FaultListener;
import space.ocsat.fdir.response.Response;

/**
 * The monitor table: each entry is a detector, its persistence and the response for its fault. Entries
 * are added at construction (command path later); {@link #evaluate} runs every entry in order and
 * reports transitions only, so a standing fault produces one confirmation, not one per cycle.
 */
public final class Fdir {
    private final Detector[] detectors;
    private final Persistence[] persistence;
    private final Response[] responses;
    private final int[] faultIds;
    private final boolean[] enabled;
    private final boolean[] confirmed;
    private int size;

    /** @param capacity maximum number of monitors */
    public Fdir(int capacity) {
        detectors = new Detector[capacity];
        persistence = new Persistence[capacity];
        responses = new Response[capacity];
        faultIds = new int[capacity];
        enabled = new boolean[capacity];
        confirmed = new boolean[capacity];
    }

    /**
     * Adds a monitor.
     *
     * @throws IllegalStateException when the table is full; IllegalArgumentException for a duplicate fault id
     */
    public Fdir add(int faultId, Detector detector, int persistenceSamples, Response response) {
        if (size == detectors.length) {
            throw new IllegalStateException("monitor table full (" + size + " entries)");
        }
        if (indexOf(faultId) >= 0) {
            throw new IllegalArgumentException("duplicate fault id " + faultId);
        }
        if (response == null || response == Response.UNSPECIFIED) {
            throw new IllegalArgumentException("fault " + faultId + " needs a response");
        }
        detectors[size] = detector;
        persistence[size] = new Persistence(persistenceSamples);
        responses[size] = response;
        faultIds[size] = faultId;
        enabled[size] = true;
        size++;
        return this;
    }

    /**
     * Runs every enabled monitor once.
     *
     * @return the number of faults newly confirmed in this sample
     */
    public int evaluate(ParameterPool pool, long nowNs, FaultListener listener) {
        int newlyConfirmed = 0;
        for (int i = 0; i < size; i++) {
            if (!enabled[i]) {
                continue;
            }
            boolean now = persistence[i].update(detectors[i].violated(pool));
            if (now && !confirmed[i]) {
                confirmed[i] = true;
                newlyConfirmed++;
                listener.onConfirmed(faultIds[i], responses[i], nowNs);
            } else if (!now && confirmed[i]) {
                confirmed[i] = false;
                listener.onCleared(faultIds[i], nowNs);
            }
        }
        return newlyConfirmed;
    }

    /** Enables or disables a monitor; disabling forgets its persistence. @return false if unknown */
    public boolean setEnabled(int faultId, boolean on) {
        int i = indexOf(faultId);
        if (i < 0) {
            return false;
        }
        enabled[i] = on;
        if (!on) {
            persistence[i].reset();
            confirmed[i] = false;
        }
        return true;
    }

    /**
     * Clears a fault by command: its persistence starts afresh and, if it was confirmed, the listener
     * hears it cleared (so its response is undone) — it is confirmed again only if it persists anew.
     *
     * @return false if no monitor has this fault id
     */
    public boolean reset(int faultId, long nowNs, FaultListener listener) {
        int i = indexOf(faultId);
        if (i < 0) {
            return false;
        }
        persistence[i].reset();
        if (confirmed[i]) {
            confirmed[i] = false;
            listener.onCleared(faultIds[i], nowNs);
        }
        return true;
    }

    /** @return true if a monitor has this fault id */
    public boolean has(int faultId) {
        return indexOf(faultId) >= 0;
    }

    /** @return true if the fault is currently confirmed */
    public boolean isConfirmed(int faultId) {
        int i = indexOf(faultId);
        return i >= 0 && confirmed[i];
    }

    /** @return number of faults currently confirmed */
    public int activeCount() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (confirmed[i]) {
                n++;
            }
        }
        return n;
    }

    /** @return number of monitors in the table */
    public int size() {
        return size;
    }

    private int indexOf(int faultId) {
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId) {
                return i;
            }
        }
        return -1;
    }
}

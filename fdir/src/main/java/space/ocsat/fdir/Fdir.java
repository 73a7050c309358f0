package space.ocsat.fdir;

import space.ocsat.fdir.monitor.Detector;
import space.ocsat.fdir.monitor.Persistence;
import space.ocsat.fdir.pool.ParameterPool;
import space.ocsat.fdir.response.FaultListener;
import space.ocsat.fdir.response.Response;

/**
 * The monitor table: each entry is a detector, its persistence and the response for its fault on one unit (or
 * on none: {@link #NO_UNIT}). A fault id may have one entry per unit — the stuck-sensor fault on each sensor, say —
 * and commands that name a fault act on all of its units. {@link #evaluate} runs every enabled entry in order and
 * reports transitions only, so a standing fault produces one confirmation, not one per cycle.
 */
public final class Fdir {
    private final Detector[] detectors;
    private final Persistence[] persistence;
    private final Response[] responses;
    /** The unit of an entry that watches no single unit. */
    public static final int NO_UNIT = -1;

    private final int[] faultIds;
    private final int[] units;
    private final boolean[] enabled;
    private final boolean[] confirmed;
    private int size;

    /** @param capacity maximum number of monitors */
    public Fdir(int capacity) {
        detectors = new Detector[capacity];
        persistence = new Persistence[capacity];
        responses = new Response[capacity];
        faultIds = new int[capacity];
        units = new int[capacity];
        enabled = new boolean[capacity];
        confirmed = new boolean[capacity];
    }

    /**
     * Adds a monitor of no particular unit.
     *
     * @throws IllegalStateException when the table is full; IllegalArgumentException for a duplicate fault id
     */
    public Fdir add(int faultId, Detector detector, int persistenceSamples, Response response) {
        return add(faultId, NO_UNIT, detector, persistenceSamples, response);
    }

    /**
     * Adds a monitor of one unit.
     *
     * @param unit the unit's index (reported with every transition), or {@link #NO_UNIT}
     * @throws IllegalStateException when the table is full; IllegalArgumentException for a duplicate (fault, unit)
     */
    public Fdir add(int faultId, int unit, Detector detector, int persistenceSamples, Response response) {
        if (size == detectors.length) {
            throw new IllegalStateException("monitor table full (" + size + " entries)");
        }
        if (indexOf(faultId, unit) >= 0) {
            throw new IllegalArgumentException(unit == NO_UNIT ? "duplicate fault id " + faultId
                    : "duplicate fault id " + faultId + " for unit " + unit);
        }
        if (response == null || response == Response.UNSPECIFIED) {
            throw new IllegalArgumentException("fault " + faultId + " needs a response");
        }
        detectors[size] = detector;
        persistence[size] = new Persistence(persistenceSamples);
        responses[size] = response;
        faultIds[size] = faultId;
        units[size] = unit;
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
                listener.onConfirmed(faultIds[i], units[i], responses[i], nowNs);
            } else if (!now && confirmed[i]) {
                confirmed[i] = false;
                listener.onCleared(faultIds[i], units[i], nowNs);
            }
        }
        return newlyConfirmed;
    }

    /**
     * Enables or disables a fault's monitors (every unit); disabling forgets their persistence, and a confirmed one
     * is cleared through the listener (so its response is undone and the clearance reported).
     *
     * @return false if unknown
     */
    public boolean setEnabled(int faultId, boolean on, long nowNs, FaultListener listener) {
        boolean found = false;
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId) {
                found = true;
                enable(i, on, nowNs, listener);
            }
        }
        return found;
    }

    private void enable(int i, boolean on, long nowNs, FaultListener listener) {
        enabled[i] = on;
        if (!on) {
            persistence[i].reset();
            if (confirmed[i]) {
                confirmed[i] = false;
                listener.onCleared(faultIds[i], units[i], nowNs);
            }
        }
    }

    /**
     * Clears a fault by command: its persistence starts afresh and, if it was confirmed, the listener
     * hears it cleared (so its response is undone) — it is confirmed again only if it persists anew.
     *
     * @return false if no monitor has this fault id
     */
    public boolean reset(int faultId, long nowNs, FaultListener listener) {
        boolean found = false;
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId) {
                found = true;
                persistence[i].reset();
                if (confirmed[i]) {
                    confirmed[i] = false;
                    listener.onCleared(faultIds[i], units[i], nowNs);
                }
            }
        }
        return found;
    }

    /** @return true if the fault has a monitor on this unit ({@link #NO_UNIT}: on any unit) */
    public boolean hasUnit(int faultId, int unit) {
        return unit == NO_UNIT ? has(faultId) : indexOf(faultId, unit) >= 0;
    }

    /**
     * Retunes a fault's monitor on one unit, or on every unit with {@link #NO_UNIT} (command path; validate first:
     * unknown faults and units are ignored here). A disabled monitor forgets its persistence; a confirmed one is
     * cleared through the listener. A retuned persistence keeps the verdict.
     *
     * @param response     the new response, or null to keep it
     * @param samples      the new persistence, or 0 to keep it
     */
    public void retune(int faultId, int unit, Response response, int samples, boolean on, long nowNs,
                       FaultListener listener) {
        for (int i = 0; i < size; i++) {
            if (faultIds[i] != faultId || (unit != NO_UNIT && units[i] != unit)) {
                continue;
            }
            if (response != null && response != Response.UNSPECIFIED) {
                responses[i] = response;
            }
            if (samples > 0) {
                persistence[i].retune(samples);
            }
            enable(i, on, nowNs, listener);
        }
    }

    /** @return the response of the fault's monitor on this unit (the first one with {@link #NO_UNIT}), or null */
    public Response response(int faultId, int unit) {
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId && (unit == NO_UNIT || units[i] == unit)) {
                return responses[i];
            }
        }
        return null;
    }

    /** @return true if a monitor has this fault id */
    public boolean has(int faultId) {
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId) {
                return true;
            }
        }
        return false;
    }

    /** @return true if the fault is currently confirmed on any unit */
    public boolean isConfirmed(int faultId) {
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId && confirmed[i]) {
                return true;
            }
        }
        return false;
    }

    /** @return true if any fault whose response is {@code response} is currently confirmed */
    public boolean anyConfirmed(Response response) {
        for (int i = 0; i < size; i++) {
            if (confirmed[i] && responses[i] == response) {
                return true;
            }
        }
        return false;
    }

    /** @return true if the fault is currently confirmed on this unit */
    public boolean isConfirmed(int faultId, int unit) {
        int i = indexOf(faultId, unit);
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

    private int indexOf(int faultId, int unit) {
        for (int i = 0; i < size; i++) {
            if (faultIds[i] == faultId && units[i] == unit) {
                return i;
            }
        }
        return -1;
    }
}

package space.ocsat.sim.constellation;

/**
 * One satellite's store of result data waiting to reach the ground, first in first out, as chunks that remember when
 * their data was generated (the deadline is counted from then). Bounded in bits: what does not fit is refused (and
 * counted as dropped by the caller). Chunks live in a fixed ring; data arriving in the same second as the last chunk
 * with the same generation second is merged into it; when the ring is full, arriving data is merged into the newest
 * chunk under the older generation time (kept, judged conservatively), so only the store's bits bound it. No
 * allocation after construction.
 */
final class DataQueue {
    private final double capacityBits;
    private final double[] genS;
    private final double[] bits;
    private int head;
    private int size;
    private double queuedBits;

    /**
     * @param capacityBits storage for result data, bits
     * @param chunks       chunks the ring holds (distinct generation seconds in store at once)
     */
    DataQueue(double capacityBits, int chunks) {
        this.capacityBits = capacityBits;
        this.genS = new double[chunks];
        this.bits = new double[chunks];
    }

    /** Adds data generated at {@code generatedS}. @return the bits that did not fit (dropped) */
    double offer(double generatedS, double amount) {
        double fits = Math.min(amount, capacityBits - queuedBits);
        if (fits <= 0) {
            return amount;
        }
        int last = (head + size - 1) % genS.length;
        if (size > 0 && genS[last] == generatedS) {
            bits[last] += fits;
        } else if (size < genS.length) {
            int at = (head + size) % genS.length;
            genS[at] = generatedS;
            bits[at] = fits;
            size++;
        } else {
            // the ring is full of distinct seconds (data forwarded from many routers interleaves them): merge into the
            // newest chunk under the older of the two times, so the data is kept and its deadline never flattered
            genS[last] = Math.min(genS[last], generatedS);
            bits[last] += fits;
        }
        queuedBits += fits;
        return amount - fits;
    }

    /** @return bits the store can still take for other routers, keeping {@code reserveFraction} of it for its own */
    double roomBits(double reserveFraction) {
        return Math.max(0, (1 - reserveFraction) * capacityBits - queuedBits);
    }

    /** @return bits in store */
    double queuedBits() {
        return queuedBits;
    }

    /** @return true if nothing is stored */
    boolean isEmpty() {
        return size == 0;
    }

    /** @return the generation time of the oldest data, s */
    double oldestGeneratedS() {
        return genS[head];
    }

    /** @return the bits of the oldest chunk */
    double oldestBits() {
        return bits[head];
    }

    /** Removes up to {@code amount} bits of the oldest chunk. @return the bits removed */
    double take(double amount) {
        double taken = Math.min(amount, bits[head]);
        bits[head] -= taken;
        queuedBits -= taken;
        if (bits[head] <= 0) {
            head = (head + 1) % genS.length;
            size--;
            if (size == 0) {
                queuedBits = 0; // no rounding residue left behind
            }
        }
        return taken;
    }
}

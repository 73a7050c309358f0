package space.ocsat.fdir.pool;

/**
 * Primitive values by id, written once per cycle by the flight software's estimate step and read by the
 * monitors. No boxing; a value may be marked invalid (its sensor failed) and monitors skip it.
 */
public final class ParameterPool {
    private final double[] values;
    private final boolean[] valid;

    /** @param capacity number of parameter ids, 0 ≤ id &lt; capacity */
    public ParameterPool(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("parameter pool capacity must be positive, got " + capacity);
        }
        values = new double[capacity];
        valid = new boolean[capacity];
    }

    /** @return number of ids */
    public int capacity() {
        return values.length;
    }

    /** Writes a valid value. @param id parameter id @param value the value, in the parameter's unit */
    public void set(int id, double value) {
        values[id] = value;
        valid[id] = true;
    }

    /** Marks a parameter invalid (its source failed); its last value is kept for telemetry. */
    public void invalidate(int id) {
        valid[id] = false;
    }

    /** @return the last value written, in the parameter's unit */
    public double get(int id) {
        return values[id];
    }

    /** @return true if the last write was a valid value */
    public boolean isValid(int id) {
        return valid[id];
    }
}

package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/**
 * Expected state: while a commanded parameter holds a given state, a measured one must lie within [low, high] —
 * pump commanded on (1) but flow below its minimum, heater commanded off (0) but drawing current. In any other
 * commanded state, or with either input invalid, it is not violated.
 */
public final class ExpectedStateDetector implements Detector {
    private final int commandedId;
    private final double whenCommanded;
    private final int measuredId;
    private final double low;
    private final double high;

    /**
     * @param commandedId   pool id of the commanded state (0/1 for on/off)
     * @param whenCommanded the commanded state the expectation applies in
     * @param measuredId    pool id of the measurement
     * @param low           lowest measurement expected in that state (NEGATIVE_INFINITY for none)
     * @param high          highest measurement expected (POSITIVE_INFINITY for none)
     */
    public ExpectedStateDetector(int commandedId, double whenCommanded, int measuredId, double low, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException("expected range needs low < high, got " + low + " .. " + high);
        }
        this.commandedId = commandedId;
        this.whenCommanded = whenCommanded;
        this.measuredId = measuredId;
        this.low = low;
        this.high = high;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        if (!pool.isValid(commandedId) || !pool.isValid(measuredId) || pool.get(commandedId) != whenCommanded) {
            return false;
        }
        double m = pool.get(measuredId);
        return m < low || m > high;
    }
}

package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/**
 * Shortfall against a reference: violated when a value falls below a fraction of its reference — one solar string
 * against the median of its siblings. While the reference is too small to judge by (the array in eclipse) the last
 * verdict holds, so a standing fault neither clears nor confirms anew at every eclipse.
 */
public final class ShortfallDetector implements Detector {
    private final int valueId;
    private final int referenceId;
    private final double minReference;
    private final double fraction;
    private boolean violated;

    /**
     * @param valueId      pool id of the monitored value
     * @param referenceId  pool id of its reference
     * @param minReference the smallest reference worth judging by, parameter's unit
     * @param fraction     the value is short below this fraction of the reference, 0..1
     */
    public ShortfallDetector(int valueId, int referenceId, double minReference, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("a shortfall fraction is in (0, 1), got " + fraction);
        }
        this.valueId = valueId;
        this.referenceId = referenceId;
        this.minReference = minReference;
        this.fraction = fraction;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        if (!pool.isValid(valueId) || !pool.isValid(referenceId) || pool.get(referenceId) < minReference) {
            return violated;
        }
        violated = pool.get(valueId) < fraction * pool.get(referenceId);
        return violated;
    }
}

package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/**
 * Cross-check of a redundant pair: violated when both readings are valid and differ by more than the threshold.
 * A pair cannot say which one is wrong (a triple votes: see the flight software's sensor vote); the response
 * decides what to trust.
 */
public final class DisagreementDetector implements Detector {
    private final int firstId;
    private final int secondId;
    private final double threshold;

    /**
     * @param firstId   pool id of one reading
     * @param secondId  pool id of its redundant twin
     * @param threshold largest difference allowed, parameter's unit, &gt; 0
     */
    public DisagreementDetector(int firstId, int secondId, double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("a disagreement threshold must be positive, got " + threshold);
        }
        this.firstId = firstId;
        this.secondId = secondId;
        this.threshold = threshold;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        return pool.isValid(firstId) && pool.isValid(secondId)
                && Math.abs(pool.get(firstId) - pool.get(secondId)) > threshold;
    }
}

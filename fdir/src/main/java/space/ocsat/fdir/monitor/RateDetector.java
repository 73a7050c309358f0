package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/**
 * Rate of change: violated when a valid value moved by more than {@code maxChange} since the previous valid sample
 * (one sample apart: the monitor's rate). For counters (ECC errors) the change is the count per sample. An invalid
 * sample is skipped and the next valid one is compared with nothing.
 */
public final class RateDetector implements Detector {
    private final int parameterId;
    private double maxChange;
    private boolean havePrevious;
    private double previous;

    /**
     * @param parameterId pool id of the monitored value
     * @param maxChange   largest change allowed between two samples, parameter's unit, &gt; 0
     */
    public RateDetector(int parameterId, double maxChange) {
        this.parameterId = parameterId;
        retune(maxChange);
    }

    /** Changes the allowed change per sample (command path). */
    public void retune(double newMaxChange) {
        if (!(newMaxChange > 0)) {
            throw new IllegalArgumentException("a rate limit must be positive, got " + newMaxChange);
        }
        maxChange = newMaxChange;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        if (!pool.isValid(parameterId)) {
            havePrevious = false;
            return false;
        }
        double v = pool.get(parameterId);
        boolean fast = havePrevious && Math.abs(v - previous) > maxChange;
        previous = v;
        havePrevious = true;
        return fast;
    }
}

package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/**
 * Stuck value: violated when a valid reading is bit-for-bit the previous one. A live sensor's reading carries noise
 * larger than its resolution, so identical consecutive samples are rare; the persistence (tens of samples) makes a
 * stuck reading — a frozen ADC channel, a sensor latched at a value — stand out. An invalid sample breaks the run.
 */
public final class StuckDetector implements Detector {
    private final int parameterId;
    private boolean havePrevious;
    private double previous;

    /** @param parameterId pool id of the monitored reading */
    public StuckDetector(int parameterId) {
        this.parameterId = parameterId;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        if (!pool.isValid(parameterId)) {
            havePrevious = false;
            return false;
        }
        double v = pool.get(parameterId);
        boolean same = havePrevious && Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(previous);
        previous = v;
        havePrevious = true;
        return same;
    }
}

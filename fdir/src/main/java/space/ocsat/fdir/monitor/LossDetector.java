package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/** Loss of a reading: violated while the parameter is invalid (its sensor does not answer or reports a failure). */
public final class LossDetector implements Detector {
    private final int parameterId;

    /** @param parameterId pool id of the monitored reading */
    public LossDetector(int parameterId) {
        this.parameterId = parameterId;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        return !pool.isValid(parameterId);
    }
}

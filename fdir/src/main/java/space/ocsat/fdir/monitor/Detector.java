package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/** One sample of a monitor: is the condition violated now? No persistence, no response. */
public interface Detector {
    /**
     * @param pool the cycle's parameters
     * @return true if violated in this sample; false if nominal or the input is invalid
     */
    boolean violated(ParameterPool pool);
}

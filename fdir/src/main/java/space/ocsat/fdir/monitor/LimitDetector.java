package space.ocsat.fdir.monitor;

import space.ocsat.fdir.pool.ParameterPool;

/**
 * Limit check with hysteresis: violated below {@code low} or above {@code high}; once violated it stays
 * violated until the value is back inside by {@code hysteresis}. Thresholds are retunable.
 */
public final class LimitDetector implements Detector {
    private final int parameterId;
    private double low;
    private double high;
    private double hysteresis;
    private boolean violated;

    /**
     * @param parameterId pool id of the monitored value
     * @param low         lower limit (use {@code Double.NEGATIVE_INFINITY} for none), parameter's unit
     * @param high        upper limit (use {@code Double.POSITIVE_INFINITY} for none), parameter's unit
     * @param hysteresis  margin back inside the limit before the violation clears, ≥ 0, parameter's unit
     */
    public LimitDetector(int parameterId, double low, double high, double hysteresis) {
        this.parameterId = parameterId;
        retune(low, high, hysteresis);
    }

    /** Changes the thresholds (command path). */
    public void retune(double newLow, double newHigh, double newHysteresis) {
        if (!(newLow < newHigh) || !(newHysteresis >= 0)) {
            throw new IllegalArgumentException("limits need low < high and hysteresis >= 0, got low=" + newLow
                    + " high=" + newHigh + " hysteresis=" + newHysteresis);
        }
        low = newLow;
        high = newHigh;
        hysteresis = newHysteresis;
    }

    @Override
    public boolean violated(ParameterPool pool) {
        if (!pool.isValid(parameterId)) {
            return false;
        }
        double v = pool.get(parameterId);
        if (violated) {
            violated = v < low + hysteresis || v > high - hysteresis;
        } else {
            violated = v < low || v > high;
        }
        return violated;
    }

    /** @return the monitored parameter id */
    public int parameterId() {
        return parameterId;
    }
}

package space.ocsat.fsw.power;

/**
 * The battery's capacity from one steady discharge: the charge drawn (coulomb count, Ah) against the state of charge
 * its open-circuit voltage shows (terminal voltage corrected by I·R, through the OCV table), fitted by least squares.
 * The slope is the capacity: −dAh/dSoC. The fit needs no rest: at the even current the energy plan holds through an
 * eclipse, an error in the assumed pack resistance shifts every OCV reading alike and leaves the slope alone. A fit
 * counts once it spans {@link #MIN_SPAN_SOC} of SoC over {@link #MIN_SAMPLES} samples.
 */
final class CapacityLearner {
    /** Least SoC span (by OCV) a fit must cover. */
    static final double MIN_SPAN_SOC = 0.1;
    /** Least samples a fit must hold. */
    static final int MIN_SAMPLES = 300;

    private long n;
    private double x0;
    private double y0;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;
    private double xMin;
    private double xMax;

    /** Starts a new discharge. */
    void reset() {
        n = 0;
        sx = 0;
        sy = 0;
        sxx = 0;
        sxy = 0;
    }

    /**
     * @param ocvSoc   SoC the IR-corrected OCV shows
     * @param drawnAh  charge drawn since the discharge began, Ah
     */
    void sample(double ocvSoc, double drawnAh) {
        if (n == 0) {
            x0 = ocvSoc;
            y0 = drawnAh;
            xMin = ocvSoc;
            xMax = ocvSoc;
        }
        double x = ocvSoc - x0;
        double y = drawnAh - y0;
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        xMin = Math.min(xMin, ocvSoc);
        xMax = Math.max(xMax, ocvSoc);
    }

    /** @return true once the samples span enough SoC to fit */
    boolean confident() {
        return n >= MIN_SAMPLES && xMax - xMin >= MIN_SPAN_SOC;
    }

    /** @return the fitted capacity, Ah (NaN before {@link #confident()}) */
    double capacityAh() {
        if (!confident()) {
            return Double.NaN;
        }
        double denominator = n * sxx - sx * sx;
        return denominator > 0 ? -(n * sxy - sx * sy) / denominator : Double.NaN;
    }
}

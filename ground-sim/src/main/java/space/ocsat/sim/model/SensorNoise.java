package space.ocsat.sim.model;

/** Measurement noise and quantisation of one kind of sensor, drawn from a seeded stream. */
public final class SensorNoise {
    private final Rng rng;
    private final double sigma;
    private final double lsb;

    /**
     * @param rng   seeded stream
     * @param sigma standard deviation of the noise, in the measured unit
     * @param lsb   quantisation step (least significant bit), in the measured unit; 0 for none
     */
    public SensorNoise(Rng rng, double sigma, double lsb) {
        this.rng = rng;
        this.sigma = sigma;
        this.lsb = lsb;
    }

    /** @param truth the physical value @return what the sensor reports */
    public double measure(double truth) {
        double v = truth + sigma * rng.nextNoise();
        return lsb > 0 ? Math.rint(v / lsb) * lsb : v;
    }
}

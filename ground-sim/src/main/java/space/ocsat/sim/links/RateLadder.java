package space.ocsat.sim.links;

/**
 * The data rates a receiver can run at, fastest first, each with the received power it needs (its sensitivity).
 *
 * <p>The default ladder is 100, 50, 25, 10 and 2.5 Gbit/s (Tesat's SCOT80 family spans 2.5–100 Gbit/s, REFERENCE.md
 * "Optical links"), anchored at −35.5 dBm for 10 Gbit/s OOK (REFERENCE.md, the MathWorks link-budget example) and
 * scaled at a constant number of photons per bit, +10·log10(rate / 10 Gbit/s) dB: −25.5, −28.5, −31.5, −35.5 and
 * −41.5 dBm. Coherent receivers do several dB better; use explicit sensitivities for them.
 *
 * <p>Immutable.
 */
public final class RateLadder {

    /** Reference rate of the default ladder in bit/s (10 Gbit/s OOK). */
    public static final double REFERENCE_RATE_BPS = 10e9;
    /** Sensitivity at the reference rate in dBm (REFERENCE.md, "Optical links": 10 Gbps OOK needs ≈ −35.5 dBm). */
    public static final double REFERENCE_SENSITIVITY_DBM = -35.5;

    private static final RateLadder DEFAULT = directDetection(REFERENCE_RATE_BPS, REFERENCE_SENSITIVITY_DBM,
            100e9, 50e9, 25e9, 10e9, 2.5e9);

    private final double[] ratesBps;
    private final double[] sensitivitiesDbm;

    /**
     * @param ratesBps         rates in bit/s, strictly decreasing, &gt; 0
     * @param sensitivitiesDbm received power each rate needs in dBm, same length, finite
     * @throws IllegalArgumentException if the arrays are empty, of different lengths or out of order
     */
    public RateLadder(double[] ratesBps, double[] sensitivitiesDbm) {
        if (ratesBps.length == 0 || ratesBps.length != sensitivitiesDbm.length) {
            throw new IllegalArgumentException("need one sensitivity per rate and at least one rate");
        }
        for (int i = 0; i < ratesBps.length; i++) {
            if (!(ratesBps[i] > 0.0) || Double.isInfinite(ratesBps[i]) || !Double.isFinite(sensitivitiesDbm[i])) {
                throw new IllegalArgumentException("rate " + i + " must be finite and > 0 with a finite sensitivity");
            }
            if (i > 0 && !(ratesBps[i] < ratesBps[i - 1])) {
                throw new IllegalArgumentException("rates must be strictly decreasing");
            }
        }
        this.ratesBps = ratesBps.clone();
        this.sensitivitiesDbm = sensitivitiesDbm.clone();
    }

    /**
     * A ladder for a direct-detection receiver: each rate needs the reference sensitivity plus
     * 10·log10(rate / reference rate) dB (constant photons per bit).
     *
     * @param referenceRateBps        rate at which the sensitivity is known, bit/s
     * @param referenceSensitivityDbm sensitivity at that rate, dBm
     * @param ratesBps                rates, strictly decreasing, bit/s
     * @return the ladder
     */
    public static RateLadder directDetection(double referenceRateBps, double referenceSensitivityDbm,
            double... ratesBps) {
        double[] sensitivities = new double[ratesBps.length];
        for (int i = 0; i < ratesBps.length; i++) {
            sensitivities[i] = referenceSensitivityDbm + 10.0 * StrictMath.log10(ratesBps[i] / referenceRateBps);
        }
        return new RateLadder(ratesBps, sensitivities);
    }

    /** @return the default ladder: 100, 50, 25, 10, 2.5 Gbit/s from −25.5 to −41.5 dBm */
    public static RateLadder defaults() {
        return DEFAULT;
    }

    /** @return number of rates */
    public int size() {
        return ratesBps.length;
    }

    /** @param index 0 = fastest @return the rate in bit/s */
    public double rateBps(int index) {
        return ratesBps[index];
    }

    /** @param index 0 = fastest @return the received power that rate needs, dBm */
    public double sensitivityDbm(int index) {
        return sensitivitiesDbm[index];
    }
}

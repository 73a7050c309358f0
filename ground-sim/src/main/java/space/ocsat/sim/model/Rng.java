package space.ocsat.sim.model;

/**
 * Seeded random source for the simulator: SplitMix64 (Steele, Lea, Flood 2014), written out here so the
 * sequence is the same on every JVM version (java.util generators have changed algorithms across
 * releases). Allocation-free.
 */
public final class Rng {
    private static final double SQRT3 = 1.7320508075688772;
    private long state;

    /** @param seed any value; equal seeds give equal sequences */
    public Rng(long seed) {
        this.state = seed;
    }

    /** Derives an independent stream for one model or sensor from a run seed and a stream id. */
    public static Rng stream(long seed, long streamId) {
        Rng r = new Rng(seed ^ (streamId * 0x9E3779B97F4A7C15L));
        r.nextLong();
        return r;
    }

    /** @return the next 64 random bits */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return uniform in [0, 1) with 53 random bits */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * Approximately standard normal: the centred sum of four uniforms scaled to unit variance
     * (Irwin–Hall). Bounded at ±3.46σ, which suits sensor noise and costs no logarithm.
     */
    public double nextNoise() {
        double sum = nextDouble() + nextDouble() + nextDouble() + nextDouble();
        return (sum - 2.0) * SQRT3;
    }
}

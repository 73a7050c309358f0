package space.ocsat.sim.links;

import java.util.List;
import space.ocsat.sim.model.Rng;

/**
 * Cloud outages at the ground sites: each site's sky is a two-state Markov chain (clear, cloudy) advanced in
 * fixed steps.
 *
 * <p>For a site with clear-sky fraction p and mean cloudy spell τ, and a step Δt:
 * <ul>
 *   <li>cloudy → clear with probability β = 1 − exp(−Δt/τ), so cloudy spells are geometric with mean ≈ τ;</li>
 *   <li>clear → cloudy with probability α = β·(1 − p)/p, so the stationary clear fraction β/(α + β) is p and
 *       clear spells last about τ·p/(1 − p) on average.</li>
 * </ul>
 * The chain starts in its stationary distribution. Each site draws from its own stream,
 * {@code Rng.stream(seed, STREAM_ID_BASE + siteIndex)}, exactly one number per step whatever its state, so the sky
 * depends only on the seed, the step and the number of steps taken, and forcing a site cloudy changes no
 * other site and not the site's own weather once released.
 *
 * <p>{@link #forceCloudy} holds a site cloudy (the "half the ground stations clouded" scenario) on top of its
 * weather. Not thread-safe; {@link #step} and the queries do not allocate.
 */
public final class CloudModel {

    /** Stream ids of the sites' random streams start here (other models use ids below 100). */
    public static final long STREAM_ID_BASE = 1000;

    private final GroundSite[] sites;
    private final Rng[] streams;
    private final double[] clearToCloudyProbability;
    private final double[] cloudyToClearProbability;
    private final boolean[] clear;
    private final boolean[] forcedCloudy;
    private final double stepS;
    private long steps;

    /**
     * @param sites the ground sites, in index order
     * @param stepS the fixed step in s, &gt; 0
     * @param seed  run seed
     * @throws IllegalArgumentException if the step is so long for a site that α would exceed 1
     */
    public CloudModel(List<GroundSite> sites, double stepS, long seed) {
        if (!(stepS > 0.0) || Double.isInfinite(stepS)) {
            throw new IllegalArgumentException("stepS must be finite and > 0, got " + stepS);
        }
        int n = sites.size();
        this.sites = sites.toArray(new GroundSite[0]);
        this.streams = new Rng[n];
        this.clearToCloudyProbability = new double[n];
        this.cloudyToClearProbability = new double[n];
        this.clear = new boolean[n];
        this.forcedCloudy = new boolean[n];
        this.stepS = stepS;
        for (int i = 0; i < n; i++) {
            GroundSite site = this.sites[i];
            double p = site.clearSkyFraction();
            double beta = -StrictMath.expm1(-stepS / site.meanCloudyDurationS());
            double alpha = beta * (1.0 - p) / p;
            if (alpha > 1.0) {
                throw new IllegalArgumentException("step " + stepS + " s too long for site " + site.name()
                        + ": clear-to-cloudy probability " + alpha + " > 1");
            }
            cloudyToClearProbability[i] = beta;
            clearToCloudyProbability[i] = alpha;
            streams[i] = Rng.stream(seed, STREAM_ID_BASE + i);
            clear[i] = streams[i].nextDouble() < p;
        }
    }

    /** Advances every site's sky by one step. */
    public void step() {
        for (int i = 0; i < clear.length; i++) {
            double u = streams[i].nextDouble();
            if (clear[i]) {
                clear[i] = u >= clearToCloudyProbability[i];
            } else {
                clear[i] = u < cloudyToClearProbability[i];
            }
        }
        steps++;
    }

    /**
     * @param site site index
     * @return true when the site can link: its sky is clear and it is not forced cloudy
     */
    public boolean isClear(int site) {
        return clear[site] && !forcedCloudy[site];
    }

    /**
     * Holds a site cloudy, or releases it to its weather. The weather keeps evolving underneath.
     *
     * @param site   site index
     * @param forced true to hold it cloudy
     */
    public void forceCloudy(int site, boolean forced) {
        forcedCloudy[site] = forced;
    }

    /** @param site site index @return true when the site is held cloudy */
    public boolean isForcedCloudy(int site) {
        return forcedCloudy[site];
    }

    /** @return number of sites */
    public int siteCount() {
        return sites.length;
    }

    /** @param site site index @return the site */
    public GroundSite site(int site) {
        return sites[site];
    }

    /** @return the fixed step in s */
    public double stepS() {
        return stepS;
    }

    /** @return steps taken since construction */
    public long steps() {
        return steps;
    }
}

package space.ocsat.fsw.orbit;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;

/**
 * Predicts the next umbra entry and exit from the navigation state alone (no ephemeris service on board): the state is
 * integrated forward with two-body gravity and J2 ({@link J2Integrator}, 10 s steps) over 1.5 orbits, the conical
 * umbra of a spherical Earth (Montenbruck &amp; Gill, Satellite Orbits §3.4.2) tested at each step, and each crossing
 * refined by bisection to 10 ms, every trial integrated from the start of its step. Integrating J2 rather than
 * assuming a circle matters at grazing (dawn-dusk) eclipse edges, where J2's kilometre-scale short-period radius
 * terms move the edge by up to 10 s. The Sun turns along the ecliptic at its mean rate from its current direction,
 * at today's distance (Astronomical Almanac low-precision formula). The penumbra (~9 s) is not predicted: the umbra
 * is what the power budget must survive. Without a navigation fix (GNSS lost) the last fix is carried forward by
 * the same integrator. Runs every 10 s, in about 1,000 integration steps, allocation-free: StrictMath
 * except {@code Math.sin}/{@code Math.cos}, HotSpot intrinsics, because on JDK 21+ StrictMath's Java fdlibm allocates
 * in their argument reduction.
 */
public final class EclipsePredictor implements CycleTask, EclipseForecast {
    static final double MU_M3_PER_S2 = J2Integrator.MU_M3_PER_S2;
    static final double EARTH_RADIUS_M = J2Integrator.EARTH_RADIUS_M;
    /** Nominal solar radius, m (IAU 2015 B3). */
    static final double SUN_RADIUS_M = 6.957e8;
    /** Astronomical unit, m (IAU 2012 B2). */
    static final double AU_M = 1.495978707e11;
    private static final double J2000_UNIX_S = 946_728_000.0;
    /** Coarse search step, s (shorter than any LEO eclipse or sunlit arc). */
    static final double STEP_S = 10;
    private static final double REFINE_S = 0.01;
    private static final long NS_PER_S = 1_000_000_000L;
    /** The Sun's mean motion along the ecliptic, rad/s (360° per 365.2422 days). */
    private static final double SUN_RATE_RAD_PER_S = 2 * Math.PI / (365.2422 * 86_400);
    /** Obliquity of the ecliptic (23.439°, J2000; its drift is 0.013° per century). */
    private static final double SIN_OBLIQUITY = StrictMath.sin(StrictMath.toRadians(23.439));
    private static final double COS_OBLIQUITY = StrictMath.cos(StrictMath.toRadians(23.439));

    private final SensorFrame frame;
    private final double[] r0 = new double[3];
    private final double[] v0 = new double[3];
    private final double[] sun = new double[3];
    private final double[] now = new double[6];
    private final double[] before = new double[6];
    private final double[] trial = new double[6];
    private final double[] sunThen = new double[3];
    private final J2Integrator integrator = new J2Integrator();
    private final double[] held = new double[6];
    private final double[] heldR = new double[3];
    private final double[] heldV = new double[3];
    private final double[] heldSun = new double[3];
    private long heldNs;
    private boolean haveFix;
    private double r0Norm;
    private double rate;
    private boolean valid;
    private boolean inUmbraNow;
    private long nextEntryNs = Long.MAX_VALUE;
    private long nextExitNs = Long.MAX_VALUE;
    private double periodS;
    private double sunDistanceM = AU_M;

    public EclipsePredictor(SensorFrame frame) {
        this.frame = frame;
    }

    @Override
    public void run(long nowNs) {
        if (frame.navOk) {
            System.arraycopy(frame.positionM, 0, held, 0, 3);
            System.arraycopy(frame.velocityMps, 0, held, 3, 3);
            System.arraycopy(frame.sunDirection, 0, heldSun, 0, 3);
            heldNs = nowNs;
            haveFix = true;
            predict(frame.positionM, frame.velocityMps, frame.sunDirection, sunDistanceM(frame.gnssTimeUnixNs), nowNs);
        } else if (haveFix) {
            // no fix (GNSS lost): the last one, carried forward by the same integrator
            for (double leftS = (nowNs - heldNs) / 1e9; leftS > 0; leftS -= STEP_S) {
                integrator.step(held, Math.min(STEP_S, leftS));
            }
            heldNs = nowNs;
            System.arraycopy(held, 0, heldR, 0, 3);
            System.arraycopy(held, 3, heldV, 0, 3);
            // the Sun too is the last fix's (it moves about 1° a day): without a fix the reading cannot be trusted
            predict(heldR, heldV, heldSun, sunDistanceM(frame.gnssTimeUnixNs), nowNs);
        }
    }

    /**
     * Earth–Sun distance (Astronomical Almanac low-precision formula, ~1e-4 au): the apparent size of the Sun
     * changes 3 % over the year, which moves the umbra's edge by tens of seconds in a grazing (dawn-dusk) eclipse.
     *
     * @param unixNs GNSS time, ns since 1970 (0 if unknown: 1 au is used)
     */
    static double sunDistanceM(long unixNs) {
        if (unixNs == 0) {
            return AU_M;
        }
        double days = unixNs / 1e9 / 86_400.0 - J2000_UNIX_S / 86_400.0;
        double g = StrictMath.toRadians(357.529 + 0.98560028 * days);
        return (1.00014 - 0.01671 * Math.cos(g) - 0.00014 * Math.cos(2 * g)) * AU_M;
    }

    /** Predicts from a state at mission time {@code nowNs}; the results are read with the accessors. */
    public void predict(double[] positionM, double[] velocityMps, double[] sunUnit, double sunDistM, long nowNs) {
        sunDistanceM = sunDistM;
        System.arraycopy(positionM, 0, r0, 0, 3);
        System.arraycopy(velocityMps, 0, v0, 0, 3);
        System.arraycopy(sunUnit, 0, sun, 0, 3);
        r0Norm = norm(r0);
        double v2 = dot(v0, v0);
        double inverseA = 2 / r0Norm - v2 / MU_M3_PER_S2;
        valid = r0Norm > EARTH_RADIUS_M && inverseA > 0;
        nextEntryNs = Long.MAX_VALUE;
        nextExitNs = Long.MAX_VALUE;
        if (!valid) {
            return;
        }
        double hx = r0[1] * v0[2] - r0[2] * v0[1];
        double hy = r0[2] * v0[0] - r0[0] * v0[2];
        double hz = r0[0] * v0[1] - r0[1] * v0[0];
        double h = StrictMath.sqrt(hx * hx + hy * hy + hz * hz);
        rate = h / (r0Norm * r0Norm);
        periodS = 2 * Math.PI / rate;
        loadState(now);
        inUmbraNow = umbraAt(now, 0);
        boolean previous = inUmbraNow;
        double horizonS = 1.5 * periodS;
        double t = 0;
        while (t < horizonS + STEP_S && (nextEntryNs == Long.MAX_VALUE || nextExitNs == Long.MAX_VALUE)) {
            System.arraycopy(now, 0, before, 0, 6);
            integrator.step(now, STEP_S);
            t += STEP_S;
            boolean umbra = umbraAt(now, t);
            if (umbra != previous) {
                long crossingNs = nowNs + (long) (refine(t - STEP_S, previous) * NS_PER_S);
                if (umbra && nextEntryNs == Long.MAX_VALUE) {
                    nextEntryNs = crossingNs;
                } else if (!umbra && nextExitNs == Long.MAX_VALUE) {
                    nextExitNs = crossingNs;
                }
                previous = umbra;
            }
        }
    }

    private void loadState(double[] into) {
        System.arraycopy(r0, 0, into, 0, 3);
        System.arraycopy(v0, 0, into, 3, 3);
    }

    /**
     * Bisects the crossing inside the step that starts at {@code t0} (state {@link #before}, umbra {@code was}),
     * each trial integrated from the step's start in one shorter step. @return crossing time, s after the state
     */
    private double refine(double t0, boolean was) {
        double lo = 0;
        double hi = STEP_S;
        while (hi - lo > REFINE_S) {
            double mid = 0.5 * (lo + hi);
            System.arraycopy(before, 0, trial, 0, 6);
            integrator.step(trial, mid);
            if (umbraAt(trial, t0 + mid) == was) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return t0 + 0.5 * (lo + hi);
    }

    /**
     * @param state {@code dtS} after the navigation state
     * @return true if that position is in the umbra of the Sun as it will stand then
     */
    private boolean umbraAt(double[] state, double dtS) {
        sunAt(dtS);
        double rx = state[0];
        double ry = state[1];
        double rz = state[2];
        if (rx * sunThen[0] + ry * sunThen[1] + rz * sunThen[2] >= 0) {
            return false; // on the Sun's side of the Earth's centre: never in the umbra
        }
        double dx = sunThen[0] * sunDistanceM - rx;
        double dy = sunThen[1] * sunDistanceM - ry;
        double dz = sunThen[2] * sunDistanceM - rz;
        double rNorm = StrictMath.sqrt(rx * rx + ry * ry + rz * rz);
        double dNorm = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        double sunRadius = StrictMath.asin(StrictMath.min(1, SUN_RADIUS_M / dNorm));
        double earthRadius = StrictMath.asin(StrictMath.min(1, EARTH_RADIUS_M / rNorm));
        double cx = ry * dz - rz * dy;
        double cy = rz * dx - rx * dz;
        double cz = rx * dy - ry * dx;
        double separation = StrictMath.atan2(StrictMath.sqrt(cx * cx + cy * cy + cz * cz), -(rx * dx + ry * dy + rz * dz));
        return separation <= earthRadius - sunRadius;
    }

    /**
     * The Sun's direction {@code dtS} after the navigation state: today's direction turned about the ecliptic pole
     * at the Earth's mean orbital rate (0.9856°/day; Rodrigues' rotation), which keeps a prediction 1.5 orbits ahead
     * within a second of the Sun's own motion.
     */
    private void sunAt(double dtS) {
        double angle = SUN_RATE_RAD_PER_S * dtS;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double kx = 0;
        double ky = -SIN_OBLIQUITY;
        double kz = COS_OBLIQUITY;
        double kDotS = ky * sun[1] + kz * sun[2];
        double crossX = ky * sun[2] - kz * sun[1];
        double crossY = kz * sun[0] - kx * sun[2];
        double crossZ = kx * sun[1] - ky * sun[0];
        sunThen[0] = sun[0] * cos + crossX * sin + kx * kDotS * (1 - cos);
        sunThen[1] = sun[1] * cos + crossY * sin + ky * kDotS * (1 - cos);
        sunThen[2] = sun[2] * cos + crossZ * sin + kz * kDotS * (1 - cos);
    }

    private static double dot(double[] x, double[] y) {
        return x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
    }

    private static double norm(double[] x) {
        return StrictMath.sqrt(dot(x, x));
    }

    /** @return true if the last prediction had a usable (bound, above-ground) state */
    @Override
    public boolean valid() { return valid; }
    /** @return true if the satellite was in the umbra at the last prediction */
    @Override
    public boolean inUmbra() { return inUmbraNow; }
    /** @return mission time of the next umbra entry, ns; {@link Long#MAX_VALUE} if none within 1.5 orbits */
    @Override
    public long nextEntryNs() { return nextEntryNs; }
    /** @return mission time of the next umbra exit, ns; {@link Long#MAX_VALUE} if none within 1.5 orbits */
    @Override
    public long nextExitNs() { return nextExitNs; }
    /** @return the orbital period of the last prediction, s */
    public double periodS() { return periodS; }
}

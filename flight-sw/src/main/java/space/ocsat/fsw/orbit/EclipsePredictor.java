package space.ocsat.fsw.orbit;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;

/**
 * Predicts the next umbra entry and exit from the navigation state alone (no ephemeris service on board). The orbit
 * is taken as circular through the current position, turning in the current orbit plane at the angular rate the
 * state shows (|r × v| / r²). That rate already carries J2's secular along-track drift, which a Keplerian
 * propagation of the same state gets wrong: the velocity of a J2 orbit makes vis-viva read a false eccentricity
 * (~1e-3), whose radius error moved grazing dawn-dusk eclipse edges by 40 s in the test. Every ocsat orbit is
 * near-circular; a real eccentricity e shifts the radius by up to e·a. The Sun is held at its current direction and
 * distance (the plane's nodal regression is left out with it: in a sun-synchronous orbit the two cancel), and the
 * conical umbra of a spherical Earth (Montenbruck &amp; Gill, Satellite Orbits §3.4.2) is tested every
 * {@link #STEP_S} s over 1.5 orbits, each crossing refined by bisection to 10 ms. The penumbra (~9 s) is not
 * predicted: the umbra is what the power budget must survive. Runs every 10 s, allocation-free: StrictMath
 * throughout except {@code Math.sin}/{@code Math.cos}, HotSpot intrinsics, because on JDK 21+ StrictMath's Java
 * fdlibm allocates in their argument reduction (the prediction is not telemetered, so their last-bit freedom cannot
 * break the simulator's bit-for-bit determinism).
 */
public final class EclipsePredictor implements CycleTask, EclipseForecast {
    /** Earth's gravitational parameter, m³/s² (WGS 84 / EGM96, as the simulator). */
    static final double MU_M3_PER_S2 = 3.986004418e14;
    /** Earth's equatorial radius, m (WGS 84). */
    static final double EARTH_RADIUS_M = 6378137.0;
    /** Nominal solar radius, m (IAU 2015 B3). */
    static final double SUN_RADIUS_M = 6.957e8;
    /** Astronomical unit, m (IAU 2012 B2). */
    static final double AU_M = 1.495978707e11;
    private static final double J2000_UNIX_S = 946_728_000.0;
    /** Coarse search step, s (shorter than any LEO eclipse or sunlit arc). */
    static final double STEP_S = 10;
    private static final double REFINE_S = 0.01;
    private static final long NS_PER_S = 1_000_000_000L;

    private final SensorFrame frame;
    private final double[] r0 = new double[3];
    private final double[] v0 = new double[3];
    private final double[] sun = new double[3];
    private final double[] at = new double[3];
    private final double[] along = new double[3];
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
        predict(frame.positionM, frame.velocityMps, frame.sunDirection, sunDistanceM(frame.gnssTimeUnixNs), nowNs);
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
        // along = (h × r0) / |h|, a vector of length r0 ahead of r0 in the plane
        along[0] = (hy * r0[2] - hz * r0[1]) / h;
        along[1] = (hz * r0[0] - hx * r0[2]) / h;
        along[2] = (hx * r0[1] - hy * r0[0]) / h;
        periodS = 2 * Math.PI / rate;
        inUmbraNow = umbraAt(0);
        boolean previous = inUmbraNow;
        double horizonS = 1.5 * periodS;
        for (double t = STEP_S; t <= horizonS + STEP_S && (nextEntryNs == Long.MAX_VALUE || nextExitNs == Long.MAX_VALUE);
                t += STEP_S) {
            boolean now = umbraAt(t);
            if (now != previous) {
                long crossingNs = nowNs + (long) (refine(t - STEP_S, t, previous) * NS_PER_S);
                if (now && nextEntryNs == Long.MAX_VALUE) {
                    nextEntryNs = crossingNs;
                } else if (!now && nextExitNs == Long.MAX_VALUE) {
                    nextExitNs = crossingNs;
                }
                previous = now;
            }
        }
    }

    /** Bisects the crossing between t0 (state {@code before}) and t1. @return crossing time, s after the state */
    private double refine(double t0, double t1, boolean before) {
        double lo = t0;
        double hi = t1;
        while (hi - lo > REFINE_S) {
            double mid = 0.5 * (lo + hi);
            if (umbraAt(mid) == before) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** @return true if the propagated position {@code dtS} after the state is in the umbra */
    private boolean umbraAt(double dtS) {
        propagate(dtS);
        double rx = at[0];
        double ry = at[1];
        double rz = at[2];
        double dx = sun[0] * sunDistanceM - rx;
        double dy = sun[1] * sunDistanceM - ry;
        double dz = sun[2] * sunDistanceM - rz;
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
     * Position {@code dtS} after the state on a circular orbit through it: rotated in the orbit plane at the angular
     * rate the state shows (|r × v| / r², which carries the J2-corrected along-track rate the Keplerian mean motion
     * would miss), at constant radius.
     */
    private void propagate(double dtS) {
        double angle = rate * dtS;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int k = 0; k < 3; k++) {
            at[k] = cos * r0[k] + sin * along[k];
        }
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

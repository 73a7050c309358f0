package space.ocsat.fsw.links;

import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.hal.optical.OpticalTerminals;

/**
 * The contact plan: when each partner will be in view, predicted on board from the tables for the next
 * {@link #HORIZON_S} (two orbits), the satellite's own orbit integrated from its navigation fix. A series is a partner seen by a terminal: every satellite of another plane by LEFT
 * and by RIGHT (the field of regard decides), and every ground station by GROUND; a partner with the Sun in either
 * receiver's exclusion cone is out of view. The future is scanned in steps of
 * {@link #STEP_S} from the satellite's own table orbit, and each change of view is bisected to {@link #EDGE_S}; a
 * window shorter than a step can be missed. The scan is spread over cycles ({@link #advance} does a bounded number of
 * steps), so the first full plan takes a minute or so of cycles and keeping it two orbits ahead costs a step every
 * five seconds. Windows are kept in fixed rings (the oldest overwritten); nothing is allocated after construction.
 */
public final class ContactPlan {
    /** How far ahead the plan looks, s (two orbits at 550 km). */
    public static final double HORIZON_S = 2 * 5_740;
    /** Scan step, s. */
    public static final double STEP_S = 5;
    /** Window edges are found to within this, s. */
    public static final double EDGE_S = 0.05;
    /** Windows kept per series. */
    private static final int RING = 16;

    private final LinkConfig c;
    private final OrbitTable orbits;
    private final Sightline sight;
    private final int satellites;
    private final int series;
    private final double[][] start;
    private final double[][] end;
    private final int[] count;
    private final int[] next;
    private final boolean[] open;
    private final double[] pos = new double[3];
    private final double[] vel = new double[3];
    private final double[] other = new double[3];
    private final double[] otherVel = new double[3];
    private double scannedS = Double.NaN;
    private final space.ocsat.fsw.orbit.J2Integrator integrator = new space.ocsat.fsw.orbit.J2Integrator();
    /** Own state {x, y, z, vx, vy, vz} at {@link #scannedS}, one step ahead, and a probe in between. */
    private final double[] own = new double[6];
    private final double[] ahead = new double[6];
    private final double[] probe = new double[6];
    /** The Sun direction for this scan (it turns 0.1° in two orbits, against a 3° exclusion cone). */
    private double[] sun;

    public ContactPlan(LinkConfig config, OrbitTable orbits, Sightline sight) {
        this.c = config;
        this.orbits = orbits;
        this.sight = sight;
        this.satellites = orbits.size();
        this.series = 2 * satellites + config.sites();
        start = new double[series][RING];
        end = new double[series][RING];
        count = new int[series];
        next = new int[series];
        open = new boolean[series];
    }

    /** @return the series of a satellite seen by LEFT or RIGHT */
    public int satelliteSeries(int id, int terminal) {
        return 2 * id + (terminal == OpticalTerminals.RIGHT ? 1 : 0);
    }

    /** @return the series of ground station k (seen by GROUND) */
    public int siteSeries(int k) {
        return 2 * satellites + k;
    }

    /**
     * Scans ahead toward {@code nowS + HORIZON_S}, at most {@code maxSteps} steps this call.
     *
     * @return true once the plan reaches the horizon
     */
    public boolean advance(double nowS, int maxSteps, double[] sunDir) {
        return advance(nowS, maxSteps, sunDir, null, null);
    }

    /**
     * As {@link #advance(double, int, double[])}, the satellite's own orbit integrated (two-body + J2, RK4 at the
     * scan step) from a navigation fix when a new plan starts — its short-period J2 motion, kilometres, moves window
     * edges by seconds — or from its table orbit without one.
     *
     * @param fixPosM own ECI position now (GNSS), m, or null
     * @param fixVelMps own ECI velocity now, m/s, or null
     */
    public boolean advance(double nowS, int maxSteps, double[] sunDir, double[] fixPosM, double[] fixVelMps) {
        sun = sunDir;
        if (Double.isNaN(scannedS) || scannedS < nowS - STEP_S) {
            restart(nowS, fixPosM, fixVelMps);
        }
        for (int i = 0; i < maxSteps && scannedS < nowS + HORIZON_S; i++) {
            double t = scannedS + STEP_S;
            System.arraycopy(own, 0, ahead, 0, 6);
            integrator.step(ahead, STEP_S);
            for (int s = 0; s < series; s++) {
                if (!considered(s)) {
                    continue;
                }
                useOwn(ahead);
                boolean now = visible(s, t, true);
                if (now != open[s]) {
                    edge(s, bisect(s, scannedS, t, now), now);
                }
            }
            System.arraycopy(ahead, 0, own, 0, 6);
            scannedS = t;
        }
        return scannedS >= nowS + HORIZON_S;
    }

    private void useOwn(double[] state) {
        pos[0] = state[0];
        pos[1] = state[1];
        pos[2] = state[2];
        vel[0] = state[3];
        vel[1] = state[4];
        vel[2] = state[5];
    }

    /** Puts the own state at {@code t} (within a step after the scan's last point) in {@link #pos}/{@link #vel}. */
    private void ownAt(double t) {
        System.arraycopy(own, 0, probe, 0, 6);
        if (t != scannedS) {
            integrator.step(probe, t - scannedS);
        }
        useOwn(probe);
    }

    private void restart(double nowS, double[] fixPosM, double[] fixVelMps) {
        java.util.Arrays.fill(count, 0);
        java.util.Arrays.fill(next, 0);
        if (fixPosM != null) {
            System.arraycopy(fixPosM, 0, pos, 0, 3);
            System.arraycopy(fixVelMps, 0, vel, 0, 3);
        } else {
            orbits.state(c.self, nowS, pos, vel);
        }
        System.arraycopy(pos, 0, own, 0, 3);
        System.arraycopy(vel, 0, own, 3, 3);
        for (int s = 0; s < series; s++) {
            open[s] = considered(s) && visible(s, nowS, true);
            if (open[s]) {
                edge(s, nowS, true); // in view already: the window's start is not known, now stands for it
            }
        }
        scannedS = nowS;
    }

    private boolean considered(int s) {
        if (s >= 2 * satellites) {
            return true;
        }
        int id = s / 2;
        return id / c.perPlane != c.self / c.perPlane;
    }

    /** @param ownReady true if {@link #pos}/{@link #vel} already hold the own state at t */
    private boolean visible(int s, double t, boolean ownReady) {
        if (!ownReady) {
            ownAt(t);
        }
        if (s >= 2 * satellites) {
            return sight.siteInView(s - 2 * satellites, t, pos, vel, other) && !sight.sunBlinds(pos, other, sun);
        }
        orbits.state(s / 2, t, other, otherVel);
        int terminal = (s & 1) == 1 ? OpticalTerminals.RIGHT : OpticalTerminals.LEFT;
        return sight.clear(pos, other) && sight.inFieldOfRegard(terminal, pos, vel, other)
                && !sight.sunBlinds(pos, other, sun);
    }

    private double bisect(int s, double before, double after, boolean stateAfter) {
        double lo = before;
        double hi = after;
        while (hi - lo > EDGE_S) {
            double mid = 0.5 * (lo + hi);
            if (visible(s, mid, false) == stateAfter) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private void edge(int s, double t, boolean opens) {
        open[s] = opens;
        if (opens) {
            int k = next[s];
            start[s][k] = t;
            end[s][k] = Double.POSITIVE_INFINITY;
            next[s] = (k + 1) % RING;
            count[s] = Math.min(RING, count[s] + 1);
        } else if (count[s] > 0) {
            end[s][Math.floorMod(next[s] - 1, RING)] = t;
        }
    }

    /** @return windows kept for the series (at most {@value #RING}), oldest first by {@link #windowStart} */
    public int windows(int s) {
        return count[s];
    }

    /** @return start of the series' i-th kept window (0 the oldest), s */
    public double windowStart(int s, int i) {
        return start[s][Math.floorMod(next[s] - count[s] + i, RING)];
    }

    /** @return end of the series' i-th kept window, s (+∞ while it is still open at the scan's end) */
    public double windowEnd(int s, int i) {
        return end[s][Math.floorMod(next[s] - count[s] + i, RING)];
    }

    /** @return the end of the window the series is in at {@code t}, or NaN if it is not in one */
    public double endOfWindowAt(int s, double t) {
        for (int i = 0; i < count[s]; i++) {
            if (windowStart(s, i) <= t && t < windowEnd(s, i)) {
                return windowEnd(s, i);
            }
        }
        return Double.NaN;
    }

    /** @return how far the plan has been scanned, s (NaN before the first call) */
    public double scannedToS() {
        return scannedS;
    }
}

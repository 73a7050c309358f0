package space.ocsat.fsw.links;

import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.hal.optical.OpticalTerminals;

/**
 * Which partner each terminal should hold now, from the tables and the {@link ContactPlan}. FORE and AFT hold the
 * in-plane neighbours ahead and behind (in view all the time in a regular shell). LEFT and RIGHT hold a satellite of
 * another plane: the one they hold while its window has more than {@link #LEAD_S} to run, otherwise the one in view
 * whose window runs longest, that no other terminal holds — or that the other terminal holds in a window about to
 * end while this one's runs on: that is make-before-break, the partner acquired here while the old link still
 * carries traffic (a partner crossing from one side to the other around a plane crossing). GROUND holds the station
 * it holds while that stays above its mask (and did not fail to acquire this pass: clouds), otherwise the highest
 * station in view. Runs at 1 Hz; no allocation.
 */
final class LinkPlan {
    private static final int NONE = OpticalTerminals.NO_PARTNER;
    private static final int GROUND = OpticalTerminals.GROUND;

    /** A link whose window ends sooner than this is handed over now (PAT takes up to 100 s), s. */
    static final double LEAD_S = 120;

    private final LinkConfig c;
    private final OrbitTable orbits;
    private final Sightline sight;
    private final ContactPlan contacts;
    private final double[] pos = new double[3];
    private final double[] vel = new double[3];
    private final double[] other = new double[3];
    private final double[] otherVel = new double[3];
    private final double[] sun = {1, 0, 0};
    /** Per ground station: skipped until this time (it failed to acquire on this pass), UTC s. */
    private final double[] siteSkippedUntilS;
    /** Per satellite: skipped by the cross-plane terminals until this time (it did not point back), UTC s. */
    private final double[] satelliteSkippedUntilS;
    private double nowS;

    LinkPlan(LinkConfig config, OrbitTable orbits, Sightline sight, ContactPlan contacts) {
        this.c = config;
        this.orbits = orbits;
        this.sight = sight;
        this.contacts = contacts;
        this.siteSkippedUntilS = new double[config.sites()];
        this.satelliteSkippedUntilS = new double[orbits.size()];
    }

    /**
     * Sets where the satellite is for this cycle's questions.
     *
     * @param unixS  UTC, s
     * @param posM   own ECI position (GNSS), or null to take it from the table
     * @param velMps own ECI velocity, or null
     * @param sunDir unit vector toward the Sun (ECI), or null to keep the last one
     */
    void at(double unixS, double[] posM, double[] velMps, double[] sunDir) {
        nowS = unixS;
        if (sunDir != null) {
            System.arraycopy(sunDir, 0, sun, 0, 3);
        }
        if (posM == null) {
            orbits.state(c.self, unixS, pos, vel);
        } else {
            System.arraycopy(posM, 0, pos, 0, 3);
            System.arraycopy(velMps, 0, vel, 0, 3);
        }
    }

    /** @return true if the terminal can see the partner now (line of sight clear and in its field of regard) */
    boolean inView(int terminal, int partner) {
        if (partner == NONE) {
            return false;
        }
        if (partner >= OpticalTerminals.GROUND_STATION_BASE) {
            int k = partner - OpticalTerminals.GROUND_STATION_BASE;
            return terminal == GROUND && k < c.sites() && sight.siteInView(k, nowS, pos, vel, other)
                    && !sight.sunBlinds(pos, other, sun);
        }
        if (terminal == GROUND || partner >= orbits.size() || partner == c.self) {
            return false;
        }
        orbits.state(partner, nowS, other, otherVel);
        return sight.clear(pos, other) && sight.inFieldOfRegard(terminal, pos, vel, other)
                && !sight.sunBlinds(pos, other, sun);
    }

    /** @return the Sun direction the plan uses (ECI unit vector) */
    double[] sun() {
        return sun;
    }

    /**
     * @param terminal the terminal
     * @param current  the partner it holds (or is acquiring)
     * @param held     per terminal, the partner each holds (to leave to them)
     * @return the partner it should hold, or NO_PARTNER
     */
    int choose(int terminal, int current, int[] held) {
        switch (terminal) {
            case OpticalTerminals.FORE:
            case OpticalTerminals.AFT:
                int n = inPlaneNeighbour(terminal == OpticalTerminals.FORE ? 1 : -1);
                return n != NONE && inView(terminal, n) ? n : NONE;
            case GROUND:
                return chooseSite(current);
            default:
                return chooseCrossPlane(terminal, current, held);
        }
    }

    private int inPlaneNeighbour(int step) {
        if (c.perPlane < 2) {
            return NONE;
        }
        int plane = c.self / c.perPlane;
        int slot = Math.floorMod(c.self % c.perPlane + step, c.perPlane);
        return plane * c.perPlane + slot;
    }

    private int chooseCrossPlane(int terminal, int current, int[] held) {
        boolean keep = current != NONE && current < orbits.size() && !skipped(current) && inView(terminal, current);
        if (keep && remainingS(terminal, current) > LEAD_S) {
            return current;
        }
        int ownPlane = c.self / c.perPlane;
        int best = keep ? current : NONE;
        double bestRemainingS = best == NONE ? 0 : remainingS(terminal, best);
        for (int id = 0; id < orbits.size(); id++) {
            if (id == best || id / c.perPlane == ownPlane || skipped(id) || !free(terminal, id, held)
                    || !inView(terminal, id)) {
                continue;
            }
            double remaining = remainingS(terminal, id);
            if (remaining > bestRemainingS) {
                bestRemainingS = remaining;
                best = id;
            }
        }
        return best;
    }

    /** @return how long the partner stays in the terminal's view from now by the contact plan, s (0 if unknown) */
    private double remainingS(int terminal, int partner) {
        double end = contacts.endOfWindowAt(contacts.satelliteSeries(partner, terminal), nowS);
        return Double.isNaN(end) ? 0 : end - nowS;
    }

    /**
     * @return true if no other terminal holds the partner, or the one that does is about to lose it while this one's
     *         window runs on past that (make-before-break)
     */
    private boolean free(int terminal, int partner, int[] held) {
        for (int t = 0; t < held.length; t++) {
            if (t != terminal && held[t] == partner) {
                boolean crossPlane = t == OpticalTerminals.LEFT || t == OpticalTerminals.RIGHT;
                double theirs = crossPlane ? remainingS(t, partner) : Double.POSITIVE_INFINITY;
                return theirs <= LEAD_S && remainingS(terminal, partner) > theirs + LEAD_S;
            }
        }
        return true;
    }

    private int chooseSite(int current) {
        int base = OpticalTerminals.GROUND_STATION_BASE;
        if (current >= base && usable(current - base) && inView(GROUND, current)) {
            return current;
        }
        int best = NONE;
        double bestSin = -2;
        for (int k = 0; k < c.sites(); k++) {
            if (!usable(k)) {
                continue;
            }
            double s = sight.sinElevation(k, nowS, pos, other);
            if (s > bestSin && sight.siteInView(k, nowS, pos, vel, other)) {
                bestSin = s;
                best = base + k;
            }
        }
        return best;
    }

    private boolean usable(int site) {
        return site < c.sites() && nowS >= siteSkippedUntilS[site];
    }

    private boolean skipped(int satellite) {
        return nowS < satelliteSkippedUntilS[satellite];
    }

    /** A satellite that did not point back is passed over by the cross-plane terminals for a while. */
    void skipSatellite(int partner) {
        if (partner >= 0 && partner < satelliteSkippedUntilS.length) {
            satelliteSkippedUntilS[partner] = nowS + c.partnerSkipS;
        }
    }

    /** A station the ground terminal failed to acquire is passed over for the rest of its pass (15 minutes). */
    void skipSite(int partner) {
        int k = partner - OpticalTerminals.GROUND_STATION_BASE;
        if (k >= 0 && k < c.sites()) {
            siteSkippedUntilS[k] = nowS + 900;
        }
    }
}

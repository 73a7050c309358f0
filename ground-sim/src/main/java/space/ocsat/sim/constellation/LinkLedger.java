package space.ocsat.sim.constellation;

import java.util.Arrays;

/**
 * The constellation's link bookkeeping, from the terminals' truth once a second: when each satellite's terminals
 * track whom, how often a link is handed over and how long the gaps are.
 *
 * <p>A <b>handoff</b> is a link ending (tracking stops or the terminal turns to another partner) on a satellite whose
 * same kind of link (inter-satellite or ground) then goes to a new partner: the next link of that kind to start on the
 * satellite with a different partner, or one that started in the {@link #LEAD_S} before the end (make-before-break).
 * Its <b>gap</b> is the time from the old link's end to the new one's start, 0 if the new one came first. A handoff
 * the geometry <b>allows to overlap</b> is one whose new partner was already in view of the terminal that took it
 * {@link #LEAD_S} before the old link ended, while that terminal was free (not tracking) from then on: acquiring there
 * would have made it gapless. Every ended link gets a reason: geometry (the partner left the terminal's view),
 * loss of lock, a fault (isolated or switched off terminal), or a handoff the plan chose. Gaps are kept to the run's
 * end for percentiles. Single-threaded; called once a second by the runner.
 */
public final class LinkLedger {
    /** How early a new link may start before the old one ends and still be its replacement; the PAT budget, s. */
    public static final double LEAD_S = 120;

    /** Why a link ended. */
    public enum Reason { GEOMETRY, LOSS_OF_LOCK, FAULT, PLANNED }

    /** Whether a terminal could see a partner at a time (the simulator's geometry, analytic in time). */
    public interface Visibility {
        boolean inView(int satellite, int terminal, int partner, double runS);
    }

    private final int satellites;
    private final int terminals;
    private final int groundTerminal;
    private final Visibility visibility;
    // per satellite and terminal: the link now (partner, start) and the last one that ended
    private final int[][] partner;
    private final double[][] since;
    private final double[][] lastEnd;
    private final double[][] lastStart;
    // per satellite and kind (0 inter-satellite, 1 ground): the pending end waiting for its replacement
    private final int[][] pendingPartner;
    private final double[][] pendingEnd;
    private final boolean[][] pendingOverlappable;
    private final double[][] trackingS;
    private final long[] reasons = new long[Reason.values().length];
    private double[] gaps = new double[1024];
    private int gapCount;
    private long handoffs;
    private long overlappable;
    private long overlappableGapless;
    private double seconds;

    public LinkLedger(int satellites, int terminals, int groundTerminal, Visibility visibility) {
        this.satellites = satellites;
        this.terminals = terminals;
        this.groundTerminal = groundTerminal;
        this.visibility = visibility;
        partner = new int[satellites][terminals];
        since = new double[satellites][terminals];
        lastEnd = new double[satellites][terminals];
        lastStart = new double[satellites][terminals];
        for (int s = 0; s < satellites; s++) {
            Arrays.fill(partner[s], -1);
            Arrays.fill(lastEnd[s], Double.NEGATIVE_INFINITY);
            Arrays.fill(lastStart[s], Double.NEGATIVE_INFINITY);
        }
        pendingPartner = new int[satellites][2];
        pendingEnd = new double[satellites][2];
        pendingOverlappable = new boolean[satellites][2];
        for (int[] row : pendingPartner) {
            Arrays.fill(row, -1);
        }
        trackingS = new double[satellites][terminals];
    }

    /**
     * One second's truth of one terminal.
     *
     * @param runS     time since the run began, s
     * @param trackingPartner the partner it tracks now, or −1 if it is not tracking
     * @param why      if a link of this terminal ended now, why
     */
    public void observe(int satellite, int terminal, double runS, int trackingPartner, Reason why) {
        int now = partner[satellite][terminal];
        if (now == trackingPartner) {
            if (now >= 0) {
                trackingS[satellite][terminal] += 1;
            }
            return;
        }
        if (now >= 0) {
            ended(satellite, terminal, now, runS, why);
        }
        if (trackingPartner >= 0) {
            started(satellite, terminal, trackingPartner, runS);
            trackingS[satellite][terminal] += 1;
        }
    }

    /** Ends the second (for the availability figures). */
    public void endSecond() {
        seconds += 1;
    }

    private int kind(int terminal) {
        return terminal == groundTerminal ? 1 : 0;
    }

    private void ended(int s, int t, int p, double runS, Reason why) {
        reasons[why.ordinal()]++;
        partner[s][t] = -1;
        lastStart[s][t] = since[s][t];
        lastEnd[s][t] = runS;
        int k = kind(t);
        // a replacement that started already (make-before-break) on another terminal of the same kind
        for (int u = 0; u < terminals; u++) {
            if (u != t && kind(u) == k && partner[s][u] >= 0 && partner[s][u] != p && since[s][u] >= runS - LEAD_S
                    && since[s][u] <= runS) {
                handoff(0, true);
                return;
            }
        }
        pendingPartner[s][k] = p;
        pendingEnd[s][k] = runS;
        pendingOverlappable[s][k] = false;
    }

    private void started(int s, int t, int p, double runS) {
        partner[s][t] = p;
        since[s][t] = runS;
        int k = kind(t);
        if (pendingPartner[s][k] >= 0 && pendingPartner[s][k] != p) {
            double end = pendingEnd[s][k];
            double before = end - LEAD_S;
            // the terminal that took the new partner must have been free from then to the old link's end: its last
            // link must not overlap that time (a handoff on the same terminal never can: it held the old link)
            boolean free = !(lastStart[s][t] < end && lastEnd[s][t] > before);
            boolean couldOverlap = free && visibility.inView(s, t, p, before);
            pendingPartner[s][k] = -1;
            handoff(runS - end, couldOverlap);
        } else if (pendingPartner[s][k] == p) {
            pendingPartner[s][k] = -1; // the same partner back: a re-acquisition, not a handoff
        }
    }

    private void handoff(double gapS, boolean couldOverlap) {
        handoffs++;
        if (gapCount == gaps.length) {
            gaps = Arrays.copyOf(gaps, gaps.length * 2);
        }
        gaps[gapCount++] = Math.max(0, gapS);
        if (couldOverlap) {
            overlappable++;
            if (gapS <= 0) {
                overlappableGapless++;
            }
        }
    }

    /** @return the partner a satellite's terminal tracks as last observed, −1 if none */
    public int partner(int satellite, int terminal) {
        return partner[satellite][terminal];
    }

    /** @return handoffs so far */
    public long handoffs() {
        return handoffs;
    }

    /** @return handoffs the geometry allowed to overlap */
    public long overlappable() {
        return overlappable;
    }

    /** @return of the handoffs the geometry allowed to overlap, the fraction that had no gap (NaN if none) */
    public double gaplessFraction() {
        return overlappable == 0 ? Double.NaN : (double) overlappableGapless / overlappable;
    }

    /** @return the gap at this quantile (0..1) over all handoffs, s (NaN if none) */
    public double gapQuantileS(double q) {
        if (gapCount == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(gaps, gapCount);
        Arrays.sort(sorted);
        int i = (int) Math.min(gapCount - 1, Math.max(0, Math.ceil(q * gapCount) - 1));
        return sorted[i];
    }

    /** @return links that ended for this reason */
    public long ended(Reason why) {
        return reasons[why.ordinal()];
    }

    /** @return the fraction of the run a satellite had at least one terminal tracking, over the run (approximate) */
    public double trackingFraction(int satellite, int terminal) {
        return seconds == 0 ? 0 : trackingS[satellite][terminal] / seconds;
    }
}

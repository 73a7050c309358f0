package space.ocsat.sim.constellation;

/**
 * Where the constellation's result data goes: each satellite's payload router queues what its GPUs produce and
 * sends it toward the ground every second — down its own ground link when it has one, otherwise to the neighbour
 * on the cheapest path to a satellite that has one, over the links up this second. A path's cost is its hops, each
 * weighted by how slow its link is ({@code 1 + 10 Gbit/s / rate}), so of two paths of equal hops the faster wins
 * (hop count and capacity aware). This is an idealised link-state routing: the graph is the simulator's truth of
 * the links tracking at both ends, as a converged routing protocol would know it.
 *
 * <p>Data moves one hop a second (the nearest satellites to the ground send first, so data forwarded to them waits
 * for the next second): store-and-forward at a 1 s grain, negligible against a 30-minute deadline. Each link carries
 * its rate in each direction. A router sends a neighbour no more than the neighbour's store has room for , keeping a quarter of
 * every store for its own GPUs' data (the rest waits where it is: backpressure, so forwarding never loses data); a router whose store is full refuses what its own
 * GPUs produce, and that is counted as dropped.
 * Delivered data is judged against its deadline from when it was generated; data generated within the last deadline
 * of the run is not counted ({@link #onTimeFraction}). Deterministic (ties by satellite id); no allocation per second.
 */
public final class DataNetwork {
    private static final int MAX_LINKS = 4;
    private static final double REFERENCE_RATE_BPS = 10e9;
    /** Share of each store kept for its own GPUs' data: forwarded data fills the rest only. */
    static final double FORWARD_RESERVE = 0.25;

    private final int satellites;
    private final DataQueue[] queues;
    private final int[][] neighbour;
    private final double[][] rateBps;
    private final int[] degree;
    private final double[] groundBps;
    private final double[] cost;
    private final int[] nextHop;
    private final boolean[] settled;
    private final int[] order;
    private final double deadlineS;
    private final double[] generatedByMinute;
    private final double[] onTimeByMinute;
    private double nowS;
    private double generatedBits;
    private double deliveredBits;
    private double droppedBits;
    private double latestLatencyMaxS;

    /**
     * @param satellites       routers in the network
     * @param queueBits        each router's store for result data, bits
     * @param deadlineS        how long after generation data must reach the ground, s
     * @param durationS        length of the run, s (sizes the per-minute accounting)
     */
    public DataNetwork(int satellites, double queueBits, double deadlineS, double durationS) {
        this.satellites = satellites;
        this.queues = new DataQueue[satellites];
        for (int i = 0; i < satellites; i++) {
            queues[i] = new DataQueue(queueBits, (int) Math.min(durationS + 2, 1 << 16));
        }
        this.neighbour = new int[satellites][MAX_LINKS];
        this.rateBps = new double[satellites][MAX_LINKS];
        this.degree = new int[satellites];
        this.groundBps = new double[satellites];
        this.cost = new double[satellites];
        this.nextHop = new int[satellites];
        this.settled = new boolean[satellites];
        this.order = new int[satellites];
        this.deadlineS = deadlineS;
        int minutes = (int) Math.ceil(durationS / 60) + 1;
        this.generatedByMinute = new double[minutes];
        this.onTimeByMinute = new double[minutes];
    }

    /** Starts a second: the links of the last one are forgotten. @param runS time since the run began, s */
    public void beginSecond(double runS) {
        nowS = runS;
        java.util.Arrays.fill(degree, 0);
        java.util.Arrays.fill(groundBps, 0);
    }

    /** A link tracking at both ends this second, its rate each way, bit/s. */
    public void link(int a, int b, double bps) {
        add(a, b, bps);
        add(b, a, bps);
    }

    private void add(int from, int to, double bps) {
        for (int k = 0; k < degree[from]; k++) {
            if (neighbour[from][k] == to) {
                rateBps[from][k] = Math.max(rateBps[from][k], bps);
                return;
            }
        }
        if (degree[from] < MAX_LINKS) {
            neighbour[from][degree[from]] = to;
            rateBps[from][degree[from]++] = bps;
        }
    }

    /** A satellite's ground link this second, bit/s (a station serves one satellite at a time). */
    public void groundLink(int satellite, double bps) {
        groundBps[satellite] += bps;
    }

    /** Result data a satellite's GPUs produced this second, bits. */
    public void generate(int satellite, double bits) {
        generatedBits += bits;
        int minute = (int) (nowS / 60);
        if (minute < generatedByMinute.length) {
            generatedByMinute[minute] += bits;
        }
        droppedBits += queues[satellite].offer(nowS, bits);
    }

    /** Routes and moves one second's worth of data. */
    public void transfer() {
        route();
        for (int i = 0; i < satellites; i++) {
            int s = order[i];
            if (groundBps[s] > 0) {
                downlink(s, groundBps[s]);
            } else if (nextHop[s] >= 0) {
                forward(s, nextHop[s], rateTo(s, nextHop[s]));
            }
        }
    }

    private void downlink(int s, double budgetBits) {
        DataQueue q = queues[s];
        while (budgetBits > 0 && !q.isEmpty()) {
            double gen = q.oldestGeneratedS();
            double bits = q.take(budgetBits);
            budgetBits -= bits;
            deliveredBits += bits;
            double latency = nowS - gen;
            latestLatencyMaxS = Math.max(latestLatencyMaxS, latency);
            int minute = (int) (gen / 60);
            if (latency <= deadlineS && minute < onTimeByMinute.length) {
                onTimeByMinute[minute] += bits;
            }
        }
    }

    /** Moves data one hop, no more than the receiver has room for (backpressure: the rest waits at the sender). */
    private void forward(int from, int to, double budgetBits) {
        budgetBits = Math.min(budgetBits, queues[to].roomBits(FORWARD_RESERVE));
        DataQueue q = queues[from];
        while (budgetBits > 0 && !q.isEmpty()) {
            double gen = q.oldestGeneratedS();
            double bits = q.take(budgetBits);
            budgetBits -= bits;
            droppedBits += queues[to].offer(gen, bits);
        }
    }

    private double rateTo(int from, int to) {
        for (int k = 0; k < degree[from]; k++) {
            if (neighbour[from][k] == to) {
                return rateBps[from][k];
            }
        }
        return 0;
    }

    /** Cheapest path to any satellite with a ground link (Dijkstra from all of them at once), and the sending order. */
    private void route() {
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(nextHop, -1);
        java.util.Arrays.fill(settled, false);
        for (int s = 0; s < satellites; s++) {
            if (groundBps[s] > 0) {
                cost[s] = 0;
            }
        }
        for (int i = 0; i < satellites; i++) {
            int u = -1;
            for (int s = 0; s < satellites; s++) {
                if (!settled[s] && (u < 0 || cost[s] < cost[u])) {
                    u = s;
                }
            }
            settled[u] = true;
            order[i] = u;
            if (Double.isInfinite(cost[u])) {
                continue;
            }
            for (int k = 0; k < degree[u]; k++) {
                int v = neighbour[u][k];
                double via = cost[u] + 1 + REFERENCE_RATE_BPS / rateBps[u][k];
                if (!settled[v] && via < cost[v]) {
                    cost[v] = via;
                    nextHop[v] = u;
                }
            }
        }
    }

    /** @return bits generated since the start */
    public double generatedBits() {
        return generatedBits;
    }

    /** @return bits delivered to the ground since the start (late or not) */
    public double deliveredBits() {
        return deliveredBits;
    }

    /** @return bits refused by full stores since the start */
    public double droppedBits() {
        return droppedBits;
    }

    /** @return bits in a satellite's store */
    public double queuedBits(int satellite) {
        return queues[satellite].queuedBits();
    }

    /** @return bits in every store */
    public double queuedBits() {
        double sum = 0;
        for (DataQueue q : queues) {
            sum += q.queuedBits();
        }
        return sum;
    }

    /** @return the longest time from generation to the ground seen so far, s */
    public double latencyMaxS() {
        return latestLatencyMaxS;
    }

    /**
     * @param runEndS when the run ended, s since it began
     * @return the fraction of the data generated before {@code runEndS − deadline} that reached the ground within its
     *         deadline (NaN if none was generated that early)
     */
    public double onTimeFraction(double runEndS) {
        int lastMinute = (int) Math.floor((runEndS - deadlineS) / 60) - 1;
        double generated = 0;
        double onTime = 0;
        for (int m = 0; m <= lastMinute && m < generatedByMinute.length; m++) {
            generated += generatedByMinute[m];
            onTime += onTimeByMinute[m];
        }
        return generated > 0 ? Math.min(1, onTime / generated) : Double.NaN; // sums of bits round
    }

    /** @return this second's next hop of a satellite toward the ground, −1 if it has a ground link or no path */
    public int nextHop(int satellite) {
        return nextHop[satellite];
    }
}

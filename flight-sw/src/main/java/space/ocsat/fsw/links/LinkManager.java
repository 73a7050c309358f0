package space.ocsat.fsw.links;

import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.ClockCorrelation;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;

/**
 * Supervises each terminal's pointing-acquisition-tracking cycle, once a second. The partner each terminal should
 * hold comes from the {@link LinkPlan} unless the ground has handed the terminal over ({@link #override}). A
 * terminal is commanded when its partner changes; the manager counts the cycles it spends POINTING and ACQUIRING,
 * and one past its timeout is a failed acquisition (restarted at once). A lock lost while the plan still sees the
 * partner is a loss of lock (re-acquired at once); one the geometry explains is not. Consecutive failed
 * acquisitions, the losses of lock within a window and each terminal's pointing error are what the FDIR monitors
 * read ({@link #failedAcquisitions}, {@link #lossesOfLock}, {@link #pointingErrorRad}); an isolated terminal is
 * switched off and left out. A ground station the ground terminal fails to acquire (clouds, most likely) is passed
 * over for the rest of its pass instead of counting against the terminal. Runs after the terminal power law; no
 * allocation.
 */
public final class LinkManager implements CycleTask {
    /** A terminal tracking this long has its failed-acquisition count cleared, cycles. */
    private static final int GOOD_TRACKING_S = 60;
    /** {@link #override} value: no override, the plan decides. */
    public static final int PLAN = Integer.MIN_VALUE;
    /** Contact-plan scan steps per cycle: the first two-orbit plan in about a minute, then a step per 5 s. */
    private static final int PLAN_STEPS_PER_CYCLE = 40;

    private final SensorFrame f;
    private final ActuatorFrame cmd;
    private final ClockCorrelation utc;
    private final EventLog events;
    private final LinkConfig c;
    private final LinkPlan plan;
    private final ContactPlan contacts;
    private final int n;
    private final int[] partner;
    private final int[] override;
    private final int[] phaseCycles;
    private final int[] trackingCycles;
    private final int[] failed;
    private final long[][] lossNs;
    private final int[] lossNext;
    private final boolean[] isolated;
    private final TerminalState[] lastState;
    private final long[] commandNs;
    private long handoffs;
    private long failedTotal;
    private long lossesTotal;
    private long nowNs;

    public LinkManager(SensorFrame frame, ActuatorFrame cmd, ClockCorrelation utc, EventLog events, LinkConfig config) {
        this.f = frame;
        this.cmd = cmd;
        this.utc = utc;
        this.events = events;
        this.c = config;
        OrbitTable orbits = new OrbitTable(config);
        Sightline sight = new Sightline(config);
        this.contacts = new ContactPlan(config, orbits, sight);
        this.plan = new LinkPlan(config, orbits, sight, contacts);
        this.n = cmd.terminalPartner.length;
        partner = new int[n];
        override = new int[n];
        phaseCycles = new int[n];
        trackingCycles = new int[n];
        failed = new int[n];
        lossNs = new long[n][config.maxLossesOfLock];
        lossNext = new int[n];
        isolated = new boolean[n];
        lastState = new TerminalState[n];
        commandNs = new long[n];
        java.util.Arrays.fill(partner, OpticalTerminals.NO_PARTNER);
        java.util.Arrays.fill(override, PLAN);
        java.util.Arrays.fill(lastState, TerminalState.OFF);
        for (long[] row : lossNs) {
            java.util.Arrays.fill(row, Long.MIN_VALUE);
        }
    }

    @Override
    public void run(long now) {
        nowNs = now;
        double unixS = (f.navOk ? f.gnssTimeUnixNs : utc.unixNs(now)) / 1e9;
        plan.at(unixS, f.navOk ? f.positionM : null, f.navOk ? f.velocityMps : null, f.navOk ? f.sunDirection : null);
        contacts.advance(unixS, PLAN_STEPS_PER_CYCLE, plan.sun(), f.navOk ? f.positionM : null,
                f.navOk ? f.velocityMps : null);
        for (int t = 0; t < n; t++) {
            if (isolated[t]) {
                cmd.terminalPowerOn[t] = false;
            }
            if (!cmd.terminalPowerOn[t] || f.terminalState[t] == TerminalState.OFF) {
                partner[t] = OpticalTerminals.NO_PARTNER;
                phaseCycles[t] = 0;
                lastState[t] = TerminalState.OFF;
                continue;
            }
            supervise(t);
        }
    }

    private void supervise(int t) {
        TerminalState state = f.terminalState[t];
        int want = override[t] != PLAN ? override[t] : plan.choose(t, partner[t], partner);
        if (want != partner[t] || state == TerminalState.IDLE && want != OpticalTerminals.NO_PARTNER) {
            if (lastState[t] == TerminalState.TRACKING && want != partner[t]) {
                handoffs++;
            }
            command(t, want);
            return;
        }
        if (state == lastState[t]) {
            phaseCycles[t]++;
        } else {
            phaseCycles[t] = 0;
        }
        switch (state) {
            case POINTING:
                if (phaseCycles[t] >= c.pointingTimeoutS) {
                    failedAcquisition(t);
                }
                break;
            case ACQUIRING:
                if (phaseCycles[t] >= c.acquisitionTimeoutS) {
                    failedAcquisition(t);
                }
                break;
            case TRACKING:
                if (lastState[t] != TerminalState.TRACKING) {
                    events.publish(nowNs, EventId.LINK_ACQUIRED, t, partner[t], (nowNs - commandNs[t]) / 1e9);
                }
                if (++trackingCycles[t] >= GOOD_TRACKING_S) {
                    failed[t] = 0;
                }
                break;
            case LOST:
                if (lastState[t] != TerminalState.LOST && plan.inView(t, partner[t])) {
                    lossOfLock(t);
                }
                cmd.terminalReacquire[t] = true;
                commandNs[t] = nowNs;
                phaseCycles[t] = 0;
                break;
            default:
                break;
        }
        if (state != TerminalState.TRACKING) {
            trackingCycles[t] = 0;
        }
        lastState[t] = state;
    }

    private void command(int t, int want) {
        partner[t] = want;
        commandNs[t] = nowNs;
        cmd.terminalPartner[t] = want;
        cmd.terminalReacquire[t] = true;
        phaseCycles[t] = 0;
        trackingCycles[t] = 0;
        lastState[t] = f.terminalState[t];
    }

    private void failedAcquisition(int t) {
        failedTotal++;
        events.publish(nowNs, EventId.LINK_ACQUISITION_FAILED, t, partner[t], f.terminalState[t].ordinal());
        commandNs[t] = nowNs;
        if (t == OpticalTerminals.GROUND && partner[t] >= OpticalTerminals.GROUND_STATION_BASE) {
            plan.skipSite(partner[t]);
            return; // the plan picks another station next cycle
        }
        boolean crossPlane = t == OpticalTerminals.LEFT || t == OpticalTerminals.RIGHT;
        if (crossPlane && f.terminalState[t] == TerminalState.POINTING
                && f.terminalPointingErrorRad[t] <= c.onTargetRad) {
            plan.skipSatellite(partner[t]);
            return; // on target but no beacon: the partner points elsewhere; the plan picks another next cycle
        }
        if (plan.inView(t, partner[t])) {
            failed[t]++;
        }
        cmd.terminalReacquire[t] = true;
        phaseCycles[t] = 0;
    }

    private void lossOfLock(int t) {
        lossesTotal++;
        lossNs[t][lossNext[t]] = nowNs;
        lossNext[t] = (lossNext[t] + 1) % lossNs[t].length;
        events.publish(nowNs, EventId.LINK_LOST, t, partner[t], lossesOfLock(t));
    }

    /** @return consecutive failed acquisitions of a partner in view (cleared by a minute of tracking) */
    public int failedAcquisitions(int t) {
        return failed[t];
    }

    /** @return losses of lock the plan did not expect within the window */
    public int lossesOfLock(int t) {
        long windowNs = c.lossWindowS * 1_000_000_000L;
        int count = 0;
        for (long at : lossNs[t]) {
            if (at != Long.MIN_VALUE && nowNs - at <= windowNs) {
                count++;
            }
        }
        return count;
    }

    /** @return true if the terminal has a partner commanded and is on (its pointing error means something) */
    public boolean pointing(int t) {
        return !isolated[t] && partner[t] != OpticalTerminals.NO_PARTNER && f.terminalState[t] != TerminalState.OFF
                && f.terminalState[t] != TerminalState.IDLE;
    }

    /** FDIR: isolates a terminal (switched off, left out of the plan) and says so, at {@code atNs}. */
    public void isolate(int t, int faultId, long atNs) {
        if (!isolated[t]) {
            nowNs = atNs;
            isolated[t] = true;
            cmd.terminalPowerOn[t] = false;
            partner[t] = OpticalTerminals.NO_PARTNER;
            events.publish(nowNs, EventId.TERMINAL_ISOLATED, t, faultId, 0);
        }
    }

    /** Boot: re-applies a kept isolation (no event). */
    public void setIsolated(int t, boolean on) {
        isolated[t] = on;
    }

    /** @return true if the terminal is isolated */
    public boolean isolated(int t) {
        return isolated[t];
    }

    /**
     * The ground hands a terminal over: it holds {@code partnerId} (NO_PARTNER: released) from this cycle on, until
     * the ground gives it back to the plan ({@link #PLAN}).
     */
    public void override(int t, int partnerId) {
        override[t] = partnerId;
        if (partnerId != PLAN && partnerId != partner[t]) {
            command(t, partnerId);
        }
    }

    /** @return the partner the terminal holds or is acquiring, NO_PARTNER if none */
    public int partner(int t) {
        return partner[t];
    }

    /** @return partner changes on terminals that were tracking, since boot */
    public long handoffs() {
        return handoffs;
    }

    /** @return failed acquisitions since boot */
    public long failedTotal() {
        return failedTotal;
    }

    /** @return unexpected losses of lock since boot */
    public long lossesTotal() {
        return lossesTotal;
    }

    /** @return the contact plan (predicted windows) */
    public ContactPlan contacts() {
        return contacts;
    }

    /** @return terminals managed */
    public int count() {
        return n;
    }
}

package space.ocsat.fsw.protect;

import space.ocsat.fdir.response.Response;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Cross-check of the redundant coolant outlet sensors: each sensor in the vote is compared with the vote's median
 * (with one outlier among three, the median is a good sensor and only the outlier is far from it); one that
 * disagrees by more than the threshold for the persistence is the outlier and is isolated (left out of the vote
 * for good: a unit response, {@code SENSOR_ISOLATED}, fault log). With fewer than three in the vote there is no
 * majority and nothing is isolated: two that disagree for the persistence confirm COOLANT_PAIR_DISAGREES and the
 * loop reads the hotter of them (the safe side of the coolant limit) until they agree again for as long (with
 * fewer than two in the vote the verdict stands). Runs at 1 Hz.
 */
public final class SensorVote implements CycleTask {
    private final SensorFrame f;
    private final ThermalEstimate estimate;
    private final EventLog events;
    private final FaultLog faultLog;
    private final double thresholdK;
    private final int persistenceS;
    private final int[] disagreeing;
    private final double[] others;
    private int pairDisagreeing;
    private int pairAgreeing;
    private boolean pairConfirmed;

    public SensorVote(SensorFrame frame, ThermalEstimate estimate, EventLog events, FaultLog faultLog,
                      FswConfig config) {
        this.f = frame;
        this.estimate = estimate;
        this.events = events;
        this.faultLog = faultLog;
        this.thresholdK = config.sensorDisagreeK;
        this.persistenceS = config.sensorDisagreePersistenceS;
        this.disagreeing = new int[frame.coolantOutletTempK.length];
        this.others = new double[frame.coolantOutletTempK.length];
    }

    @Override
    public void run(long nowNs) {
        int voting = 0;
        for (int i = 0; i < disagreeing.length; i++) {
            voting += inVote(i) ? 1 : 0;
        }
        pair(voting, nowNs);
        double medianK = voting < 3 ? Double.NaN : medianOfVote();
        for (int i = 0; i < disagreeing.length; i++) {
            if (voting < 3 || !inVote(i)) {
                disagreeing[i] = 0;
                continue;
            }
            double deviationK = f.coolantOutletTempK[i] - medianK;
            disagreeing[i] = Math.abs(deviationK) > thresholdK ? disagreeing[i] + 1 : 0;
            if (disagreeing[i] >= persistenceS) {
                estimate.setOutletIsolated(i, true);
                events.publish(nowNs, EventId.SENSOR_ISOLATED, i, FaultId.SENSOR_DISAGREES.ordinal(), deviationK);
                faultLog.record(FaultId.SENSOR_DISAGREES.ordinal(), Response.ISOLATE_UNIT.ordinal(), true,
                        f.gnssTimeUnixNs);
                return; // one isolation per second: the vote is recounted first
            }
        }
    }

    /** Two left in the vote: a disagreement cannot name the wrong one; the loop reads the hotter while it lasts. */
    private void pair(int voting, long nowNs) {
        boolean apart = false;
        if (voting == 2) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < disagreeing.length; i++) {
                if (inVote(i)) {
                    lo = Math.min(lo, f.coolantOutletTempK[i]);
                    hi = Math.max(hi, f.coolantOutletTempK[i]);
                }
            }
            apart = hi - lo > thresholdK;
        }
        if (voting != 2) {
            return; // no pair to judge: the verdict stands (with one sensor left, nothing can clear it)
        }
        pairDisagreeing = apart ? pairDisagreeing + 1 : 0;
        pairAgreeing = apart ? 0 : pairAgreeing + 1;
        int fault = FaultId.COOLANT_PAIR_DISAGREES.ordinal();
        if (!pairConfirmed && pairDisagreeing >= persistenceS) {
            pairConfirmed = true;
            estimate.setCoolantConservative(true);
            events.publish(nowNs, EventId.FAULT_CONFIRMED, fault, Response.EVENT_ONLY.ordinal(), -1);
            faultLog.record(fault, Response.EVENT_ONLY.ordinal(), true, f.gnssTimeUnixNs);
        } else if (pairConfirmed && pairAgreeing >= persistenceS) {
            pairConfirmed = false;
            estimate.setCoolantConservative(false);
            events.publish(nowNs, EventId.FAULT_CLEARED, fault, 0, -1);
            faultLog.record(fault, 0, false, f.gnssTimeUnixNs);
        }
    }

    private boolean inVote(int i) {
        return f.coolantOutletOk[i] && !estimate.outletIsolated(i);
    }

    private double medianOfVote() {
        int n = 0;
        for (int i = 0; i < disagreeing.length; i++) {
            if (inVote(i)) {
                others[n++] = f.coolantOutletTempK[i];
            }
        }
        return ThermalEstimate.median(others, n);
    }
}

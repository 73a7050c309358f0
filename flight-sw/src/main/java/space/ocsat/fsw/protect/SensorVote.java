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
 * majority and nothing is isolated. Runs at 1 Hz.
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

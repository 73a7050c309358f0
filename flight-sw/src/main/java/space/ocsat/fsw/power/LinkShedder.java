package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Energy shedding of the links, the load ranked just above compute ({@link LoadPriority}): the inter-satellite
 * terminals go off while the estimated SoC is below the links' shed level, the battery discharges and every GPU is
 * already shed; they come back above the restore level (hysteresis), each state held at least the minimum time. The
 * ground terminal is never shed: it carries the commanding. Runs at 1 Hz after {@link LoadShedder}.
 */
public final class LinkShedder implements CycleTask {
    private static final double NS_PER_S = 1e9;

    private final SensorFrame frame;
    private final SocEstimator soc;
    private final LoadShedder compute;
    private final EventLog events;
    private final double shedBelowSoc;
    private final double restoreAboveSoc;
    private final long minHoldNs;
    private boolean shed;
    private long changedNs = Long.MIN_VALUE / 2;

    public LinkShedder(SensorFrame frame, SocEstimator soc, LoadShedder compute, EventLog events, FswConfig config) {
        this.frame = frame;
        this.soc = soc;
        this.compute = compute;
        this.events = events;
        this.shedBelowSoc = config.socLinksShed;
        this.restoreAboveSoc = config.socLinksRestore;
        this.minHoldNs = (long) (config.linksMinHoldS * NS_PER_S);
    }

    @Override
    public void run(long nowNs) {
        if (!soc.initialised() || nowNs - changedNs < minHoldNs) {
            return;
        }
        double s = soc.soc();
        boolean change = shed
                ? s >= restoreAboveSoc
                : s < shedBelowSoc && frame.batteryCurrentA < 0 && compute.allowedCount() == 0;
        if (change) {
            shed = !shed;
            changedNs = nowNs;
            events.publish(nowNs, shed ? EventId.LOAD_SHED : EventId.LOAD_RESTORED, LoadPriority.LINKS.ordinal(),
                    shed ? 1 : 0, s);
        }
    }

    /** @return true while energy holds the inter-satellite terminals off */
    public boolean linksShed() {
        return shed;
    }
}

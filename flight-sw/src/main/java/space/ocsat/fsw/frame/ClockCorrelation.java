package space.ocsat.fsw.frame;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.TimeSource;

/**
 * ESTIMATE: correlates mission time with GNSS time each cycle the navigation solution is valid, so
 * frames carry UTC; without a fix the last offset is kept (the clock flywheels).
 */
public final class ClockCorrelation implements CycleTask, TimeSource {
    private final SensorFrame frame;
    private long offsetNs;
    private boolean locked;

    public ClockCorrelation(SensorFrame frame) {
        this.frame = frame;
    }

    @Override
    public void run(long nowNs) {
        if (frame.navOk) {
            offsetNs = frame.gnssTimeUnixNs - nowNs;
            locked = true;
        }
    }

    @Override
    public long unixNs(long missionNs) {
        return missionNs + offsetNs;
    }

    /** @return true once GNSS time has been seen */
    @Override
    public boolean valid() {
        return locked;
    }
}

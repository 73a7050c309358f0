package space.ocsat.fsw.frame;

import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.TimeSource;

/**
 * ESTIMATE: correlates mission time with GNSS time each cycle the navigation solution is valid, so
 * frames carry UTC; without a fix the last offset is kept (the clock flywheels, and says so: CLOCK_FLYWHEEL at
 * the start, and at the end with the correction the new fix brought). A fix that moves UTC by more than
 * {@link #JUMP_NS} against the running clock is a clock jump (CLOCK_JUMPED): UTC follows GNSS, and whoever runs
 * on UTC (the command schedule) can ask how far it jumped.
 */
public final class ClockCorrelation implements CycleTask, TimeSource {
    /** A fix this far from the running clock is a jump, not drift, ns. */
    public static final long JUMP_NS = 1_000_000_000L;

    private final SensorFrame frame;
    private final EventLog events;
    private long offsetNs;
    private boolean locked;
    private boolean flywheeling;
    private long jumps;
    private long lastJumpNs;

    public ClockCorrelation(SensorFrame frame, EventLog events) {
        this.frame = frame;
        this.events = events;
    }

    @Override
    public void run(long nowNs) {
        if (!frame.navOk) {
            if (locked && !flywheeling) {
                flywheeling = true;
                events.publish(nowNs, EventId.CLOCK_FLYWHEEL, 0, 1, 0);
            }
            return;
        }
        long newOffsetNs = frame.gnssTimeUnixNs - nowNs;
        long stepNs = newOffsetNs - offsetNs;
        if (locked && flywheeling) {
            flywheeling = false;
            events.publish(nowNs, EventId.CLOCK_FLYWHEEL, 0, 0, stepNs / 1e9);
        }
        if (locked && Math.abs(stepNs) > JUMP_NS) {
            jumps++;
            lastJumpNs = stepNs;
            events.publish(nowNs, EventId.CLOCK_JUMPED, 0, stepNs > 0 ? 1 : 0, stepNs / 1e9);
        }
        offsetNs = newOffsetNs;
        locked = true;
    }

    @Override
    public long jumps() {
        return jumps;
    }

    @Override
    public long lastJumpNs() {
        return lastJumpNs;
    }

    /** @return true while GNSS time is missing and the clock runs on its last correlation */
    public boolean flywheeling() {
        return flywheeling;
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

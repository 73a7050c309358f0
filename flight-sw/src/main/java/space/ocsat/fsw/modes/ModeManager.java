package space.ocsat.fsw.modes;

import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Holds the mode and applies transitions, each an event. Rules: BOOT leaves to the configured initial
 * mode on the first cycle; FDIR may only command SAFE; SAFE is left only by ground command, never while
 * a SAFE-level fault stays confirmed (the request is refused with an event), and a ground command can
 * never select BOOT.
 */
public final class ModeManager implements CycleTask {
    private final EventLog events;
    private Mode initialMode;
    private Mode mode = Mode.BOOT;
    private SafeHold safeHold = SafeHold.NONE;
    private Mode pendingGround;
    private boolean safeRequested;
    private long transitions;

    /**
     * @param initialMode mode entered when boot completes (SAFE, STANDBY or OPERATIONAL)
     * @param events      event log
     */
    public ModeManager(Mode initialMode, EventLog events) {
        if (initialMode != Mode.SAFE && initialMode != Mode.STANDBY && initialMode != Mode.OPERATIONAL) {
            throw new IllegalArgumentException("initial mode must be SAFE, STANDBY or OPERATIONAL, got " + initialMode);
        }
        this.initialMode = initialMode;
        this.events = events;
    }

    /**
     * Boot, before the first cycle: the mode the satellite was in before a processor reset (from the store), which
     * it resumes instead of the configured initial mode — a reset in SAFE stays in SAFE.
     *
     * @return false (ignored) unless still booting and the mode is SAFE, STANDBY or OPERATIONAL
     */
    public boolean resumeIn(Mode previous) {
        if (mode != Mode.BOOT || (previous != Mode.SAFE && previous != Mode.STANDBY && previous != Mode.OPERATIONAL)) {
            return false;
        }
        initialMode = previous;
        return true;
    }

    /**
     * Ground request; applied at the next PROTECT stage.
     *
     * @return false (nothing queued) for BOOT or UNSPECIFIED
     */
    public boolean requestFromGround(Mode target) {
        if (target == Mode.BOOT || target == Mode.UNSPECIFIED || target == null) {
            return false;
        }
        pendingGround = target;
        return true;
    }

    /** Wires the FDIR verdict that keeps the satellite in SAFE while its cause stands (construction only). */
    public void setSafeHold(SafeHold hold) {
        this.safeHold = hold;
    }

    /** FDIR's request: SAFE when this manager next runs (in the same PROTECT stage if FDIR runs first). */
    public void requestSafe() {
        safeRequested = true;
    }

    @Override
    public void run(long nowNs) {
        if (mode == Mode.BOOT) {
            enter(initialMode, ModeReason.BOOT_COMPLETE, nowNs);
        }
        if (safeRequested) {
            safeRequested = false;
            pendingGround = null;
            enter(Mode.SAFE, ModeReason.FDIR, nowNs);
            return;
        }
        if (pendingGround != null) {
            Mode target = pendingGround;
            pendingGround = null;
            int held = mode == Mode.SAFE && target != Mode.SAFE ? safeHold.whyHeld() : 0;
            if (held != 0) {
                events.publish(nowNs, EventId.MODE_REFUSED, mode.ordinal(), target.ordinal(), held);
                return;
            }
            enter(target, ModeReason.GROUND_COMMAND, nowNs);
        }
    }

    private void enter(Mode target, ModeReason reason, long nowNs) {
        if (target == mode) {
            return;
        }
        events.publish(nowNs, EventId.MODE_CHANGED, mode.ordinal(), target.ordinal(), reason.ordinal());
        if (target == Mode.SAFE) {
            events.publish(nowNs, EventId.SAFE_MODE_ENTERED, mode.ordinal(), reason.ordinal(), 0);
        }
        mode = target;
        transitions++;
    }

    /** @return the mode boot leaves to: the configured initial mode, or the one resumed from the store */
    public Mode bootMode() {
        return initialMode;
    }

    /** @return the current mode */
    public Mode mode() {
        return mode;
    }

    /** @return number of transitions since start (BOOT → initial included) */
    public long transitions() {
        return transitions;
    }
}

package space.ocsat.fsw.exec;

/**
 * Work a real-time driver does while it waits for the next cycle, as soon as it arrives: accepting commands, so a
 * command is acknowledged within milliseconds instead of at the next tick. Runs on the control thread, so it shares
 * the cycle's state without locks; never close to a deadline.
 */
public interface BetweenCycles {
    /** Nothing to do between cycles. */
    BetweenCycles NONE = new BetweenCycles() {
        @Override
        public boolean pending() {
            return false;
        }

        @Override
        public void run(long nowNs) {
        }
    };

    /** @return true if work is waiting (called from the control thread after every wake-up) */
    boolean pending();

    /**
     * Does one piece of the waiting work; the driver calls again while work is pending and time allows.
     *
     * @param nowNs the clock now
     */
    void run(long nowNs);
}

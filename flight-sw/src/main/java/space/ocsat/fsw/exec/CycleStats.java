package space.ocsat.fsw.exec;

/**
 * Execution-time and slip statistics of the control cycle (F Prime ActiveRateGroup: max time as
 * telemetry, slips counted). Execution times are wall-clock figures: they go to the console and
 * {@code summary.json}, never into the deterministic telemetry archive.
 */
public final class CycleStats {
    private long cycles;
    private long lastExecNs;
    private long maxExecNs;
    private long totalExecNs;
    private long slips;
    private long cyclesSinceSlip;

    void recordExecution(long execNs) {
        cycles++;
        cyclesSinceSlip++;
        lastExecNs = execNs;
        totalExecNs += execNs;
        if (execNs > maxExecNs) {
            maxExecNs = execNs;
        }
    }

    void recordSlip(long missedCycles) {
        slips += missedCycles;
        cyclesSinceSlip = 0;
    }

    /** @return cycles run since start */
    public long cycles() { return cycles; }

    /** @return execution time of the last cycle, ns */
    public long lastExecNs() { return lastExecNs; }

    /** @return longest cycle execution time since start, ns */
    public long maxExecNs() { return maxExecNs; }

    /** @return mean cycle execution time since start, ns */
    public double meanExecNs() { return cycles == 0 ? 0 : (double) totalExecNs / cycles; }

    /** @return cycles missed because a cycle overran its deadline */
    public long slips() { return slips; }

    /** @return cycles completed since the last slip */
    public long cyclesSinceSlip() { return cyclesSinceSlip; }
}

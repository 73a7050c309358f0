package space.ocsat.hal.compute.nvidia;

/**
 * The counters of the nvidia-smi binding, for the rig's telemetry and logs ({@link NvidiaSmiGpus#counter}). Each
 * counts from zero at construction and only rises. The id is the ordinal.
 */
public enum NvidiaSmiCounter {
    QUERIES_RUN("queries run",
            "Batched --query-gpu processes started or attempted: one per period, including the first at construction."),
    QUERY_FAILURES("query failures",
            "Queries that could not start, timed out, exited non-zero or listed no GPU; every GPU not listed "
                    + "reads NO_RESPONSE until the next good query."),
    TOOL_START_FAILURES("tool start failures",
            "nvidia-smi processes (query or -pl) that could not be started: executable missing or not executable."),
    TIMEOUTS("processes killed",
            "nvidia-smi processes killed, with their children, after the process timeout (the tool hanging)."),
    GPUS_LOST("GPUs lost",
            "A GPU that had answered became lost: its row gone from a query that listed others, \"[GPU is lost]\" or "
                    + "\"[GPU requires reset]\" in its row, or a \"device handle\" error naming its bus id."),
    CAP_CHANGES_APPLIED("cap changes applied", "nvidia-smi -i N -pl W calls that exited 0 without a refusal."),
    CAP_CHANGES_REFUSED("cap changes refused",
            "nvidia-smi -i N -pl W calls that failed: non-zero exit (4: Insufficient Permissions), a \"not "
                    + "supported\" warning, a timeout or a start failure. The cap stays as the tool reads it."),
    POWER_OFF_REFUSED("power-off requests refused",
            "setPowered(gpu, false) calls, refused because nvidia-smi cannot switch a module's supply."),
    CYCLE_SLIPS("cycle slips", "Worker cycles (cap calls and query) that took longer than the period.");

    private final String label;
    private final String description;

    NvidiaSmiCounter(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** @return the counter's id (its ordinal) */
    public int id() {
        return ordinal();
    }

    /** @return a short label for telemetry displays */
    public String label() {
        return label;
    }

    /** @return what the counter counts */
    public String description() {
        return description;
    }
}

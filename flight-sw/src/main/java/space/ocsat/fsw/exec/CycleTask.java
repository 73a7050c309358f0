package space.ocsat.fsw.exec;

/** One member of a rate group. Runs on the control thread; must not block or allocate. */
@FunctionalInterface
public interface CycleTask {
    /** @param nowNs mission time of this cycle, nanoseconds, read once by the driver */
    void run(long nowNs);
}

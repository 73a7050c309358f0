package space.ocsat.fsw.exec;

/**
 * Work a driver does on the control thread right before and right after each cycle: a HAL binding that moves whole
 * frames (the HIL bridge) takes the newest sensor frame before the cycle and sends the cycle's actuator frame after
 * it. Both run every cycle, so they must not allocate or block.
 */
public interface CycleBoundary {
    /** Nothing before or after a cycle. */
    CycleBoundary NONE = new CycleBoundary() {
        @Override
        public void beforeCycle(long nowNs) {
        }

        @Override
        public void afterCycle(long nowNs) {
        }
    };

    /** @param nowNs the time the cycle is about to run at */
    void beforeCycle(long nowNs);

    /** @param nowNs the time the cycle ran at */
    void afterCycle(long nowNs);
}

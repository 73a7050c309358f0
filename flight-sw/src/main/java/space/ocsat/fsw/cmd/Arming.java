package space.ocsat.fsw.cmd;

/**
 * The hazardous-command arm: an executed {@code Arm} names one command type and opens a window; the
 * next hazardous command of that type accepted inside the window uses it up.
 */
final class Arming {
    private int armedType;
    private long armedUntilNs;

    void arm(int type, long untilNs) {
        armedType = type;
        armedUntilNs = untilNs;
    }

    /** @return true (and disarms) if a hazardous command of this type may pass now */
    boolean consume(int type, long nowNs) {
        if (armedType == type && armedType != 0 && nowNs - armedUntilNs <= 0) {
            armedType = 0;
            return true;
        }
        return false;
    }
}

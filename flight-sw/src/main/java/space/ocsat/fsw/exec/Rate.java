package space.ocsat.fsw.exec;

/** Rate groups, each a divisor of the 10 Hz base tick. */
public enum Rate {
    /** Every cycle. */
    HZ_10(1),
    /** Every 10th cycle. */
    HZ_1(10),
    /** Every 100th cycle. */
    HZ_0_1(100);

    private final int divisor;

    Rate(int divisor) {
        this.divisor = divisor;
    }

    /** @return number of base cycles per run of this group */
    public int divisor() {
        return divisor;
    }
}

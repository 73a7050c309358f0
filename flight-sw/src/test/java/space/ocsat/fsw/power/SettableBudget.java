package space.ocsat.fsw.power;

/** A compute budget a test sets: affordable GPUs are those the budget holds at the 200 W minimum cap. */
public final class SettableBudget implements ComputeBudget {
    private static final double MIN_CAP_W = 200;
    /** The budget, W. */
    public double budgetW;

    public SettableBudget(double budgetW) {
        this.budgetW = budgetW;
    }

    @Override
    public double computeBudgetW() {
        return budgetW;
    }

    @Override
    public int affordableGpus(int current) {
        return (int) (budgetW / MIN_CAP_W);
    }
}

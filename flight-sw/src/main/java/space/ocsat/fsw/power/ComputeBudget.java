package space.ocsat.fsw.power;

/** What energy lets compute draw: the {@link EnergyPlan}'s answer, read by the load shedder and the GPU governor. */
public interface ComputeBudget {
    /** @return the power compute may draw now, W */
    double computeBudgetW();

    /**
     * @param current GPUs energy allows now
     * @return how many GPUs the budget runs at no less than their minimum cap (hysteresis for more than current)
     */
    int affordableGpus(int current);
}

package space.ocsat.sim.scenario;

/**
 * A parsed expectation expression: comparisons of telemetry points with literals and {@code event NAME}, combined
 * with and, or, not. Evaluated once per evaluation step against the run and the events raised since the last step.
 */
public interface Expr {
    /**
     * @param run    the running simulation
     * @param raised events raised since the previous evaluation, indexed by event ordinal
     * @return the expression's truth now
     */
    boolean test(Points.Run run, boolean[] raised);

    static Expr and(Expr a, Expr b) {
        return (r, e) -> a.test(r, e) && b.test(r, e);
    }

    static Expr or(Expr a, Expr b) {
        return (r, e) -> a.test(r, e) || b.test(r, e);
    }

    static Expr not(Expr a) {
        return (r, e) -> !a.test(r, e);
    }
}

package space.ocsat.sim.scenario;

/**
 * A parsed expectation expression: comparisons of telemetry points with literals and {@code event NAME} (or
 * {@code event NAME(N)}: raised with N as its first argument), combined
 * with and, or, not. Evaluated once per evaluation step against the run and the events raised since the last step.
 */
public interface Expr {
    /**
     * @param run    the running simulation
     * @param raised events raised since the previous evaluation
     * @return the expression's truth now
     */
    boolean test(Points.Run run, Raised raised);

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

package space.ocsat.sim.scenario;

import java.util.List;

/**
 * One scenario as a test engineer wrote it: the mission, the initial state, a timeline of faults, clearances and
 * commands, and the expectations the run is judged by. Immutable; built by {@link ScenarioParser}.
 *
 * @param name        [a-z0-9-]+, names the report
 * @param description free text
 * @param seed        seed of every random source
 * @param durationS   simulated duration, s
 * @param altitudeKm  circular orbit altitude
 * @param inclinationDeg inclination (NaN: the reference 53°; ignored with sso)
 * @param sso         dawn-dusk sun-synchronous
 * @param epoch       ISO-8601 start (null: the default)
 * @param ageYears    mission age
 * @param initialSoc  battery SoC at the start (NaN: the reference 0.90)
 * @param initialMode mode the flight software boots into (null: OPERATIONAL)
 * @param timeline    entries in time order
 * @param expect      expectations
 */
public record Scenario(String name, String description, long seed, double durationS, double altitudeKm,
                       double inclinationDeg, boolean sso, String epoch, double ageYears, double initialSoc,
                       String initialMode, List<TimelineEntry> timeline, List<Expectation> expect) {

    /**
     * What happens at a time: a fault starts or clears, or a command is uplinked ({@code executeAtS}: time-tagged to
     * run at that scenario time, NaN to run at once).
     */
    public record TimelineEntry(double atS, Kind kind, String name, String target, java.util.Map<String, Object> args,
                                double executeAtS, int line) {
        /** The entry's kind. */
        public enum Kind { FAULT, CLEAR, COMMAND }
    }

    /**
     * A judgement over the run.
     *
     * @param kind    always, never, eventually or at
     * @param text    the expression as written (parsed against the simulation by {@link ScenarioRunner})
     * @param afterS  eventually: counted from this time (0 by default)
     * @param withinS eventually: must hold within this long after {@code afterS} (the rest of the run by default)
     * @param atS     at: the time it is checked
     * @param line    source line
     */
    public record Expectation(Kind kind, String text, double afterS, double withinS, double atS, int line) {
        /** How the expression is judged over time. */
        public enum Kind { ALWAYS, NEVER, EVENTUALLY, AT }

        /** @return the expectation as the verdict table shows it */
        public String label() {
            return switch (kind) {
                case ALWAYS -> "always: " + text;
                case NEVER -> "never: " + text;
                case EVENTUALLY -> "eventually: " + text;
                case AT -> "at " + Durations.format(atS) + ": " + text;
            };
        }
    }
}

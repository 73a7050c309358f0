package space.ocsat.sim.scenario;

import java.util.Collection;

/**
 * A scenario file the runner refuses: the message names the file, the line, the offending word and the valid
 * choices, in one line a test engineer can act on (no stack trace, no exception class).
 */
public final class ScenarioError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioError(String message) {
        super(message, null, false, false);
    }

    /** @return "file:line: what 'word' (valid: a, b, c)" */
    static ScenarioError at(String file, int line, String what, String word, Collection<String> choices) {
        StringBuilder sb = new StringBuilder().append(file).append(':').append(line).append(": ").append(what);
        if (word != null) {
            sb.append(" '").append(word).append('\'');
        }
        if (choices != null && !choices.isEmpty()) {
            sb.append(" (valid: ").append(String.join(", ", choices)).append(')');
        }
        return new ScenarioError(sb.toString());
    }
}

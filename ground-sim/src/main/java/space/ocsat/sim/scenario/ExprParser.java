package space.ocsat.sim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.sim.Simulation;

/**
 * Parses expectation expressions: {@code point OP literal} with OP one of == != &lt; &lt;= &gt; &gt;=, {@code event NAME},
 * combined with {@code and}, {@code or}, {@code not} and parentheses (not binds tightest, then and, then or).
 * Literals are numbers, {@code true}/{@code false}, and for {@code mode} and {@code terminal[..].state} the
 * state's name. Unknown points, events and literals are refused with the valid choices.
 */
final class ExprParser {
    private static final Pattern TOKEN = Pattern.compile("\\s*(==|!=|<=|>=|<|>|\\(|\\)|[A-Za-z0-9_.\\[\\]\\-+]+)");
    private static final List<String> OPS = List.of("==", "!=", "<", "<=", ">", ">=");

    private final List<String> tokens = new ArrayList<>();
    private final String file;
    private final int line;
    private final Simulation sim;
    private int at;

    private ExprParser(String text, String file, int line, Simulation sim) {
        this.file = file;
        this.line = line;
        this.sim = sim;
        Matcher m = TOKEN.matcher(text);
        int end = 0;
        while (m.find() && m.start() == end) {
            tokens.add(m.group(1));
            end = m.end();
        }
        if (!text.substring(end).isBlank()) {
            throw ScenarioError.at(file, line, "cannot read the expression at", text.substring(end).trim(), null);
        }
    }

    /** @return the parsed expression @throws ScenarioError naming what is wrong */
    static Expr parse(String text, String file, int line, Simulation sim) {
        ExprParser p = new ExprParser(text, file, line, sim);
        if (p.tokens.isEmpty()) {
            throw ScenarioError.at(file, line, "empty expression", null, null);
        }
        Expr e = p.or();
        if (p.at < p.tokens.size()) {
            throw ScenarioError.at(file, line, "unexpected word in the expression", p.tokens.get(p.at), null);
        }
        return e;
    }

    private Expr or() {
        Expr e = and();
        while (accept("or")) {
            e = Expr.or(e, and());
        }
        return e;
    }

    private Expr and() {
        Expr e = not();
        while (accept("and")) {
            e = Expr.and(e, not());
        }
        return e;
    }

    private Expr not() {
        if (accept("not")) {
            return Expr.not(not());
        }
        if (accept("(")) {
            Expr e = or();
            expect(")");
            return e;
        }
        if (accept("event")) {
            return event(next("an event name"));
        }
        return comparison();
    }

    private Expr event(String name) {
        EventId id;
        try {
            id = EventId.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.at(file, line, "unknown event", name, eventNames());
        }
        int ordinal = id.ordinal();
        if (accept("(")) {
            String word = next("the event's first argument");
            long argA;
            try {
                argA = Long.parseLong(word);
            } catch (NumberFormatException e) {
                throw ScenarioError.at(file, line, "an event's argument is an integer (" + id.argA() + "), not", word,
                        null);
            }
            expect(")");
            return (r, raised) -> raised.has(ordinal, argA);
        }
        return (r, raised) -> raised.has(ordinal);
    }

    private Expr comparison() {
        String name = next("a telemetry point");
        Points.Point point = Points.resolve(name, sim);
        if (point == null) {
            throw ScenarioError.at(file, line, "unknown telemetry point", name, Points.NAMES);
        }
        String op = next("a comparison (" + String.join(" ", OPS) + ")");
        if (!OPS.contains(op)) {
            throw ScenarioError.at(file, line, "unknown comparison", op, OPS);
        }
        double value = literal(name, next("a value"));
        return switch (op) {
            case "==" -> (r, e) -> point.applyAsDouble(r) == value;
            case "!=" -> (r, e) -> point.applyAsDouble(r) != value;
            case "<" -> (r, e) -> point.applyAsDouble(r) < value;
            case "<=" -> (r, e) -> point.applyAsDouble(r) <= value;
            case ">" -> (r, e) -> point.applyAsDouble(r) > value;
            default -> (r, e) -> point.applyAsDouble(r) >= value;
        };
    }

    private double literal(String point, String word) {
        if (point.equals("mode")) {
            return enumOrdinal(word, Mode.values());
        }
        if (point.endsWith(".state")) {
            return enumOrdinal(word, TerminalState.values());
        }
        if (word.equals("true")) {
            return 1;
        }
        if (word.equals("false")) {
            return 0;
        }
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            throw ScenarioError.at(file, line, "not a number", word, List.of("a number", "true", "false"));
        }
    }

    private double enumOrdinal(String word, Enum<?>[] values) {
        for (Enum<?> v : values) {
            if (v.name().equals(word)) {
                return v.ordinal();
            }
        }
        throw ScenarioError.at(file, line, "unknown value", word, Arrays.stream(values).map(Enum::name).toList());
    }

    private static List<String> eventNames() {
        return Arrays.stream(EventId.values()).filter(e -> e != EventId.UNSPECIFIED).map(Enum::name).toList();
    }

    private boolean accept(String word) {
        if (at < tokens.size() && tokens.get(at).equals(word)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String word) {
        if (!accept(word)) {
            throw ScenarioError.at(file, line, "expected '" + word + "' in the expression, found",
                    at < tokens.size() ? tokens.get(at) : "the end", null);
        }
    }

    private String next(String what) {
        if (at >= tokens.size()) {
            throw ScenarioError.at(file, line, "the expression ends where it needs " + what, null, null);
        }
        return tokens.get(at++);
    }
}

package space.ocsat.sim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenarios write them: a number with s, min, h or d (10min, 1.5h, 30s); a bare number is seconds. */
final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|min|h|d)?");

    private Durations() {
    }

    /** @return seconds, or NaN if the text is not a duration */
    static double parse(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "min" -> v * 60;
            case "h" -> v * 3600;
            case "d" -> v * 86_400;
            default -> v;
        };
    }

    /** @return a short human form in the largest unit that divides it: 1d, 2h, 110min, 90s, 0.5s */
    static String format(double s) {
        if (s >= 86_400 && s % 86_400 == 0) {
            return trim(s / 86_400) + "d";
        }
        if (s >= 3600 && s % 3600 == 0) {
            return trim(s / 3600) + "h";
        }
        if (s >= 60 && s % 60 == 0) {
            return trim(s / 60) + "min";
        }
        return trim(s) + "s";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

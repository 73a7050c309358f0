package space.ocsat.sim.options;

import java.util.Locale;
import picocli.CommandLine;

/** Parses a duration: a positive number followed by {@code s}, {@code min}, {@code h} or {@code d}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
        return parseSeconds(text);
    }

    /**
     * @param text e.g. {@code 60s}, {@code 90min}, {@code 3h}, {@code 1.5d}
     * @return seconds
     * @throws CommandLine.TypeConversionException with a one-line reason
     */
    public static double parseSeconds(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        double unitS;
        String number;
        if (t.endsWith("min")) {
            unitS = 60;
            number = t.substring(0, t.length() - 3);
        } else if (t.endsWith("s")) {
            unitS = 1;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            unitS = 3600;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("d")) {
            unitS = 86400;
            number = t.substring(0, t.length() - 1);
        } else {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' needs a unit: s, min, h or d (e.g. 90min, 3h, 30d)");
        }
        double value;
        try {
            value = Double.parseDouble(number.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number followed by s, min, h or d");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new CommandLine.TypeConversionException("'" + text + "' must be a positive duration");
        }
        return value * unitS;
    }
}

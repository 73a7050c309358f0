package space.ocsat.sim.options;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses an ISO-8601 UTC instant such as {@code 2026-06-21T00:00:00Z}. */
public final class EpochConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not an ISO-8601 UTC time such as 2026-06-21T00:00:00Z");
        }
    }
}

package space.ocsat.fsw.tm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.modes.Mode;

/**
 * The Java enums that go on the wire by ordinal mirror the schema's enums (flight-sw/src/main/fbs), name
 * for name and value for value: the schema stays the one contract.
 */
class WireContractTest {
    @Test
    void everyEventIdIsTheSchemasEventIdWithTheSameValue() {
        assertThat(space.ocsat.wire.EventId.names).hasSize(EventId.values().length);
        for (EventId id : EventId.values()) {
            assertThat(space.ocsat.wire.EventId.name(id.ordinal())).isEqualTo(id.name());
        }
    }

    @Test
    void severitiesModesAndTerminalStatesMatchTheSchema() {
        assertThat(space.ocsat.wire.Severity.names).hasSize(Severity.values().length);
        for (Severity s : Severity.values()) {
            assertThat(space.ocsat.wire.Severity.name(s.ordinal())).isEqualTo(s.name());
        }
        assertThat(space.ocsat.wire.Mode.names).hasSize(Mode.values().length);
        for (Mode m : Mode.values()) {
            assertThat(space.ocsat.wire.Mode.name(m.ordinal())).isEqualTo(m.name());
        }
        var states = space.ocsat.hal.optical.TerminalState.values();
        assertThat(space.ocsat.wire.TerminalState.names).hasSize(states.length);
        for (var s : states) {
            assertThat(space.ocsat.wire.TerminalState.name(s.ordinal())).isEqualTo(s.name());
        }
    }
}

package space.ocsat.sim.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import space.ocsat.wire.Command;
import space.ocsat.wire.EventId;

class DictionaryTest {
    /** Surefire runs in the module's folder; the dictionary sits in the repository's docs/. */
    private static final Path COMMITTED = Path.of("..", "docs", "DICTIONARY.md");

    @Test
    void committedDictionaryMatchesTheSchemas() throws Exception {
        String generated = Dictionary.generate();
        assertThat(Files.readString(COMMITTED))
                .as("docs/DICTIONARY.md is out of date: run './ocsat ops dictionary > docs/DICTIONARY.md'")
                .isEqualTo(generated);
    }

    @Test
    void everyCommandAndEventOfTheSchemaIsInTheDictionary() throws Exception {
        String dictionary = Dictionary.generate();
        for (int type = 1; type < Command.names.length; type++) {
            assertThat(dictionary).contains("### " + Command.name(type) + " (type " + type + ")");
        }
        for (int id = 1; id < EventId.names.length; id++) {
            assertThat(dictionary).contains("| " + id + " | " + EventId.name(id) + " |");
        }
    }

    @Test
    void unitsFollowTheFieldNames() {
        assertThat(Dictionary.unit("cap_w")).isEqualTo("W");
        assertThat(Dictionary.unit("coolant_outlet_max_k")).isEqualTo("K");
        assertThat(Dictionary.unit("coolant_flow_kg_per_s")).isEqualTo("kg/s");
        assertThat(Dictionary.unit("time_unix_ns")).isEqualTo("ns since 1970-01-01 UTC");
        assertThat(Dictionary.unit("mode")).isEqualTo("-");
    }
}

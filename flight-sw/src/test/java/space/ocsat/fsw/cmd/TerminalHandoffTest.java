package space.ocsat.fsw.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.wire.Command;
import space.ocsat.wire.TerminalHandoff;

class TerminalHandoffTest {
    private final CommandHarness h = new CommandHarness();

    private byte[] handoff(long sequence, int terminal, int partner) {
        return h.command(sequence, Command.TerminalHandoff, b -> TerminalHandoff.createTerminalHandoff(b, terminal, partner));
    }

    @Test
    void aHandoffPointsTheTerminalAtItsNewPartnerAndKeepsItThere() {
        h.cycles(20); // terminals powered by the 1 Hz terminal-power law
        h.send(handoff(1, 1, 4242));
        h.cycles(12);
        assertThat(h.acks()).contains("1 COMPLETED OK");
        assertThat(h.fake.terminalPartner[1]).isEqualTo(4242);

        h.fake.terminalPartner[1] = -1; // the terminal lost its partner (a reset of the unit)
        h.cycles(2);
        assertThat(h.fake.terminalPartner[1]).as("the commanded partner is acquired again").isEqualTo(4242);

        h.send(handoff(2, 1, -1));
        h.cycles(2);
        assertThat(h.fake.terminalPartner[1]).as("released").isEqualTo(-1);
    }

    @Test
    void anUnknownTerminalOrPartnerIsRejected() {
        h.send(handoff(1, 9, 5));
        h.send(handoff(2, 0, -7));
        h.cycles(2);
        assertThat(h.acks()).containsExactly("1 REJECTED ARGUMENT_OUT_OF_RANGE", "2 REJECTED ARGUMENT_OUT_OF_RANGE");
    }
}

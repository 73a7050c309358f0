package space.ocsat.sim.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.sim.constellation.LinkLedger.Reason;

class LinkLedgerTest {
    private static final int LEFT = 2;
    private static final int RIGHT = 3;
    private static final int GROUND = 4;

    /** Satellite 0's partner 7 always in view of every terminal; nothing else is. */
    private final LinkLedger ledger = new LinkLedger(1, 5, GROUND, (sat, terminal, partner, t) -> partner == 7);

    private void second(int t, int left, int right, int ground) {
        ledger.observe(0, LEFT, t, left, Reason.GEOMETRY);
        ledger.observe(0, RIGHT, t, right, Reason.GEOMETRY);
        ledger.observe(0, GROUND, t, ground, Reason.GEOMETRY);
        ledger.endSecond();
    }

    @Test
    void aNewLinkOnAFreeTerminalBeforeTheOldOneEndsIsAGaplessHandoff() {
        for (int t = 0; t < 100; t++) {
            second(t, 5, -1, -1);
        }
        for (int t = 100; t < 150; t++) {
            second(t, 5, 7, -1); // RIGHT takes 7 while LEFT still tracks 5
        }
        for (int t = 150; t < 200; t++) {
            second(t, -1, 7, -1);
        }
        assertThat(ledger.handoffs()).isEqualTo(1);
        assertThat(ledger.gapQuantileS(1.0)).isZero();
        assertThat(ledger.overlappable()).isEqualTo(1);
        assertThat(ledger.gaplessFraction()).isEqualTo(1.0);
    }

    @Test
    void aHandoffOnTheSameTerminalHasAGapAndCouldNotOverlap() {
        for (int t = 0; t < 100; t++) {
            second(t, 5, -1, -1);
        }
        for (int t = 100; t < 140; t++) {
            second(t, -1, -1, -1); // pointing and acquiring the next partner
        }
        for (int t = 140; t < 200; t++) {
            second(t, 7, -1, -1);
        }
        assertThat(ledger.handoffs()).isEqualTo(1);
        assertThat(ledger.gapQuantileS(0.5)).isEqualTo(40);
        assertThat(ledger.overlappable()).as("LEFT was busy with the old link").isZero();
        assertThat(ledger.gaplessFraction()).isNaN();
    }

    @Test
    void aFreeTerminalThatCouldHaveTakenTheNewPartnerEarlyCountsAsAMissedOverlap() {
        for (int t = 0; t < 200; t++) {
            second(t, 5, -1, -1);
        }
        for (int t = 200; t < 230; t++) {
            second(t, -1, -1, -1);
        }
        for (int t = 230; t < 300; t++) {
            second(t, -1, 7, -1); // RIGHT was free and saw 7 all along: it could have been ready
        }
        assertThat(ledger.overlappable()).isEqualTo(1);
        assertThat(ledger.gaplessFraction()).isZero();
        assertThat(ledger.gapQuantileS(1.0)).isEqualTo(30);
    }

    @Test
    void theSamePartnerBackIsAReacquisitionNotAHandoff() {
        for (int t = 0; t < 50; t++) {
            second(t, 5, -1, -1);
        }
        ledger.observe(0, LEFT, 50, -1, Reason.LOSS_OF_LOCK);
        for (int t = 51; t < 80; t++) {
            second(t, t < 70 ? -1 : 5, -1, -1);
        }
        assertThat(ledger.handoffs()).isZero();
        assertThat(ledger.ended(Reason.LOSS_OF_LOCK)).isEqualTo(1);
    }
}

package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** LNK-008: the optical link budget and rate ladder. */
class LinkBudgetTest {

    @Test
    void reproducesTheReferenceExample() {
        // REFERENCE.md "Optical links": 1 W, 80 mm apertures, 5,000 km, 6 dB losses → −39.8 dBm (at 1 550 nm).
        LinkBudget example = new LinkBudget(1.0, 0.08, 0.08, 1550e-9, 6.0, 0.0, RateLadder.defaults());
        assertThat(example.receivedPowerDbm(5_000e3)).isCloseTo(-39.8, within(0.05));
        // Below the 10 Gbit/s OOK sensitivity of −35.5 dBm: even with no margin it closes only at 2.5 Gbit/s.
        assertThat(example.rateBps(5_000e3)).isEqualTo(2.5e9);
        assertThat(example.marginDb(5_000e3)).isCloseTo(-39.76 + 41.52, within(0.01));
    }

    @Test
    void termsMatchTheirClosedForms() {
        // G = (π·0.08/1.55e-6)² = 104.2 dB; (λ/4πR)² at 5 000 km = −272.2 dB.
        assertThat(LinkBudget.apertureGainDb(0.08, 1550e-9)).isCloseTo(104.20, within(0.01));
        assertThat(LinkBudget.freeSpaceDb(5_000e3, 1550e-9)).isCloseTo(-272.16, within(0.01));
        LinkBudget b = LinkBudget.interSatellite();
        assertThat(b.receivedPowerDbm(1_000e3) - b.receivedPowerDbm(2_000e3)).isCloseTo(6.02, within(0.01));
    }

    @Test
    void defaultLadderScalesThreeDecibelsPerDoubling() {
        RateLadder ladder = RateLadder.defaults();
        double[] rates = {100e9, 50e9, 25e9, 10e9, 2.5e9};
        double[] sensitivities = {-25.5, -28.51, -31.52, -35.5, -41.52};
        assertThat(ladder.size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(ladder.rateBps(i)).isEqualTo(rates[i]);
            assertThat(ladder.sensitivityDbm(i)).isCloseTo(sensitivities[i], within(0.01));
        }
    }

    @Test
    void inPlaneNeighboursOfTheDefaultShellCloseAtTwentyFiveGigabits() {
        LinkBudget isl = LinkBudget.interSatellite();
        assertThat(isl.rateBps(3_903e3)).isEqualTo(25e9);
        assertThat(isl.marginDb(3_903e3)).isCloseTo(4.78, within(0.01));
    }

    @Test
    void longestInterSatelliteLineOfSightStillClosesAtTenGigabits() {
        LinkBudget isl = LinkBudget.interSatellite();
        assertThat(isl.rateBps(5_016e3)).isEqualTo(10e9);
        assertThat(isl.marginDb(5_016e3)).isGreaterThanOrEqualTo(isl.minMarginDb());
    }

    @Test
    void groundLinksCloseAtTheTopRateFromZenithToTwoThousandKilometres() {
        LinkBudget ground = LinkBudget.spaceToGround();
        for (double rangeM : new double[] {550e3, 1_000e3, 1_300e3, 2_000e3}) {
            assertThat(ground.rateBps(rangeM)).as("%s m", rangeM).isEqualTo(100e9);
            assertThat(ground.marginDb(rangeM)).isGreaterThan(11.0);
        }
    }

    @Test
    void picksTheFastestRateThatKeepsTheMinimumMargin() {
        LinkBudget isl = LinkBudget.interSatellite();
        // The range where 25 Gbit/s keeps exactly its 3 dB margin; a little further it drops to 10 Gbit/s.
        double edgeM = 3_903e3 * Math.pow(10, (isl.marginDb(3_903e3) - isl.minMarginDb()) / 20);
        assertThat(isl.rateBps(edgeM * 0.999)).isEqualTo(25e9);
        assertThat(isl.rateBps(edgeM * 1.001)).isEqualTo(10e9);
        assertThat(isl.marginDb(edgeM * 1.001)).isCloseTo(3.0 + 10 * Math.log10(25.0 / 10.0), within(0.02));
    }

    @Test
    void reportsNoRateAndANegativeMarginWhenNothingCloses() {
        LinkBudget isl = LinkBudget.interSatellite();
        assertThat(isl.rateIndex(100_000e3)).isEqualTo(-1);
        assertThat(isl.rateBps(100_000e3)).isZero();
        assertThat(isl.marginDb(100_000e3)).isLessThan(isl.minMarginDb());
    }
}

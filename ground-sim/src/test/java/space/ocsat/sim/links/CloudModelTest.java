package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LNK-007: the seeded two-state cloud model. */
class CloudModelTest {
    private static final long SEED = 20_260_320L;
    private static final double STEP_S = 60.0;
    private final List<GroundSite> sites = GroundSites.defaultNetwork();

    @Test
    void sameSeedAndStepGiveTheSameSkies() {
        CloudModel a = new CloudModel(sites, STEP_S, SEED);
        CloudModel b = new CloudModel(sites, STEP_S, SEED);
        for (int k = 0; k < 100_000; k++) {
            for (int s = 0; s < sites.size(); s++) {
                assertThat(a.isClear(s)).as("seed %d step %d site %d", SEED, k, s).isEqualTo(b.isClear(s));
            }
            a.step();
            b.step();
        }
        assertThat(a.steps()).isEqualTo(100_000);
    }

    @Test
    void differentSeedsGiveDifferentSkies() {
        CloudModel a = new CloudModel(sites, STEP_S, SEED);
        CloudModel b = new CloudModel(sites, STEP_S, SEED + 1);
        int differences = 0;
        for (int k = 0; k < 10_000; k++) {
            a.step();
            b.step();
            differences += a.isClear(0) != b.isClear(0) ? 1 : 0;
        }
        assertThat(differences).isPositive();
    }

    @Test
    void longRunClearFractionAndCloudySpellMatchEachSite() {
        // 30 years of 10 min steps: ~10^4 cloudy spells a site, so both statistics are within a few per cent.
        double stepS = 600.0;
        long steps = (long) (30 * 365.25 * 86_400 / stepS);
        CloudModel model = new CloudModel(sites, stepS, SEED);
        long[] clearSteps = new long[sites.size()];
        long[] cloudySteps = new long[sites.size()];
        long[] cloudySpells = new long[sites.size()];
        boolean[] wasClear = new boolean[sites.size()];
        for (long k = 0; k < steps; k++) {
            model.step();
            for (int s = 0; s < sites.size(); s++) {
                boolean clear = model.isClear(s);
                if (clear) {
                    clearSteps[s]++;
                } else {
                    cloudySteps[s]++;
                    if (wasClear[s] || k == 0) {
                        cloudySpells[s]++;
                    }
                }
                wasClear[s] = clear;
            }
        }
        for (int s = 0; s < sites.size(); s++) {
            GroundSite site = sites.get(s);
            double fraction = (double) clearSteps[s] / steps;
            double meanSpellS = cloudySteps[s] * stepS / cloudySpells[s];
            assertThat(fraction).as("seed %d, %s clear fraction", SEED, site.name())
                    .isCloseTo(site.clearSkyFraction(), within(0.02));
            // Geometric spells counted in whole steps: mean Δt/(1 − e^(−Δt/τ)) ≈ τ + Δt/2.
            assertThat(meanSpellS / (site.meanCloudyDurationS() + stepS / 2))
                    .as("seed %d, %s mean cloudy spell", SEED, site.name()).isCloseTo(1.0, within(0.05));
        }
    }

    @Test
    void forcingSitesCloudyHoldsThemWithoutDisturbingAnyWeather() {
        CloudModel forced = new CloudModel(sites, STEP_S, SEED);
        CloudModel free = new CloudModel(sites, STEP_S, SEED);
        int half = sites.size() / 2;
        for (int s = 0; s < half; s++) {
            forced.forceCloudy(s, true);
        }
        for (int k = 0; k < 20_000; k++) {
            forced.step();
            free.step();
            for (int s = 0; s < sites.size(); s++) {
                boolean expected = s < half ? false : free.isClear(s);
                assertThat(forced.isClear(s)).as("step %d site %d", k, s).isEqualTo(expected);
            }
        }
        forced.forceCloudy(0, false);
        for (int k = 0; k < 1_000; k++) {
            forced.step();
            free.step();
            assertThat(forced.isClear(0)).as("released site follows its weather").isEqualTo(free.isClear(0));
        }
        assertThat(forced.isForcedCloudy(1)).isTrue();
    }

    @Test
    void rejectsAStepTooLongForASite() {
        GroundSite cloudy = new GroundSite("cloudy", 0, 0, 0, 20, 0.2, 600);
        assertThatThrownBy(() -> new CloudModel(List.of(cloudy), 3_600, SEED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloudy");
    }
}

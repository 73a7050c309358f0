package space.ocsat.fsw.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.config.LinkConfig;

class SightlineTest {
    private static final double R = 6_378_137 + 550_000;
    private final Sightline sight = new Sightline(new LinkConfig());

    @Test
    void aLineOfSightThroughTheEarthOrTheAtmosphereIsBlocked() {
        double[] a = {R, 0, 0};
        assertThat(sight.clear(a, new double[] {R * Math.cos(0.5), R * Math.sin(0.5), 0})).isTrue();
        assertThat(sight.clear(a, new double[] {-R, 0, 0})).isFalse();
        // the chord between two satellites 2·acos((R_E + 80 km) / R) apart just grazes 80 km
        double limit = 2 * Math.acos((6_378_137 + 80_000) / R);
        assertThat(sight.clear(a, new double[] {R * Math.cos(limit - 0.001), R * Math.sin(limit - 0.001), 0}))
                .isTrue();
        assertThat(sight.clear(a, new double[] {R * Math.cos(limit + 0.001), R * Math.sin(limit + 0.001), 0}))
                .isFalse();
    }

    @Test
    void theSunBehindThePartnerBlindsTheReceiverUnlessTheEarthHidesIt() {
        double[] a = {R, 0, 0};
        double[] b = {R, 1_000_000, 0};
        assertThat(sight.sunBlinds(a, b, new double[] {0, 1, 0})).as("behind b, seen from a").isTrue();
        assertThat(sight.sunBlinds(a, b, new double[] {0, -1, 0})).as("behind a, seen from b").isTrue();
        double off = Math.toRadians(4);
        assertThat(sight.sunBlinds(a, b, new double[] {Math.sin(off), Math.cos(off), 0})).isFalse();
        double[] low = {-R, 0, 0};
        double[] lowPartner = {-R, -1_000_000, 0};
        // from the night side, the Sun in the line of sight's direction is behind the Earth for neither end here...
        assertThat(sight.sunBlinds(low, lowPartner, new double[] {0, -1, 0})).isTrue();
        // ...but a receiver in the Earth's shadow looking toward the Sun is not blinded
        double[] shadowed = {-R, 0, 0};
        double[] towardSun = {-R + 2_000_000, 0, 0};
        assertThat(sight.sunBlinds(shadowed, towardSun, new double[] {1, 0, 0})).isFalse();
    }

    @Test
    void siderealTimeMatchesTheAlmanacValue() {
        // Vallado example 3-5: 1992-08-20 12:14 UT1 → GMST 152.578787810°
        double unixS = 714_312_840;
        assertThat(Math.toDegrees(Sightline.greenwichSiderealRad(unixS))).isCloseTo(152.578787810, within(1e-4));
    }
}

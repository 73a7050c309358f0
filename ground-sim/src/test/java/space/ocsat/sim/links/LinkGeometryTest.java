package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** LNK-003..005: hand-checkable line-of-sight, field-of-regard, Sun-exclusion, range and range-rate cases. */
class LinkGeometryTest {
    private static final double A_M = Wgs84.EQUATORIAL_RADIUS_M;
    private static final double B_M = Wgs84.POLAR_RADIUS_M;
    private static final double LEO_M = A_M + 550e3;
    private final LinkGeometry geometry = LinkGeometry.defaults();

    @Test
    void satellitesOnOppositeSidesOfTheEarthAreBlocked() {
        double[] a = {LEO_M, 0, 0};
        double[] b = {-LEO_M, 0, 0};
        assertThat(geometry.lineOfSightClear(a, b)).isFalse();
        assertThat(LinkGeometry.lowestAltitudeM(a, b)).isNegative();
    }

    @Test
    void closeSatellitesSeeEachOther() {
        double angle = Math.toRadians(10);
        double[] a = {LEO_M, 0, 0};
        double[] b = {LEO_M * Math.cos(angle), LEO_M * Math.sin(angle), 0};
        assertThat(geometry.lineOfSightClear(a, b)).isTrue();
        // Over the equator the lowest point is the chord's midpoint, at a·cos(5°) − R.
        assertThat(LinkGeometry.lowestAltitudeM(a, b)).isCloseTo(LEO_M * Math.cos(angle / 2) - A_M, within(1e-3));
    }

    @Test
    void lineOfSightOpensExactlyAtTheGrazingAltitudeOverTheEquator() {
        // A chord parallel to y in the equatorial plane: its lowest point is (x, 0, 0), height x − a.
        for (double offsetM : new double[] {-1.0, -0.01, 0.01, 1.0}) {
            double x = A_M + 80e3 + offsetM;
            double[] a = {x, -2_000e3, 0};
            double[] b = {x, 2_500e3, 0};
            assertThat(LinkGeometry.lowestAltitudeM(a, b)).isCloseTo(80e3 + offsetM, within(1e-4));
            assertThat(geometry.lineOfSightClear(a, b)).as("offset %s m", offsetM).isEqualTo(offsetM > 0);
        }
    }

    @Test
    void lineOfSightOverThePoleUsesThePolarRadius() {
        // A chord parallel to x through the polar axis, 80 km ± 1 m above the pole: a sphere of radius a would
        // put it 21 km lower and block it.
        for (double offsetM : new double[] {-1.0, 1.0}) {
            double z = B_M + 80e3 + offsetM;
            double[] a = {-1_500e3, 0, z};
            double[] b = {2_000e3, 0, z};
            assertThat(LinkGeometry.lowestAltitudeM(a, b)).isCloseTo(80e3 + offsetM, within(1e-4));
            assertThat(geometry.lineOfSightClear(a, b)).isEqualTo(offsetM > 0);
        }
    }

    @Test
    void lowestPointIsAnEndWhenTheSegmentClimbsAway() {
        double[] a = {A_M + 600e3, 0, 0};
        double[] b = {A_M + 2_000e3, 100e3, 0};
        assertThat(LinkGeometry.lowestAltitudeM(a, b)).isCloseTo(600e3, within(1e-6));
        assertThat(LinkGeometry.lowestAltitudeM(b, a)).isCloseTo(600e3, within(1e-6));
    }

    @Test
    void grazingAltitudeIsAParameter() {
        double x = A_M + 50e3;
        double[] a = {x, -2_000e3, 0};
        double[] b = {x, 2_000e3, 0};
        assertThat(geometry.lineOfSightClear(a, b)).isFalse();
        assertThat(new LinkGeometry(40e3, 0.05).lineOfSightClear(a, b)).isTrue();
    }

    @Test
    void rangeAndRangeRateOfTwoSatellitesPullingApart() {
        double[] a = {7_000e3, 0, 0};
        double[] va = {0, 7_500, 0};
        double[] b = {7_000e3, 1_000e3, 0};
        double[] vb = {0, 7_600, 0};
        assertThat(LinkGeometry.rangeM(a, b)).isCloseTo(1_000e3, within(1e-6));
        assertThat(LinkGeometry.rangeRateMps(a, va, b, vb)).isCloseTo(100.0, within(1e-9));
        assertThat(LinkGeometry.rangeRateMps(b, vb, a, va)).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void fieldOfRegardFollowsTheLocalOrbitalFrame() {
        // Observer on +x moving +y: along-track +y, orbit normal (left) +z, up +x.
        double[] pos = {LEO_M, 0, 0};
        double[] vel = {0, 7_600, 0};
        double below = -1_000e3;
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.FORE, pos, vel, new double[] {LEO_M + below, 3_000e3, 0}))
                .isTrue();
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.AFT, pos, vel, new double[] {LEO_M + below, -3_000e3, 0}))
                .isTrue();
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.LEFT, pos, vel, new double[] {LEO_M + below, 0, 3_000e3}))
                .isTrue();
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.RIGHT, pos, vel, new double[] {LEO_M + below, 0, -3_000e3}))
                .isTrue();
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.GROUND, pos, vel, new double[] {A_M, 100e3, 0})).isTrue();
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.FORE, pos, vel, new double[] {LEO_M + below, 0, 3_000e3}))
                .isFalse();
        assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.LEFT, pos, vel, new double[] {LEO_M + below, 0, -3_000e3}))
                .isFalse();
    }

    @Test
    void sunJustBehindThePartnerBlindsTheReceiver() {
        double[] receiver = {LEO_M, 0, 0};
        double[] partner = {LEO_M, 1_000e3, 0}; // line of sight along +y
        assertThat(geometry.sunInExclusion(receiver, partner, unit(0, 1, 0))).isTrue();
        assertThat(geometry.sunInExclusion(receiver, partner, unitAtDeg(2.9))).isTrue();
        assertThat(geometry.sunInExclusion(receiver, partner, unitAtDeg(3.1))).isFalse();
        assertThat(geometry.sunInExclusion(receiver, partner, unit(0, -1, 0))).isFalse();
    }

    @Test
    void sunHiddenByTheEarthDoesNotBlind() {
        // Receiver behind the Earth from the Sun (+x), looking toward the Earth at a lower partner.
        double[] receiver = {-LEO_M, 0, 0};
        double[] partner = {-LEO_M + 300e3, 0, 0};
        assertThat(geometry.sunInExclusion(receiver, partner, unit(1, 0, 0))).isFalse();
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    /** Unit vector at the given angle from +y toward +z. */
    private static double[] unitAtDeg(double deg) {
        return unit(0, Math.cos(Math.toRadians(deg)), Math.sin(Math.toRadians(deg)));
    }
}

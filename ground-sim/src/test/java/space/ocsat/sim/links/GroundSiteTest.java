package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** LNK-006: Earth rotation, site positions and elevations. */
class GroundSiteTest {

    @Test
    void gmstMatchesValladoExample3Dash5() {
        // Vallado, Fundamentals of Astrodynamics and Applications, example 3-5: 1992-08-20 12:14 UT1 → 152.578787810°.
        double gmstDeg = Math.toDegrees(EarthRotation.gmstRad(unixS("1992-08-20T12:14:00Z")));
        assertThat(gmstDeg).isCloseTo(152.578787810, within(1e-6));
    }

    @Test
    void gmstMatchesMeeusExamples12aAnd12b() {
        // Meeus, Astronomical Algorithms, examples 12.a and 12.b: 13h10m46.3668s and 8h34m57.0896s.
        assertThat(Math.toDegrees(EarthRotation.gmstRad(unixS("1987-04-10T00:00:00Z"))))
                .isCloseTo((13 + 10 / 60.0 + 46.3668 / 3600) * 15, within(1e-6));
        assertThat(Math.toDegrees(EarthRotation.gmstRad(unixS("1987-04-10T19:21:00Z"))))
                .isCloseTo((8 + 34 / 60.0 + 57.0896 / 3600) * 15, within(1e-6));
    }

    @Test
    void siteReturnsToTheSameEciPlaceAfterOneSiderealDay() {
        GroundSite site = GroundSites.TENERIFE_OGS;
        double t0 = unixS("2026-03-20T12:00:00Z");
        double[] start = new double[3];
        double[] later = new double[3];
        site.positionEci(t0, start);
        site.positionEci(t0 + 86_164.0905, later);
        assertThat(LinkGeometry.rangeM(start, later)).isLessThan(1.0);
        site.positionEci(t0 + 43_082.045, later);
        assertThat(Math.hypot(later[0] + start[0], later[1] + start[1])).as("half a turn later").isLessThan(1.0);
        assertThat(Wgs84.heightM(start[0], start[1], start[2])).isCloseTo(2_400.0, within(1e-3));
    }

    @Test
    void satelliteStraightOverheadIsAtNinetyDegreesElevation() {
        double t = unixS("2026-06-21T03:00:00Z");
        for (GroundSite site : GroundSites.defaultNetwork()) {
            double[] satellite = overhead(site, t, 550e3);
            assertThat(Math.toDegrees(site.elevationRad(t, satellite))).as(site.name()).isCloseTo(90.0, within(1e-6));
            assertThat(site.aboveMaskAtGmst(EarthRotation.gmstRad(t), satellite)).isTrue();
        }
    }

    @Test
    void pointAlongTheLocalHorizonIsAtZeroElevationAndBelowTheMask() {
        GroundSite site = GroundSites.MOUNT_STROMLO;
        double t = unixS("2026-01-01T00:00:00Z");
        double gmst = EarthRotation.gmstRad(t);
        double[] pos = new double[3];
        site.positionEciAtGmst(gmst, pos);
        double[] up = new double[3];
        double[] above = overhead(site, t, 1.0);
        for (int i = 0; i < 3; i++) {
            up[i] = above[i] - pos[i];
        }
        // Any direction perpendicular to up: up × z.
        double[] horizon = {pos[0] + 1_000e3 * up[1], pos[1] - 1_000e3 * up[0], pos[2]};
        assertThat(Math.toDegrees(site.elevationAtGmstRad(gmst, horizon))).isCloseTo(0.0, within(1e-6));
        assertThat(site.aboveMaskAtGmst(gmst, horizon)).isFalse();
    }

    @Test
    void defaultNetworkHasSevenNamedSitesWithATwentyDegreeMask() {
        List<GroundSite> sites = GroundSites.defaultNetwork();
        assertThat(sites).hasSizeGreaterThanOrEqualTo(6);
        Set<String> names = new HashSet<>();
        for (GroundSite site : sites) {
            assertThat(names.add(site.name())).as("unique name %s", site.name()).isTrue();
            assertThat(site.minElevationDeg()).isEqualTo(20.0);
        }
        assertThat(sites).extracting(GroundSite::latitudeDeg).anyMatch(lat -> lat < 0);
    }

    @Test
    void rejectsAClearSkyFractionOfZero() {
        assertThatThrownBy(() -> new GroundSite("x", 0, 0, 0, 20, 0.0, 3600))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clearSkyFraction");
    }

    /** ECI position at a height above the site along its local vertical. */
    private static double[] overhead(GroundSite site, double unixS, double heightM) {
        double lat = Math.toRadians(site.latitudeDeg());
        double lon = Math.toRadians(site.longitudeDeg());
        double[] fixed = new double[3];
        Wgs84.toEarthFixed(lat, lon, site.heightM() + heightM, fixed);
        double gmst = EarthRotation.gmstRad(unixS);
        return new double[] {
            Math.cos(gmst) * fixed[0] - Math.sin(gmst) * fixed[1],
            Math.sin(gmst) * fixed[0] + Math.cos(gmst) * fixed[1],
            fixed[2]};
    }

    private static double unixS(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }
}

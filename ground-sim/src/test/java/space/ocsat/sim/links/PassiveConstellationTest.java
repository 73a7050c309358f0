package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.sim.model.PartnerGeometry.View;
import space.ocsat.sim.orbit.OrbitGeometry;
import space.ocsat.sim.orbit.SunEphemeris;

/** The world of satellite 0 of the default shell: which partners its terminals take, see, and at what rate. */
class PassiveConstellationTest {
    private static final double EPOCH_UNIX_S = 1_774_008_000.0; // 2026-03-20T12:00:00Z
    /** The default mission's shell: 53°:66/6/1 at 550 km, plane 0 at the node that gives β = 0 at the epoch. */
    private final WalkerConstellation shell = new WalkerConstellation(6, 11, 1, 550, 53, EPOCH_UNIX_S,
            Math.toDegrees(OrbitGeometry.raanForZeroBetaRad(Math.toRadians(53), EPOCH_UNIX_S)));
    private final PassiveConstellation world = new PassiveConstellation(shell, 0, GroundSites.defaultNetwork(), 1);
    private final double[] pos = new double[3];
    private final double[] vel = new double[3];
    private final double[] sun = new double[3];
    private final double[] out = new double[3];

    private void at(double t) {
        shell.orbit(0).stateAt(t, pos, vel);
        SunEphemeris.directionEci(EPOCH_UNIX_S + t, sun);
        world.update(EPOCH_UNIX_S + t, pos, vel, sun);
    }

    @Test
    void interSatelliteTerminalsTakeOtherSatellitesAndTheGroundTerminalTakesStations() {
        int station = OpticalTerminals.GROUND_STATION_BASE;
        assertThat(world.accepts(OpticalTerminals.FORE, 1)).isTrue();
        assertThat(world.accepts(OpticalTerminals.RIGHT, 65)).isTrue();
        assertThat(world.accepts(OpticalTerminals.FORE, 0)).as("itself").isFalse();
        assertThat(world.accepts(OpticalTerminals.LEFT, 66)).isFalse();
        assertThat(world.accepts(OpticalTerminals.LEFT, station)).isFalse();
        assertThat(world.accepts(OpticalTerminals.GROUND, station + 6)).isTrue();
        assertThat(world.accepts(OpticalTerminals.GROUND, station + 7)).isFalse();
        assertThat(world.accepts(OpticalTerminals.GROUND, 1)).isFalse();
        assertThat(world.accepts(5, 1)).isFalse();
    }

    @Test
    void boresightsAreTheMountsAxesInTheOrbitalFrame() {
        at(1234);
        double r = norm(pos);
        double[] h = cross(pos, vel);
        double hn = norm(h);
        double[] along = cross(h, pos);
        double an = norm(along);
        world.boresight(OpticalTerminals.FORE, out);
        assertThat(dot(out, along) / an).isCloseTo(1, within(1e-12));
        world.boresight(OpticalTerminals.AFT, out);
        assertThat(dot(out, along) / an).isCloseTo(-1, within(1e-12));
        world.boresight(OpticalTerminals.LEFT, out);
        assertThat(dot(out, h) / hn).isCloseTo(1, within(1e-12));
        world.boresight(OpticalTerminals.RIGHT, out);
        assertThat(dot(out, h) / hn).isCloseTo(-1, within(1e-12));
        world.boresight(OpticalTerminals.GROUND, out);
        assertThat(dot(out, pos) / r).isCloseTo(-1, within(1e-12));
    }

    @Test
    void theInPlaneNeighbourIsInViewAtTheChordAndTheFarSideOfThePlaneIsBehindTheEarth() {
        at(0);
        assertThat(world.look(OpticalTerminals.FORE, 1, out)).isEqualTo(View.CLEAR);
        assertThat(world.rangeM()).as("chord of 32.7° at 6 928 km").isCloseTo(3.903e6, within(2e3));
        assertThat(norm(out)).isCloseTo(1, within(1e-12));
        assertThat(world.look(OpticalTerminals.AFT, 1, out)).isEqualTo(View.OUT_OF_FIELD);
        assertThat(world.look(OpticalTerminals.FORE, 5, out)).isEqualTo(View.EARTH_BLOCKS);
        assertThat(world.rateBps(1, 3.903e6)).isEqualTo(25e9);
        assertThat(world.rateBps(OpticalTerminals.GROUND_STATION_BASE, 1.3e6)).isEqualTo(100e9);
        assertThat(world.marginDb(1, 3.903e6)).isCloseTo(4.8, within(0.1));
    }

    @Test
    void aStationBelowItsMaskOrUnderCloudIsNotInView() {
        int koganei = OpticalTerminals.GROUND_STATION_BASE + 3;
        at(0);
        assertThat(world.look(OpticalTerminals.GROUND, koganei, out)).isEqualTo(View.BELOW_MASK);
        at(2100); // Koganei's pass of the reference orbit, above 20° from 1946 s to 2285 s
        assertThat(world.look(OpticalTerminals.GROUND, koganei, out)).isIn(View.CLEAR, View.CLOUDS);
        world.clouds().forceCloudy(3, true);
        assertThat(world.look(OpticalTerminals.GROUND, koganei, out)).isEqualTo(View.CLOUDS);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}

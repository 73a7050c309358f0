package space.ocsat.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.fsw.links.OrbitTable;
import space.ocsat.fsw.links.Sightline;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.sim.links.GroundSite;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.links.TerminalMount;
import space.ocsat.sim.links.WalkerConstellation;
import space.ocsat.sim.model.OrbitEnvironment;
import space.ocsat.sim.model.PartnerGeometry.View;

/**
 * The link tables the simulator uplinks to the flight software describe the simulated world: the flight software's
 * own propagation of the table puts every partner where the simulator flies it, and its own line-of-sight and
 * field-of-regard checks agree with the simulator's geometry.
 */
class LinkTablesTest {
    private final Simulation sim = SimulationFixture.reference(1);
    private final LinkConfig table = sim.fswConfig().links;
    private final PassiveConstellation world = sim.world();
    private final WalkerConstellation shell = world.shell();

    @Test
    void theTableIsTheShellAroundTheSatellitesOwnOrbit() {
        assertThat(table.validate().satellites()).isEqualTo(66);
        assertThat(table.planes).isEqualTo(6);
        assertThat(table.perPlane).isEqualTo(11);
        assertThat(table.self).isZero();
        assertThat(table.epochUnixS).isEqualTo(sim.mission().epochUnixS());
        var own = sim.orbit().elements();
        assertThat(table.semiMajorAxisM[0]).isEqualTo(own.semiMajorAxisM());
        assertThat(table.inclinationRad[0]).isCloseTo(own.inclinationRad(), within(1e-15));
        assertThat(table.raanRad[0]).isCloseTo(own.raanRad(), within(1e-12));
        assertThat(table.argLatRad[0]).isZero();
        assertThat(Math.toDegrees(table.raanRad[11] - table.raanRad[0]))
                .as("next plane 60° east").isCloseTo(60, within(1e-9));
    }

    @Test
    void theFlightSoftwarePredictsEveryPartnerWhereTheSimulatorFliesIt() {
        OrbitTable onBoard = new OrbitTable(table);
        double[] p = new double[3];
        double[] v = new double[3];
        double[] q = new double[3];
        double[] w = new double[3];
        double worstM = 0;
        double worstMps = 0;
        for (int id = 0; id < shell.size(); id++) {
            for (double t = 0; t <= 86_400; t += 3_600) {
                onBoard.state(id, table.epochUnixS + t, p, v);
                shell.orbit(id).stateAt(t, q, w);
                worstM = Math.max(worstM, Math.sqrt(sq(p[0] - q[0]) + sq(p[1] - q[1]) + sq(p[2] - q[2])));
                worstMps = Math.max(worstMps, Math.sqrt(sq(v[0] - w[0]) + sq(v[1] - w[1]) + sq(v[2] - w[2])));
            }
        }
        assertThat(worstM).as("same mean elements, same secular J2 rates").isLessThan(1.0);
        assertThat(worstMps).as("the table's velocity leaves out the node's drift, Ω̇·r ≈ 6 m/s").isLessThan(10);
    }

    @Test
    void stationsMaskAndFieldsOfRegardAreTheSimulators() {
        assertThat(table.sites()).isEqualTo(world.siteCount()).isEqualTo(7);
        for (int k = 0; k < table.sites(); k++) {
            GroundSite site = world.site(k);
            assertThat(Math.toDegrees(table.siteLatRad[k])).isCloseTo(site.latitudeDeg(), within(1e-12));
            assertThat(Math.toDegrees(table.siteLonRad[k])).isCloseTo(site.longitudeDeg(), within(1e-12));
            assertThat(table.siteHeightM[k]).isEqualTo(site.heightM());
        }
        assertThat(Math.toDegrees(table.siteElevationMaskRad)).isCloseTo(20, within(1e-12));
        TerminalMount[] mounts = {TerminalMount.FORE, TerminalMount.AFT, TerminalMount.LEFT, TerminalMount.RIGHT};
        for (int t = 0; t < mounts.length; t++) {
            assertThat(table.forAzimuthRad[t]).isEqualTo(mounts[t].boresightAzimuthRad());
            assertThat(table.forHalfWidthRad[t]).isEqualTo(mounts[t].azimuthHalfWidthRad());
        }
        assertThat(table.forMinElevationRad).isEqualTo(TerminalMount.FORE.minElevationRad());
        assertThat(table.forMaxElevationRad).isEqualTo(TerminalMount.FORE.maxElevationRad());
        assertThat(table.groundConeRad).isEqualTo(TerminalMount.GROUND.nadirConeHalfAngleRad());
        assertThat(table.grazingHeightM).isEqualTo(80_000);
    }

    /**
     * Over a day, every 10 s, for the in-plane neighbours, both cross-plane neighbours and every station: the flight
     * software's "in view" (line of sight and field of regard, station above its mask) against the simulator's view
     * (Sun and clouds aside, which the flight software does not predict). They may differ only in the second a
     * partner crosses an edge.
     */
    @Test
    void theFlightSoftwaresViewAgreesWithTheSimulatorsGeometry() {
        Sightline sight = new Sightline(table);
        OrbitTable onBoard = new OrbitTable(table);
        OrbitEnvironment self = new OrbitEnvironment(sim.orbit());
        int[][] pairs = {{OpticalTerminals.FORE, 1}, {OpticalTerminals.AFT, 10},
            {OpticalTerminals.LEFT, shell.nextPlaneNeighbour(0)}, {OpticalTerminals.RIGHT, shell.nextPlaneNeighbour(0)},
            {OpticalTerminals.LEFT, shell.previousPlaneNeighbour(0)},
            {OpticalTerminals.RIGHT, shell.previousPlaneNeighbour(0)}};
        double[] los = new double[3];
        double[] other = new double[3];
        double[] otherVel = new double[3];
        int samples = 0;
        int disagree = 0;
        int inView = 0;
        for (double t = 0; t <= 86_400; t += 10) {
            self.update(t);
            double unixS = self.epochUnixS() + t;
            double[] pos = self.positionTruthM();
            double[] vel = self.velocityTruthMps();
            world.update(unixS, pos, vel, self.sunDirectionTruth());
            for (int[] pair : pairs) {
                onBoard.state(pair[1], unixS, other, otherVel);
                boolean fsw = sight.clear(pos, other) && sight.inFieldOfRegard(pair[0], pos, vel, other);
                View v = world.look(pair[0], pair[1], los);
                boolean simulator = v == View.CLEAR || v == View.SUN;
                samples++;
                disagree += fsw != simulator ? 1 : 0;
                inView += simulator ? 1 : 0;
            }
            for (int k = 0; k < table.sites(); k++) {
                boolean fsw = sight.siteInView(k, unixS, pos, vel, other);
                View v = world.look(OpticalTerminals.GROUND, OpticalTerminals.GROUND_STATION_BASE + k, los);
                boolean simulator = v == View.CLEAR || v == View.SUN || v == View.CLOUDS;
                samples++;
                disagree += fsw != simulator ? 1 : 0;
                inView += simulator ? 1 : 0;
            }
        }
        assertThat(inView).as("enough in view to compare").isGreaterThan(samples / 5);
        assertThat((double) disagree / samples).as("%d of %d samples disagree", disagree, samples)
                .isLessThan(1e-3);
    }

    private static double sq(double x) {
        return x * x;
    }
}

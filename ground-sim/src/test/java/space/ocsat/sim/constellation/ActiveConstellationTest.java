package space.ocsat.sim.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.links.CloudModel;
import space.ocsat.sim.links.GroundSites;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.links.WalkerConstellation;
import space.ocsat.sim.model.PartnerGeometry.View;
import space.ocsat.sim.orbit.SunEphemeris;

class ActiveConstellationTest {
    private static final int N = 66;
    private final WalkerConstellation shell = new MissionConfig().constellation();
    private final CloudModel weather = new CloudModel(GroundSites.defaultNetwork(), 1, 1);
    private final PointingTable table = new PointingTable(N, 5, GroundSites.defaultNetwork().size());
    private final int[][] partner = new int[N][5];
    private final TerminalState[][] state = new TerminalState[N][5];
    private final double[] los = new double[3];

    ActiveConstellationTest() {
        for (int s = 0; s < N; s++) {
            Arrays.fill(partner[s], OpticalTerminals.NO_PARTNER);
            Arrays.fill(state[s], TerminalState.IDLE);
        }
    }

    private OpticalTerminals terminals(int s) {
        return (OpticalTerminals) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OpticalTerminals.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "count" -> 5;
                    case "state" -> state[s][(Integer) args[0]];
                    case "partnerId" -> partner[s][(Integer) args[0]];
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private void command(int s, int terminal, int p, TerminalState st) {
        partner[s][terminal] = p;
        state[s][terminal] = st;
    }

    private ActiveConstellation worldOf(int self, double tS) {
        PassiveConstellation geometry = new PassiveConstellation(shell, self, GroundSites.defaultNetwork(), weather);
        double[] pos = new double[3];
        double[] vel = new double[3];
        double[] sun = new double[3];
        shell.orbit(self).stateAt(tS, pos, vel);
        SunEphemeris.directionEci(shell.epochUnixS() + tS, sun);
        ActiveConstellation world = new ActiveConstellation(geometry, table);
        world.update(shell.epochUnixS() + tS, pos, vel, sun);
        return world;
    }

    @Test
    void anInterSatelliteLinkClosesOnlyWhileThePartnerPointsBack() {
        ActiveConstellation sat0 = worldOf(0, 0);
        int ahead = shell.foreNeighbour(0);
        table.snapshot(this::terminals);
        assertThat(sat0.look(OpticalTerminals.FORE, ahead, los)).isEqualTo(View.PARTNER_NOT_POINTING);

        command(ahead, OpticalTerminals.AFT, 5, TerminalState.TRACKING); // pointing at someone else
        table.snapshot(this::terminals);
        assertThat(sat0.look(OpticalTerminals.FORE, ahead, los)).isEqualTo(View.PARTNER_NOT_POINTING);

        command(ahead, OpticalTerminals.AFT, 0, TerminalState.POINTING);
        table.snapshot(this::terminals);
        assertThat(sat0.look(OpticalTerminals.FORE, ahead, los)).isEqualTo(View.CLEAR);

        command(ahead, OpticalTerminals.AFT, 0, TerminalState.LOST);
        table.snapshot(this::terminals);
        assertThat(sat0.look(OpticalTerminals.FORE, ahead, los)).isEqualTo(View.PARTNER_NOT_POINTING);
    }

    @Test
    void geometryIsJudgedBeforeThePartnersState() {
        ActiveConstellation sat0 = worldOf(0, 0);
        int behind = shell.aftNeighbour(0);
        command(behind, OpticalTerminals.FORE, 0, TerminalState.TRACKING);
        table.snapshot(this::terminals);
        assertThat(sat0.look(OpticalTerminals.FORE, behind, los)).isEqualTo(View.OUT_OF_FIELD);
    }

    @Test
    void aStationServesOneSatelliteAtATimeAndTheOneUsingItKeepsIt() {
        int station = OpticalTerminals.GROUND_STATION_BASE + 2;
        command(9, OpticalTerminals.GROUND, station, TerminalState.POINTING);
        table.snapshot(this::terminals);
        assertThat(table.stationUser(2)).isEqualTo(9);

        command(4, OpticalTerminals.GROUND, station, TerminalState.POINTING);
        table.snapshot(this::terminals);
        assertThat(table.stationUser(2)).as("the satellite using it keeps it").isEqualTo(9);

        command(9, OpticalTerminals.GROUND, OpticalTerminals.NO_PARTNER, TerminalState.IDLE);
        command(3, OpticalTerminals.GROUND, station, TerminalState.POINTING);
        table.snapshot(this::terminals);
        assertThat(table.stationUser(2)).as("released: the lowest id asking gets it").isEqualTo(3);
    }

    @Test
    void aSatelliteTheStationDoesNotServeSeesItBusy() {
        // a time when satellite 0 has a station in view: scan for one
        for (int t = 0; t < 6000; t += 10) {
            ActiveConstellation sat0 = worldOf(0, t);
            for (int k = 0; k < 7; k++) {
                int station = OpticalTerminals.GROUND_STATION_BASE + k;
                if (sat0.geometry().look(OpticalTerminals.GROUND, station, los) != View.CLEAR) {
                    continue;
                }
                command(0, OpticalTerminals.GROUND, station, TerminalState.POINTING);
                command(1, OpticalTerminals.GROUND, station, TerminalState.TRACKING);
                table.snapshot(this::terminals); // satellite 0 asks first among equals: the lower id
                assertThat(sat0.look(OpticalTerminals.GROUND, station, los)).isEqualTo(View.CLEAR);
                ActiveConstellation sat1 = worldOf(1, t);
                if (sat1.geometry().look(OpticalTerminals.GROUND, station, los) == View.CLEAR) {
                    assertThat(sat1.look(OpticalTerminals.GROUND, station, los)).isEqualTo(View.STATION_BUSY);
                }
                return;
            }
        }
        throw new AssertionError("satellite 0 saw no station in 6000 s");
    }
}

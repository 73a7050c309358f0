package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.sim.orbit.OrbitElements;

/** LNK-002: the Walker-delta layout, satellite ids and neighbours. */
class WalkerConstellationTest {
    private static final double EPOCH_UNIX_S = 1_774_008_000.0; // 2026-03-20T12:00:00Z
    private final WalkerConstellation shell = WalkerConstellation.defaultShell(EPOCH_UNIX_S);

    @Test
    void defaultShellHasSixtySixSatellitesInSixPlanesOfEleven() {
        assertThat(shell.size()).isEqualTo(66);
        assertThat(shell.planes()).isEqualTo(6);
        assertThat(shell.perPlane()).isEqualTo(11);
        for (int id = 0; id < shell.size(); id++) {
            OrbitElements e = shell.elements(id);
            assertThat(e.semiMajorAxisM() - 6_378_137.0).isCloseTo(550e3, within(1e-6));
            assertThat(Math.toDegrees(e.inclinationRad())).isCloseTo(53.0, within(1e-12));
            assertThat(e.eccentricity()).isZero();
            assertThat(e.epochUnixS()).isEqualTo(EPOCH_UNIX_S);
        }
    }

    @Test
    void planesAreSpacedSixtyDegreesInRaan() {
        for (int id = 0; id < shell.size(); id++) {
            double raanDeg = Math.toDegrees(shell.elements(id).raanRad());
            assertThat(raanDeg).as("satellite %d", id).isCloseTo(60.0 * shell.planeOf(id), within(1e-9));
        }
    }

    @Test
    void eachPlaneIsPhasedOneSixtySixthOfATurnAheadOfThePrevious() {
        double spacingDeg = 360.0 / 11;
        double phasingDeg = 360.0 / 66; // F = 1: F·360°/T
        for (int plane = 0; plane < 6; plane++) {
            for (int slot = 0; slot < 11; slot++) {
                double uDeg = Math.toDegrees(shell.elements(shell.id(plane, slot)).meanAnomalyRad());
                assertThat(uDeg).isCloseTo(slot * spacingDeg + plane * phasingDeg, within(1e-9));
            }
        }
    }

    @Test
    void phasingTwoDoublesTheOffsetBetweenPlanes() {
        WalkerConstellation f2 = new WalkerConstellation(6, 11, 2, 550, 53, EPOCH_UNIX_S, 0);
        double uDeg = Math.toDegrees(f2.argumentOfLatitudeAtEpochRad(3, 0));
        assertThat(uDeg).isCloseTo(3 * 2 * 360.0 / 66, within(1e-9));
    }

    @Test
    void raanOffsetTurnsEveryPlane() {
        WalkerConstellation turned = new WalkerConstellation(6, 11, 1, 550, 53, EPOCH_UNIX_S, 15.0);
        assertThat(Math.toDegrees(turned.raanRad(2))).isCloseTo(135.0, within(1e-9));
    }

    @Test
    void inPlaneNeighboursAreAbout3900KmApartAndStaySo() {
        // Chord of 360°/11 at a = 6 928 137 m: 2a·sin(16.36°) = 3 903 km (the brief's "~3,800 km" rounded down).
        double[] p = new double[3];
        double[] v = new double[3];
        double[] q = new double[3];
        double[] w = new double[3];
        for (double t = 0; t <= 86_400; t += 3_600) {
            for (int id = 0; id < shell.size(); id++) {
                shell.orbit(id).stateAt(t, p, v);
                shell.orbit(shell.foreNeighbour(id)).stateAt(t, q, w);
                assertThat(LinkGeometry.rangeM(p, q)).isCloseTo(3_903e3, within(1e3));
            }
        }
    }

    @Test
    void idsArePlaneTimesPerPlanePlusSlot() {
        assertThat(shell.id(0, 0)).isZero();
        assertThat(shell.id(2, 5)).isEqualTo(27);
        assertThat(shell.id(5, 10)).isEqualTo(65);
        for (int id = 0; id < shell.size(); id++) {
            assertThat(shell.id(shell.planeOf(id), shell.slotOf(id))).isEqualTo(id);
        }
    }

    @Test
    void foreAndAftNeighboursAreTheNextAndPreviousSlotsWrappingAroundThePlane() {
        assertThat(shell.foreNeighbour(0)).isEqualTo(1);
        assertThat(shell.aftNeighbour(0)).isEqualTo(10);
        assertThat(shell.foreNeighbour(10)).isEqualTo(0);
        assertThat(shell.foreNeighbour(shell.id(3, 10))).isEqualTo(shell.id(3, 0));
        for (int id = 0; id < shell.size(); id++) {
            assertThat(shell.aftNeighbour(shell.foreNeighbour(id))).isEqualTo(id);
        }
    }

    @Test
    void nextPlanePartnerIsTheSatelliteThatMeetsItAtThePlaneCrossing() {
        // Planes 60° apart at 53° cross where u differs by 38.3°: slot 10 of plane 1 (27.3° behind) is nearest.
        assertThat(shell.nextPlaneNeighbour(0)).isEqualTo(shell.id(1, 10));
        assertThat(shell.previousPlaneNeighbour(0)).isEqualTo(shell.id(5, 0));
        for (int id = 0; id < shell.size(); id++) {
            int next = shell.nextPlaneNeighbour(id);
            assertThat(shell.planeOf(next)).isEqualTo((shell.planeOf(id) + 1) % 6);
            assertThat(shell.previousPlaneNeighbour(next)).as("partner of %d", id).isEqualTo(id);
        }
    }

    @Test
    void nextPlanePartnerComesWithinAFewHundredKilometresOfTheMeetingPoint() {
        double closestM = closestApproachOverAnOrbitM(0, shell.nextPlaneNeighbour(0));
        double sameSlotClosestM = closestApproachOverAnOrbitM(0, shell.id(1, 0));
        assertThat(closestM).isLessThan(1_300e3);
        assertThat(closestM).isLessThan(sameSlotClosestM);
    }

    @Test
    void closelySpacedPlanesPairTheSatelliteNearestInArgumentOfLatitude() {
        WalkerConstellation dense = new WalkerConstellation(72, 22, 0, 550, 53, EPOCH_UNIX_S, 0);
        assertThat(dense.nextPlaneNeighbour(dense.id(10, 7))).isEqualTo(dense.id(11, 7));
    }

    @Test
    void rejectsPhasingOutsideZeroToPlanesMinusOne() {
        assertThatThrownBy(() -> new WalkerConstellation(6, 11, 6, 550, 53, EPOCH_UNIX_S, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phasing");
        assertThatThrownBy(() -> shell.id(6, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private double closestApproachOverAnOrbitM(int a, int b) {
        double[] p = new double[3];
        double[] v = new double[3];
        double[] q = new double[3];
        double[] w = new double[3];
        double closestM = Double.MAX_VALUE;
        for (double t = 0; t <= shell.orbit(a).nodalPeriodS(); t += 10) {
            shell.orbit(a).stateAt(t, p, v);
            shell.orbit(b).stateAt(t, q, w);
            closestM = Math.min(closestM, LinkGeometry.rangeM(p, q));
        }
        return closestM;
    }
}

package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LNK-004: the fields of regard reach the partners of the default shell where the design says they do. */
class TerminalMountTest {
    private static final double EPOCH_UNIX_S = 1_774_008_000.0;
    private final WalkerConstellation shell = WalkerConstellation.defaultShell(EPOCH_UNIX_S);
    private final LinkGeometry geometry = LinkGeometry.defaults();
    private final double[] p = new double[3];
    private final double[] v = new double[3];
    private final double[] q = new double[3];
    private final double[] w = new double[3];

    @Test
    void eachInterSatelliteBoresightIsInsideItsOwnFieldOfRegard() {
        double down = -0.3;
        assertThat(TerminalMount.FORE.contains(1, 0, down)).isTrue();
        assertThat(TerminalMount.AFT.contains(-1, 0, down)).isTrue();
        assertThat(TerminalMount.LEFT.contains(0, 1, down)).isTrue();
        assertThat(TerminalMount.RIGHT.contains(0, -1, down)).isTrue();
        assertThat(TerminalMount.FORE.contains(-1, 0, down)).isFalse();
        assertThat(TerminalMount.LEFT.contains(0, -1, down)).isFalse();
        assertThat(TerminalMount.FORE.contains(1, 0, -2)).as("63 deg below the horizon").isFalse();
        assertThat(TerminalMount.FORE.contains(1, 0, 1)).as("45 deg above the horizon").isFalse();
    }

    @Test
    void leftAndRightLeaveOnlyTenDegreesEitherSideOfTheVelocityAxisToForeAndAft() {
        double el = -0.3;
        assertThat(TerminalMount.LEFT.contains(Math.cos(Math.toRadians(11)), Math.sin(Math.toRadians(11)), el))
                .isTrue();
        assertThat(TerminalMount.LEFT.contains(Math.cos(Math.toRadians(9)), Math.sin(Math.toRadians(9)), el))
                .isFalse();
        assertThat(TerminalMount.RIGHT.contains(-Math.cos(Math.toRadians(11)), -Math.sin(Math.toRadians(11)), el))
                .isTrue();
        assertThat(TerminalMount.FORE.contains(Math.cos(Math.toRadians(9)), Math.sin(Math.toRadians(9)), el))
                .isTrue();
    }

    @Test
    void groundConeTakesASiteAtTheTwentyDegreeMaskFrom550Km() {
        // Nadir angle of a sea-level site seeing the satellite at 20°: asin(R·cos 20° / (R + h)) = 59.9°.
        double nadirDeg = Math.toDegrees(Math.asin(6_378.137 * Math.cos(Math.toRadians(20)) / 6_928.137));
        assertThat(TerminalMount.GROUND.contains(Math.sin(Math.toRadians(nadirDeg)), 0,
                -Math.cos(Math.toRadians(nadirDeg)))).isTrue();
        assertThat(TerminalMount.GROUND.contains(0, 0, -1)).isTrue();
        assertThat(TerminalMount.GROUND.contains(1, 0, -0.3)).as("near the horizon").isFalse();
    }

    @Test
    void inPlaneNeighboursStayInTheForeAndAftFieldsOfRegardAllDay() {
        for (double t = 0; t <= 86_400; t += 60) {
            for (int id = 0; id < shell.size(); id += 7) {
                shell.orbit(id).stateAt(t, p, v);
                shell.orbit(shell.foreNeighbour(id)).stateAt(t, q, w);
                assertThat(geometry.lineOfSightClear(p, q)).isTrue();
                assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.FORE, p, v, q)).isTrue();
                shell.orbit(shell.aftNeighbour(id)).stateAt(t, q, w);
                assertThat(LinkGeometry.inFieldOfRegard(TerminalMount.AFT, p, v, q)).isTrue();
            }
        }
    }

    @Test
    void crossPlanePartnerInViewIsReachableSidewaysExceptWhileItSwingsAcrossTheVelocityAxis() {
        int partner = shell.nextPlaneNeighbour(0);
        int inView = 0;
        int sideways = 0;
        int unreachable = 0;
        for (double t = 0; t <= shell.orbit(0).nodalPeriodS(); t += 5) {
            shell.orbit(0).stateAt(t, p, v);
            shell.orbit(partner).stateAt(t, q, w);
            if (!geometry.lineOfSightClear(p, q)) {
                continue;
            }
            inView++;
            boolean side = LinkGeometry.inFieldOfRegard(TerminalMount.LEFT, p, v, q)
                    || LinkGeometry.inFieldOfRegard(TerminalMount.RIGHT, p, v, q);
            boolean foreAft = LinkGeometry.inFieldOfRegard(TerminalMount.FORE, p, v, q)
                    || LinkGeometry.inFieldOfRegard(TerminalMount.AFT, p, v, q);
            sideways += side ? 1 : 0;
            unreachable += side || foreAft ? 0 : 1;
        }
        // Two 33 min windows in a 96 min orbit; the swing across ±10° of the velocity axis takes about 1 min each.
        assertThat(inView * 5.0).isBetween(3_800.0, 4_100.0);
        assertThat((double) sideways / inView).isGreaterThan(0.95);
        assertThat(unreachable).isZero();
    }
}

package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OrbitGeometryTest {

    private static final double ALTITUDE_M = 550e3;
    private static final double R = EarthConstants.EQUATORIAL_RADIUS_M;

    @Test
    void raanForZeroBetaPutsTheSunInTheMeanOrbitPlane() {
        String[] instants = {"2026-03-20T12:00:00Z", "2026-06-21T08:24:00Z", "2026-11-05T03:00:00Z"};
        double[] inclinationsDeg = {30.0, 53.0, 97.6, 140.0};
        double[] sun = new double[3];
        for (String instant : instants) {
            double unixS = TestTimes.unixS(instant);
            SunEphemeris.directionEci(unixS, sun);
            for (double inclinationDeg : inclinationsDeg) {
                double i = StrictMath.toRadians(inclinationDeg);
                double raan = OrbitGeometry.raanForZeroBetaRad(i, unixS);
                double normalDotSun = StrictMath.sin(raan) * StrictMath.sin(i) * sun[0]
                        - StrictMath.cos(raan) * StrictMath.sin(i) * sun[1] + StrictMath.cos(i) * sun[2];

                assertThat(raan).isBetween(0.0, 2.0 * StrictMath.PI);
                assertThat(normalDotSun).as("%s, i = %s°", instant, inclinationDeg).isCloseTo(0.0, within(1e-14));
                assertThat(ltanHours(raan, unixS)).as("LTAN on the day side").isBetween(6.0, 18.0);
            }
        }
    }

    @Test
    void raanForZeroBetaAtTheEquinoxIsANoonNode() {
        double unixS = TestTimes.unixS("2026-03-20T14:46:00Z");

        double raan = OrbitGeometry.raanForZeroBetaRad(StrictMath.toRadians(53.0), unixS);

        assertThat(ltanHours(raan, unixS)).isCloseTo(12.0, within(0.01));
    }

    @Test
    void raanForZeroBetaIsRejectedWhenTheSunIsOutOfReach() {
        double solsticeUnixS = TestTimes.unixS("2026-06-21T08:24:00Z");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrbitGeometry.raanForZeroBetaRad(StrictMath.toRadians(10.0), solsticeUnixS))
                .withMessageContaining("beta = 0");
    }

    @Test
    void raanForLocalTimeOfAscendingNodeOffsetsFifteenDegreesPerHourFromTheSun() {
        double unixS = TestTimes.unixS("2026-09-01T00:00:00Z");
        double raSun = SunEphemeris.rightAscensionRad(unixS);

        assertThat(OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(12.0, unixS)).isCloseTo(raSun, within(1e-15));
        assertThat(ltanHours(OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(18.0, unixS), unixS))
                .isCloseTo(18.0, within(1e-12));
        assertThat(ltanHours(OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(6.0, unixS), unixS))
                .isCloseTo(6.0, within(1e-12));
        assertThat(OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(-30.0, unixS)).isBetween(0.0, 2.0 * StrictMath.PI);
    }

    @Test
    void closedFormEclipseAtZeroBetaIsTheReferenceLongestEclipse() {
        double periodS = new J2Orbit(OrbitElements.circular(ALTITUDE_M, StrictMath.toRadians(53.0), 0, 0, 0))
                .nodalPeriodS();

        double eclipseMin = OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, 0.0) * periodS / 60.0;

        // REFERENCE.md: 550 km, 53°: longest eclipse 35.6 min (cylindrical shadow).
        assertThat(eclipseMin).isCloseTo(35.6, within(0.05));
    }

    @Test
    void closedFormEclipseShrinksWithBetaAndVanishesAtTheCriticalBeta() {
        double betaStarRad = StrictMath.asin(R / (R + ALTITUDE_M));
        double previous = OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, 0.0);
        for (double beta = 0.01; beta < betaStarRad; beta += 0.01) {
            double fraction = OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, beta);
            assertThat(fraction).isLessThan(previous).isPositive();
            assertThat(OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, -beta)).isEqualTo(fraction);
            previous = fraction;
        }
        assertThat(OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, betaStarRad)).isZero();
        assertThat(OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, 1.5)).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> OrbitGeometry.closedFormEclipseFraction(0.0, 0.0));
    }

    @Test
    void betaIsNinetyDegreesAlongTheOrbitNormalAndZeroInThePlane() {
        double[] pos = {R + ALTITUDE_M, 0.0, 0.0};
        double[] vel = {0.0, 7600.0, 0.0};

        double halfPi = StrictMath.PI / 2;
        assertThat(OrbitGeometry.betaRad(pos, vel, new double[] {0.0, 0.0, 1.0})).isCloseTo(halfPi, within(1e-12));
        assertThat(OrbitGeometry.betaRad(pos, vel, new double[] {0.0, 0.0, -1.0})).isCloseTo(-halfPi, within(1e-12));
        assertThat(OrbitGeometry.betaRad(pos, vel, new double[] {0.6, 0.8, 0.0})).isZero();
    }

    @Test
    void noSunSynchronousOrbitAboveAbout5974Km() {
        assertThat(StrictMath.toDegrees(OrbitGeometry.sunSynchronousInclinationRad(5.9e6))).isBetween(160.0, 180.0);
        assertThatIllegalArgumentException().isThrownBy(() -> OrbitGeometry.sunSynchronousInclinationRad(6.0e6));
        assertThatIllegalArgumentException().isThrownBy(() -> OrbitGeometry.sunSynchronousInclinationRad(-1.0));
    }

    /** LTAN = 12 h + (Ω − α☉)/(15°/h), wrapped to [0, 24). */
    private static double ltanHours(double raanRad, double unixS) {
        double offsetRad = raanRad - SunEphemeris.rightAscensionRad(unixS);
        double hours = 12.0 + StrictMath.toDegrees(offsetRad) / 15.0;
        return hours - 24.0 * StrictMath.floor(hours / 24.0);
    }
}

package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Eclipse durations from stepping the propagator, the ephemeris and the conical shadow at 1 s, checked
 * against the closed-form cylindrical eclipse fraction and the figures in REFERENCE.md ("Environment and
 * orbit").
 */
class EclipseDurationTest {

    private static final double ALTITUDE_M = 550e3;
    private static final double STEP_S = 1.0;

    @Test
    void umbraPerOrbitMatchesClosedFormAtZeroBeta() {
        double epochUnixS = TestTimes.unixS("2026-03-20T12:00:00Z");
        double inclinationRad = StrictMath.toRadians(53.0);
        double raanRad = OrbitGeometry.raanForZeroBetaRad(inclinationRad, epochUnixS);
        J2Orbit orbit = new J2Orbit(OrbitElements.circular(ALTITUDE_M, inclinationRad, raanRad, -0.1, epochUnixS));

        EclipseScan scan = EclipseScan.run(orbit, 3.05 * orbit.nodalPeriodS(), STEP_S);

        // Starting 0.1 rad before the node, the scan crosses it at 0.016, 1.016, 2.016 and 3.016 periods.
        assertThat(scan.ascendingNodeTimesS).hasSize(4);
        double measuredPeriodS = (scan.ascendingNodeTimesS.get(3) - scan.ascendingNodeTimesS.get(0)) / 3.0;
        assertThat(measuredPeriodS).isCloseTo(orbit.nodalPeriodS(), within(0.01));
        assertThat(scan.umbraIntervalsS).hasSize(3);
        for (int i = 0; i < 3; i++) {
            double betaRad = scan.umbraBetaRad.get(i);
            double umbraMin = EclipseScan.durationS(scan.umbraIntervalsS.get(i)) / 60.0;
            double closedFormMin =
                    OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, betaRad) * measuredPeriodS / 60.0;
            assertThat(StrictMath.toDegrees(betaRad)).as("beta of eclipse %d", i).isCloseTo(0.0, within(2.0));
            // The conical umbra is ~0.4 % shorter than the cylindrical shadow at this geometry; 1 s sampling
            // adds ±1 s.
            assertThat(umbraMin).as("umbra minutes of eclipse %d", i)
                    .isCloseTo(closedFormMin, within(0.02 * closedFormMin));
            // REFERENCE.md: longest eclipse at 550 km is 35.6 min (cylindrical shadow).
            assertThat(umbraMin).isCloseTo(35.6, within(0.3));
        }
    }

    @Test
    void dawnDuskSunSynchronousOrbitIsNeverShadowedAtTheDecemberSolstice() {
        double epochUnixS = TestTimes.unixS("2026-12-21T00:00:00Z");
        J2Orbit orbit = dawnDuskOrbit(epochUnixS);

        EclipseScan scan = EclipseScan.run(orbit, 2.0 * orbit.nodalPeriodS(), STEP_S);

        assertThat(scan.umbraIntervalsS).isEmpty();
        assertThat(scan.minIllumination).isEqualTo(1.0);
        assertThat(StrictMath.toDegrees(betaAtEpoch(orbit))).isGreaterThan(70.0);
    }

    @Test
    void dawnDuskSunSynchronousOrbitHasShortEclipsesAtTheJuneSolstice() {
        double epochUnixS = TestTimes.unixS("2026-06-21T00:00:00Z");
        J2Orbit orbit = dawnDuskOrbit(epochUnixS);

        EclipseScan scan = EclipseScan.run(orbit, 3.0 * orbit.nodalPeriodS(), STEP_S);

        assertThat(scan.umbraIntervalsS).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < scan.umbraIntervalsS.size(); i++) {
            double betaDeg = StrictMath.toDegrees(scan.umbraBetaRad.get(i));
            double umbraMin = EclipseScan.durationS(scan.umbraIntervalsS.get(i)) / 60.0;
            double closedFormMin = OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, scan.umbraBetaRad.get(i))
                    * orbit.nodalPeriodS() / 60.0;
            // REFERENCE.md: eclipses up to 21.7 min at 550 km; beta ≈ 59° at the June solstice.
            assertThat(StrictMath.abs(betaDeg)).as("beta of eclipse %d", i).isCloseTo(59.0, within(0.5));
            assertThat(umbraMin).as("umbra minutes of eclipse %d", i).isBetween(19.0, 22.0);
            // At beta 59° the path crosses the shadow obliquely, so the conical umbra (~12 km narrower than the
            // cylinder 2,700 km behind the terminator) shortens the eclipse by ~1.8 %; it must be shorter.
            assertThat(umbraMin / closedFormMin).as("umbra / closed form, eclipse %d", i).isBetween(0.97, 1.0);
        }
    }

    private static J2Orbit dawnDuskOrbit(double epochUnixS) {
        double inclinationRad = OrbitGeometry.sunSynchronousInclinationRad(ALTITUDE_M);
        double raanRad = OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(18.0, epochUnixS);
        return new J2Orbit(OrbitElements.circular(ALTITUDE_M, inclinationRad, raanRad, 0.0, epochUnixS));
    }

    private static double betaAtEpoch(J2Orbit orbit) {
        double[] pos = new double[3];
        double[] vel = new double[3];
        double[] sun = new double[3];
        orbit.stateAt(0.0, pos, vel);
        SunEphemeris.directionEci(orbit.elements().epochUnixS(), sun);
        return OrbitGeometry.betaRad(pos, vel, sun);
    }
}

package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Checks the low-precision solar ephemeris against published 2026 events (USNO "Earth's Seasons and Apsides"):
 * March equinox 2026-03-20T14:46Z, June solstice 2026-06-21T08:24Z; Earth's apsidal distances are
 * 0.9833 and 1.0167 AU to ±0.0001 in recent years (e.g. 2022: 0.983337 and 1.016715 AU, JPL ephemeris as
 * tabulated by neoprogrammics.com), reached in early January and early July.
 */
class SunEphemerisTest {

    private static final double AU = EarthConstants.AU_M;

    @Test
    void sunCrossesTheEquatorAtTheMarchEquinox2026() {
        double unixS = TestTimes.unixS("2026-03-20T14:46:00Z");

        double decDeg = StrictMath.toDegrees(SunEphemeris.declinationRad(unixS));
        double raSignedDeg = StrictMath.toDegrees(
                StrictMath.IEEEremainder(SunEphemeris.rightAscensionRad(unixS), 2.0 * StrictMath.PI));

        assertThat(decDeg).isCloseTo(0.0, within(0.02));
        assertThat(raSignedDeg).isCloseTo(0.0, within(0.05));
    }

    @Test
    void sunReachesMaximumDeclinationAtTheJuneSolstice2026() {
        double unixS = TestTimes.unixS("2026-06-21T08:24:00Z");

        assertThat(StrictMath.toDegrees(SunEphemeris.declinationRad(unixS))).isCloseTo(23.44, within(0.02));
        assertThat(StrictMath.toDegrees(SunEphemeris.rightAscensionRad(unixS))).isCloseTo(90.0, within(0.05));
    }

    @Test
    void distanceMatchesPerihelionAndAphelion2026() {
        double perihelionAu = extremeDistanceAu(TestTimes.unixS("2026-01-01T00:00:00Z"), -1.0);
        double aphelionAu = extremeDistanceAu(TestTimes.unixS("2026-07-01T00:00:00Z"), 1.0);

        assertThat(perihelionAu).isCloseTo(0.9833, within(0.0005));
        assertThat(aphelionAu).isCloseTo(1.0167, within(0.0005));
    }

    /** Scans ten days hourly; sign −1 finds the minimum distance, +1 the maximum. */
    private static double extremeDistanceAu(double startUnixS, double sign) {
        double best = SunEphemeris.distanceM(startUnixS) / AU;
        for (int hour = 1; hour < 240; hour++) {
            double rAu = SunEphemeris.distanceM(startUnixS + hour * 3600.0) / AU;
            if (sign * (rAu - best) > 0.0) {
                best = rAu;
            }
        }
        return best;
    }

    @Test
    void fluxSpansTheReferenceRangeOverTheYear() {
        double start = TestTimes.unixS("2026-01-01T00:00:00Z");
        double minFlux = Double.MAX_VALUE;
        double maxFlux = 0.0;
        for (int hour = 0; hour < 365 * 24; hour++) {
            double flux = SunEphemeris.fluxWPerM2(start + hour * 3600.0);
            minFlux = StrictMath.min(minFlux, flux);
            maxFlux = StrictMath.max(maxFlux, flux);
        }
        // REFERENCE.md: 1361 W/m² at 1 AU, 1317–1408 over the year.
        assertThat(minFlux).isCloseTo(1317.0, within(1.0));
        assertThat(maxFlux).isCloseTo(1408.0, within(1.0));
    }

    @Test
    void directionIsAUnitVectorConsistentWithRightAscensionAndDeclination() {
        double unixS = TestTimes.unixS("2026-10-01T06:00:00Z");
        double[] sun = new double[3];

        SunEphemeris.directionEci(unixS, sun);

        double ra = SunEphemeris.rightAscensionRad(unixS);
        double dec = SunEphemeris.declinationRad(unixS);
        assertThat(StrictMath.sqrt(sun[0] * sun[0] + sun[1] * sun[1] + sun[2] * sun[2])).isCloseTo(1.0, within(1e-15));
        assertThat(sun[0]).isCloseTo(StrictMath.cos(dec) * StrictMath.cos(ra), within(1e-14));
        assertThat(sun[1]).isCloseTo(StrictMath.cos(dec) * StrictMath.sin(ra), within(1e-14));
        assertThat(sun[2]).isCloseTo(StrictMath.sin(dec), within(1e-14));
    }
}

package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A dawn–dusk sun-synchronous orbit keeps its plane near the terminator all year; REFERENCE.md ("Environment
 * and orbit"): at 550 km, eclipses on ~98 days a year in one season around the June solstice, up to 21.7 min.
 */
class EclipseSeasonTest {

    private static final double ALTITUDE_M = 550e3;

    @Test
    void dawnDuskOrbitHasOneEclipseSeasonAroundTheJuneSolstice() {
        double yearStartUnixS = TestTimes.unixS("2026-01-01T00:00:00Z");
        double inclinationRad = OrbitGeometry.sunSynchronousInclinationRad(ALTITUDE_M);
        double raanRad = OrbitGeometry.raanForLocalTimeOfAscendingNodeRad(18.0, yearStartUnixS);
        J2Orbit orbit = new J2Orbit(OrbitElements.circular(ALTITUDE_M, inclinationRad, raanRad, 0.0, yearStartUnixS));
        double[] pos = new double[3];
        double[] vel = new double[3];
        double[] sun = new double[3];
        int eclipseDays = 0;
        int firstDay = -1;
        int lastDay = -1;
        double longestMin = 0.0;

        for (int day = 0; day < 365; day++) {
            double t = day * EarthConstants.SECONDS_PER_DAY + 43200.0;
            orbit.stateAt(t, pos, vel);
            SunEphemeris.directionEci(yearStartUnixS + t, sun);
            double fraction = OrbitGeometry.closedFormEclipseFraction(ALTITUDE_M, OrbitGeometry.betaRad(pos, vel, sun));
            if (fraction > 0.0) {
                eclipseDays++;
                firstDay = firstDay < 0 ? day : firstDay;
                lastDay = day;
                longestMin = StrictMath.max(longestMin, fraction * orbit.nodalPeriodS() / 60.0);
            }
        }

        assertThat(eclipseDays).isCloseTo(98, within(5));
        assertThat(lastDay - firstDay + 1).as("one contiguous season").isEqualTo(eclipseDays);
        assertThat(0.5 * (firstDay + lastDay)).as("season centre, day of year (June solstice = day 171)")
                .isCloseTo(171.0, within(5.0));
        assertThat(longestMin).isCloseTo(21.7, within(0.1));
    }
}

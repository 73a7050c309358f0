package space.ocsat.sim.links;

import space.ocsat.sim.orbit.EarthConstants;

/**
 * The Earth's rotation angle relative to the simulator's ECI (equator and equinox of date): Greenwich mean
 * sidereal time, IAU 1982 (Aoki et al. 1982), in the form of Meeus, <i>Astronomical Algorithms</i>, 2nd ed.,
 * eq. 12.4: GMST = 280.46061837° + 360.98564736629°·d + 0.000387933°·T² − T³/38 710 000°, with d the days since
 * J2000.0 (2000-01-01T12:00 UT1) and T = d/36 525. Same values as Vallado eq. 3-47 (Vallado example 3-5 is the test).
 *
 * <p>Accuracy of an Earth-fixed point rotated into ECI by this angle:
 * <ul>
 *   <li>UT1 is taken as UTC (Unix time): |UT1 − UTC| ≤ 0.9 s is up to 0.4 km along the equator;</li>
 *   <li>GMST measures the Greenwich meridian from the mean equinox; the true Earth-fixed frame differs from
 *       the mean-of-date one by nutation (equation of the equinoxes ≤ 1.2 s of time, ≤ 0.55 km; ≤ 9.2″ of pole,
 *       ≤ 0.3 km) and polar motion (≤ 0.5″, ≤ 15 m).</li>
 * </ul>
 * So a ground site is within about 1 km of its true place in the simulator's ECI, which moves the elevation of a
 * LEO satellite (≥ 550 km away) by less than 0.1°.
 *
 * <p>All methods are static, deterministic (StrictMath) and allocation-free.
 */
public final class EarthRotation {

    /** J2000.0 as 2000-01-01T12:00:00 UTC, in seconds since the Unix epoch (UT1 taken as UTC). */
    public static final double J2000_UNIX_S = 946_728_000.0;

    private EarthRotation() {
    }

    /**
     * Greenwich mean sidereal time.
     *
     * @param unixS time in seconds since the Unix epoch, UTC (taken as UT1)
     * @return GMST in rad, in [0, 2π)
     */
    public static double gmstRad(double unixS) {
        double days = (unixS - J2000_UNIX_S) / EarthConstants.SECONDS_PER_DAY;
        double centuries = days / 36_525.0;
        // Split d into whole days and the fraction so 360.98564736629·d keeps its precision over decades.
        double wholeDays = StrictMath.floor(days);
        double fraction = days - wholeDays;
        double deg = 280.46061837
                + StrictMath.IEEEremainder(0.98564736629 * wholeDays, 360.0)
                + 360.98564736629 * fraction
                + 0.000387933 * centuries * centuries
                - centuries * centuries * centuries / 38_710_000.0;
        double rad = StrictMath.toRadians(StrictMath.IEEEremainder(deg, 360.0));
        return rad < 0.0 ? rad + 2.0 * StrictMath.PI : rad;
    }
}

package space.ocsat.sim.orbit;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: steps a {@link J2Orbit} at a fixed step and records umbra intervals, the beta angle at each
 * umbra midpoint and the ascending-node crossing times. Intervals cut by the start or end of the scan are
 * dropped. Boundaries are placed half-way between the samples either side (±stepS/2).
 */
final class EclipseScan {

    /** Complete umbra intervals as {entryS, exitS}, seconds since the orbit epoch. */
    final List<double[]> umbraIntervalsS = new ArrayList<>();
    /** Beta angle in rad at the midpoint of each interval in {@link #umbraIntervalsS}. */
    final List<Double> umbraBetaRad = new ArrayList<>();
    /** Ascending-node crossing times in s since the epoch, interpolated linearly in z. */
    final List<Double> ascendingNodeTimesS = new ArrayList<>();
    /** Smallest illumination seen at any step (1 if never shadowed, even partially). */
    double minIllumination = 1.0;

    private EclipseScan() {
    }

    static EclipseScan run(J2Orbit orbit, double durationS, double stepS) {
        EclipseScan scan = new EclipseScan();
        double epochUnixS = orbit.elements().epochUnixS();
        double[] pos = new double[3];
        double[] vel = new double[3];
        double[] sun = new double[3];
        boolean previousUmbra = false;
        double previousZ = Double.NaN;
        double entryS = Double.NaN;
        for (long k = 0; k * stepS <= durationS; k++) {
            double t = k * stepS;
            orbit.stateAt(t, pos, vel);
            SunEphemeris.directionEci(epochUnixS + t, sun);
            double illumination = Shadow.illumination(pos, sun, SunEphemeris.distanceM(epochUnixS + t));
            scan.minIllumination = StrictMath.min(scan.minIllumination, illumination);
            boolean umbra = illumination == 0.0;
            if (k > 0 && umbra && !previousUmbra) {
                entryS = t - stepS / 2.0;
            } else if (k > 0 && !umbra && previousUmbra && !Double.isNaN(entryS)) {
                scan.umbraIntervalsS.add(new double[] {entryS, t - stepS / 2.0});
            }
            if (previousZ < 0.0 && pos[2] >= 0.0) {
                scan.ascendingNodeTimesS.add(t - stepS + stepS * (-previousZ) / (pos[2] - previousZ));
            }
            previousUmbra = umbra;
            previousZ = pos[2];
        }
        for (double[] interval : scan.umbraIntervalsS) {
            double midS = 0.5 * (interval[0] + interval[1]);
            orbit.stateAt(midS, pos, vel);
            SunEphemeris.directionEci(epochUnixS + midS, sun);
            scan.umbraBetaRad.add(OrbitGeometry.betaRad(pos, vel, sun));
        }
        return scan;
    }

    static double durationS(double[] interval) {
        return interval[1] - interval[0];
    }
}

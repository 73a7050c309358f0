package space.ocsat.fsw.links;

import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.fsw.orbit.J2Integrator;

/**
 * The constellation table propagated on board: each satellite's mean circular orbit with the secular effects of J2
 * (Vallado, <i>Fundamentals of Astrodynamics and Applications</i>, §9.6): the node drifts at
 * Ω̇ = −1.5·n·J2·(R/a)²·cos i and the argument of latitude advances at
 * u̇ = n·[1 + 0.75·J2·(R/a)²·(3cos²i − 1)] + 0.75·n·J2·(R/a)²·(5cos²i − 1) (mean anomaly plus perigee rates for
 * e = 0). Positions in the Earth-centred inertial frame of date. No allocation.
 */
public final class OrbitTable {
    private final double[] a;
    private final double[] cosI;
    private final double[] sinI;
    private final double[] raan0;
    private final double[] u0;
    private final double[] raanRate;
    private final double[] uRate;
    private final double epochUnixS;

    public OrbitTable(LinkConfig c) {
        int n = c.satellites();
        a = c.semiMajorAxisM.clone();
        raan0 = c.raanRad.clone();
        u0 = c.argLatRad.clone();
        cosI = new double[n];
        sinI = new double[n];
        raanRate = new double[n];
        uRate = new double[n];
        epochUnixS = c.epochUnixS;
        for (int k = 0; k < n; k++) {
            cosI[k] = Math.cos(c.inclinationRad[k]);
            sinI[k] = Math.sin(c.inclinationRad[k]);
            double meanMotion = Math.sqrt(J2Integrator.MU_M3_PER_S2 / (a[k] * a[k] * a[k]));
            double ratio = J2Integrator.EARTH_RADIUS_M / a[k];
            double j2 = J2Integrator.J2 * ratio * ratio;
            double cos2 = cosI[k] * cosI[k];
            raanRate[k] = -1.5 * meanMotion * j2 * cosI[k];
            uRate[k] = meanMotion * (1 + 0.75 * j2 * (3 * cos2 - 1)) + 0.75 * meanMotion * j2 * (5 * cos2 - 1);
        }
    }

    /** @return satellites in the table */
    public int size() {
        return a.length;
    }

    /**
     * Writes a satellite's position and velocity.
     *
     * @param id     its row
     * @param unixS  UTC, s since 1970
     * @param posM   ECI position out, m
     * @param velMps ECI velocity out, m/s (the motion in the plane plus the plane's turning with the node)
     */
    public void state(int id, double unixS, double[] posM, double[] velMps) {
        double t = unixS - epochUnixS;
        double raan = raan0[id] + raanRate[id] * t;
        double u = u0[id] + uRate[id] * t;
        double cosO = Math.cos(raan);
        double sinO = Math.sin(raan);
        double cosU = Math.cos(u);
        double sinU = Math.sin(u);
        double r = a[id];
        posM[0] = r * (cosU * cosO - sinU * cosI[id] * sinO);
        posM[1] = r * (cosU * sinO + sinU * cosI[id] * cosO);
        posM[2] = r * sinU * sinI[id];
        double speed = r * uRate[id];
        velMps[0] = speed * (-sinU * cosO - cosU * cosI[id] * sinO);
        velMps[1] = speed * (-sinU * sinO + cosU * cosI[id] * cosO);
        velMps[2] = speed * cosU * sinI[id];
        velMps[0] -= raanRate[id] * posM[1]; // Ω̇ ẑ × r
        velMps[1] += raanRate[id] * posM[0];
    }
}

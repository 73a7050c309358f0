package space.ocsat.fsw.links;

import space.ocsat.fsw.config.LinkConfig;

/**
 * Link geometry on board: whether a line of sight clears the Earth and its atmosphere, whether a direction is in a
 * terminal's field of regard, and where a ground station is. The Earth is the WGS-84 ellipsoid; a line of sight must
 * pass {@link LinkConfig#grazingHeightM} above it (tested on the ellipsoid stretched to a sphere along the polar
 * axis, where the closest point of a segment is exact; the height error this makes is under 0.4 %). Stations turn
 * with the Earth by Greenwich mean sidereal time (IAU 1982, UT1 taken as UTC: 0.9 s at most, 0.4 km at the
 * equator). No allocation.
 */
public final class Sightline {
    static final double EQUATORIAL_RADIUS_M = 6_378_137.0;
    static final double FLATTENING = 1 / 298.257223563;
    static final double POLAR_RADIUS_M = EQUATORIAL_RADIUS_M * (1 - FLATTENING);
    private static final double E2 = FLATTENING * (2 - FLATTENING);
    private static final double STRETCH = EQUATORIAL_RADIUS_M / POLAR_RADIUS_M;

    private final LinkConfig c;
    private final double clearRadiusM;
    private final double sinMask;
    private final double cosGroundCone;
    private final double cosSunExclusion;
    private final double[] siteEcef;
    private final double[] siteUp;

    public Sightline(LinkConfig config) {
        this.c = config;
        this.clearRadiusM = EQUATORIAL_RADIUS_M + config.grazingHeightM;
        this.sinMask = Math.sin(config.siteElevationMaskRad);
        this.cosGroundCone = Math.cos(config.groundConeRad);
        this.cosSunExclusion = Math.cos(config.sunExclusionRad);
        int n = config.sites();
        siteEcef = new double[3 * n];
        siteUp = new double[3 * n];
        for (int k = 0; k < n; k++) {
            double lat = config.siteLatRad[k];
            double lon = config.siteLonRad[k];
            double h = config.siteHeightM[k];
            double sinLat = Math.sin(lat);
            double primeVerticalM = EQUATORIAL_RADIUS_M / Math.sqrt(1 - E2 * sinLat * sinLat);
            siteEcef[3 * k] = (primeVerticalM + h) * Math.cos(lat) * Math.cos(lon);
            siteEcef[3 * k + 1] = (primeVerticalM + h) * Math.cos(lat) * Math.sin(lon);
            siteEcef[3 * k + 2] = (primeVerticalM * (1 - E2) + h) * sinLat;
            siteUp[3 * k] = Math.cos(lat) * Math.cos(lon);
            siteUp[3 * k + 1] = Math.cos(lat) * Math.sin(lon);
            siteUp[3 * k + 2] = sinLat;
        }
    }

    /** @return true if the segment from a to b (ECI, m) passes at least the grazing height above the Earth */
    public boolean clear(double[] a, double[] b) {
        double ax = a[0];
        double ay = a[1];
        double az = a[2] * STRETCH;
        double dx = b[0] - ax;
        double dy = b[1] - ay;
        double dz = b[2] * STRETCH - az;
        double d2 = dx * dx + dy * dy + dz * dz;
        double t = d2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy + az * dz) / d2)) : 0;
        double px = ax + t * dx;
        double py = ay + t * dy;
        double pz = az + t * dz;
        return px * px + py * py + pz * pz >= clearRadiusM * clearRadiusM;
    }

    /**
     * @param terminal an inter-satellite terminal (0–3) or the ground terminal (4)
     * @param pos      own ECI position, m
     * @param vel      own ECI velocity, m/s
     * @param target   the partner's ECI position, m
     * @return true if the direction to the target is in the terminal's field of regard (local orbital frame)
     */
    public boolean inFieldOfRegard(int terminal, double[] pos, double[] vel, double[] target) {
        double rx = pos[0];
        double ry = pos[1];
        double rz = pos[2];
        double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double ux = rx / r;
        double uy = ry / r;
        double uz = rz / r;
        double dx = target[0] - rx;
        double dy = target[1] - ry;
        double dz = target[2] - rz;
        double up = dx * ux + dy * uy + dz * uz;
        double norm = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (terminal >= c.forAzimuthRad.length) {
            return -up >= norm * cosGroundCone;
        }
        // orbit normal n = r × v, along-track = n × up
        double nx = ry * vel[2] - rz * vel[1];
        double ny = rz * vel[0] - rx * vel[2];
        double nz = rx * vel[1] - ry * vel[0];
        double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
        nx /= nn;
        ny /= nn;
        nz /= nn;
        double cross = dx * nx + dy * ny + dz * nz;
        double along = dx * (ny * uz - nz * uy) + dy * (nz * ux - nx * uz) + dz * (nx * uy - ny * ux);
        double elevation = Math.atan2(up, Math.sqrt(along * along + cross * cross));
        if (elevation < c.forMinElevationRad || elevation > c.forMaxElevationRad) {
            return false;
        }
        double azimuth = Math.atan2(cross, along) - c.forAzimuthRad[terminal];
        azimuth = Math.atan2(Math.sin(azimuth), Math.cos(azimuth));
        return Math.abs(azimuth) <= c.forHalfWidthRad[terminal];
    }

    /**
     * @param a   one end's ECI position, m
     * @param b   the other end's, m
     * @param sun unit vector toward the Sun, ECI
     * @return true if the Sun is within the exclusion cone of either end's line of sight to the other (and not hidden
     *         from that end by the Earth)
     */
    public boolean sunBlinds(double[] a, double[] b, double[] sun) {
        return blinds(a, b, sun) || blinds(b, a, sun);
    }

    private boolean blinds(double[] receiver, double[] transmitter, double[] sun) {
        double dx = transmitter[0] - receiver[0];
        double dy = transmitter[1] - receiver[1];
        double dz = transmitter[2] - receiver[2];
        double range = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if ((dx * sun[0] + dy * sun[1] + dz * sun[2]) < range * cosSunExclusion) {
            return false;
        }
        double along = receiver[0] * sun[0] + receiver[1] * sun[1] + receiver[2] * sun[2];
        if (along >= 0) {
            return true;
        }
        double r2 = receiver[0] * receiver[0] + receiver[1] * receiver[1] + receiver[2] * receiver[2];
        return r2 - along * along >= EQUATORIAL_RADIUS_M * EQUATORIAL_RADIUS_M; // the Earth does not hide the Sun
    }

    /** Writes ground station k's ECI position at a UTC time, m. */
    public void site(int k, double unixS, double[] out) {
        rotate(siteEcef, k, greenwichSiderealRad(unixS), out);
    }

    /**
     * @param k      ground station
     * @param unixS  UTC, s since 1970
     * @param sat    the satellite's ECI position, m
     * @param siteAt scratch: the station's ECI position is left here, m
     * @return sine of the satellite's elevation seen from the station
     */
    public double sinElevation(int k, double unixS, double[] sat, double[] siteAt) {
        double gmst = greenwichSiderealRad(unixS);
        rotate(siteEcef, k, gmst, siteAt);
        double cosT = Math.cos(gmst);
        double sinT = Math.sin(gmst);
        double upX = cosT * siteUp[3 * k] - sinT * siteUp[3 * k + 1];
        double upY = sinT * siteUp[3 * k] + cosT * siteUp[3 * k + 1];
        double upZ = siteUp[3 * k + 2];
        double dx = sat[0] - siteAt[0];
        double dy = sat[1] - siteAt[1];
        double dz = sat[2] - siteAt[2];
        return (dx * upX + dy * upY + dz * upZ) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** @return true if station k sees the satellite above its mask and the ground terminal can point at it */
    public boolean siteInView(int k, double unixS, double[] pos, double[] vel, double[] scratch) {
        return sinElevation(k, unixS, pos, scratch) >= sinMask && inFieldOfRegard(c.forAzimuthRad.length, pos, vel,
                scratch);
    }

    private static void rotate(double[] ecef, int k, double angle, double[] out) {
        double cosT = Math.cos(angle);
        double sinT = Math.sin(angle);
        double x = ecef[3 * k];
        double y = ecef[3 * k + 1];
        out[0] = cosT * x - sinT * y;
        out[1] = sinT * x + cosT * y;
        out[2] = ecef[3 * k + 2];
    }

    /** @return Greenwich mean sidereal time (IAU 1982), rad in [0, 2π) */
    public static double greenwichSiderealRad(double unixS) {
        double t = (unixS / 86_400.0 + 2_440_587.5 - 2_451_545.0) / 36_525.0;
        double seconds = 67_310.54841 + (876_600.0 * 3600 + 8_640_184.812866) * t + 0.093104 * t * t
                - 6.2e-6 * t * t * t;
        double rad = (seconds % 86_400.0) / 86_400.0 * 2 * Math.PI;
        return rad < 0 ? rad + 2 * Math.PI : rad;
    }
}

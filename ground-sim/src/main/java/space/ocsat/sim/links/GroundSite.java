package space.ocsat.sim.links;

/**
 * An optical ground station: where it is (geodetic coordinates on WGS-84), the lowest elevation it links at, and
 * its cloud climate for {@link CloudModel}.
 *
 * <p>The site turns with the Earth: its ECI position (equator and equinox of date) at a time is its Earth-fixed
 * position rotated about the pole by the Greenwich mean sidereal time ({@link EarthRotation}; within about 1 km of
 * the true position, under 0.1° of elevation for a LEO satellite).
 *
 * <p>Immutable and thread-safe; the per-step methods do not allocate.
 */
public final class GroundSite {

    /** Default elevation mask in degrees: low-elevation paths cross several air masses of turbulence. */
    public static final double DEFAULT_MIN_ELEVATION_DEG = 20.0;

    private final String name;
    private final double latitudeDeg;
    private final double longitudeDeg;
    private final double heightM;
    private final double minElevationDeg;
    private final double sinMinElevation;
    private final double clearSkyFraction;
    private final double meanCloudyDurationS;
    private final double xFixedM;
    private final double yFixedM;
    private final double zFixedM;
    private final double upXFixed;
    private final double upYFixed;
    private final double upZFixed;

    /**
     * @param name                short unique name of the site
     * @param latitudeDeg         geodetic latitude in degrees, −90..90
     * @param longitudeDeg        longitude in degrees, east positive
     * @param heightM             height above the WGS-84 ellipsoid in m
     * @param minElevationDeg     lowest elevation at which the site links, degrees, 0..90
     * @param clearSkyFraction    long-run fraction of time the sky is clear enough to link, in (0, 1]
     * @param meanCloudyDurationS mean length of a cloudy spell in s, &gt; 0
     * @throws IllegalArgumentException if a value is out of range
     */
    public GroundSite(String name, double latitudeDeg, double longitudeDeg, double heightM, double minElevationDeg,
            double clearSkyFraction, double meanCloudyDurationS) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (!(latitudeDeg >= -90.0 && latitudeDeg <= 90.0)) {
            throw new IllegalArgumentException("latitudeDeg must be in [-90, 90], got " + latitudeDeg);
        }
        if (!Double.isFinite(longitudeDeg) || !Double.isFinite(heightM)) {
            throw new IllegalArgumentException("longitudeDeg and heightM must be finite");
        }
        if (!(minElevationDeg >= 0.0 && minElevationDeg <= 90.0)) {
            throw new IllegalArgumentException("minElevationDeg must be in [0, 90], got " + minElevationDeg);
        }
        if (!(clearSkyFraction > 0.0 && clearSkyFraction <= 1.0)) {
            throw new IllegalArgumentException("clearSkyFraction must be in (0, 1], got " + clearSkyFraction);
        }
        if (!(meanCloudyDurationS > 0.0) || Double.isInfinite(meanCloudyDurationS)) {
            throw new IllegalArgumentException("meanCloudyDurationS must be finite and > 0, got "
                    + meanCloudyDurationS);
        }
        this.name = name;
        this.latitudeDeg = latitudeDeg;
        this.longitudeDeg = longitudeDeg;
        this.heightM = heightM;
        this.minElevationDeg = minElevationDeg;
        this.sinMinElevation = StrictMath.sin(StrictMath.toRadians(minElevationDeg));
        this.clearSkyFraction = clearSkyFraction;
        this.meanCloudyDurationS = meanCloudyDurationS;
        double latRad = StrictMath.toRadians(latitudeDeg);
        double lonRad = StrictMath.toRadians(longitudeDeg);
        double[] fixed = new double[3];
        Wgs84.toEarthFixed(latRad, lonRad, heightM, fixed);
        this.xFixedM = fixed[0];
        this.yFixedM = fixed[1];
        this.zFixedM = fixed[2];
        // Local vertical: the ellipsoid normal at the site.
        this.upXFixed = StrictMath.cos(latRad) * StrictMath.cos(lonRad);
        this.upYFixed = StrictMath.cos(latRad) * StrictMath.sin(lonRad);
        this.upZFixed = StrictMath.sin(latRad);
    }

    /**
     * Writes the site's ECI position.
     *
     * @param unixS   time in seconds since the Unix epoch, UTC
     * @param outPosM output, length ≥ 3: position in m, ECI (equator and equinox of date)
     */
    public void positionEci(double unixS, double[] outPosM) {
        positionEciAtGmst(EarthRotation.gmstRad(unixS), outPosM);
    }

    /**
     * Writes the site's ECI position for a given Earth rotation angle (to share one GMST among many sites).
     *
     * @param gmstRad Greenwich mean sidereal time in rad ({@link EarthRotation#gmstRad})
     * @param outPosM output, length ≥ 3: position in m, ECI
     */
    public void positionEciAtGmst(double gmstRad, double[] outPosM) {
        double c = StrictMath.cos(gmstRad);
        double s = StrictMath.sin(gmstRad);
        outPosM[0] = c * xFixedM - s * yFixedM;
        outPosM[1] = s * xFixedM + c * yFixedM;
        outPosM[2] = zFixedM;
    }

    /**
     * Elevation of a point (a satellite) above the site's local horizontal (the plane normal to the ellipsoid
     * normal); refraction is not modelled.
     *
     * @param unixS   time in seconds since the Unix epoch, UTC
     * @param satPosM position of the satellite in m, ECI
     * @return elevation in rad, −π/2..π/2
     */
    public double elevationRad(double unixS, double[] satPosM) {
        return elevationAtGmstRad(EarthRotation.gmstRad(unixS), satPosM);
    }

    /**
     * Elevation of a point for a given Earth rotation angle.
     *
     * @param gmstRad Greenwich mean sidereal time in rad
     * @param satPosM position of the satellite in m, ECI
     * @return elevation in rad, −π/2..π/2
     */
    public double elevationAtGmstRad(double gmstRad, double[] satPosM) {
        return StrictMath.asin(StrictMath.max(-1.0, StrictMath.min(1.0, sinElevation(gmstRad, satPosM))));
    }

    /**
     * Whether a satellite is at or above the site's elevation mask.
     *
     * @param gmstRad Greenwich mean sidereal time in rad
     * @param satPosM position of the satellite in m, ECI
     * @return true when the elevation is at least {@link #minElevationDeg()}
     */
    public boolean aboveMaskAtGmst(double gmstRad, double[] satPosM) {
        return sinElevation(gmstRad, satPosM) >= sinMinElevation;
    }

    private double sinElevation(double gmstRad, double[] satPosM) {
        double c = StrictMath.cos(gmstRad);
        double s = StrictMath.sin(gmstRad);
        double dx = satPosM[0] - (c * xFixedM - s * yFixedM);
        double dy = satPosM[1] - (s * xFixedM + c * yFixedM);
        double dz = satPosM[2] - zFixedM;
        double upX = c * upXFixed - s * upYFixed;
        double upY = s * upXFixed + c * upYFixed;
        double rangeM = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        return (dx * upX + dy * upY + dz * upZFixed) / rangeM;
    }

    /** @return the site's name */
    public String name() {
        return name;
    }

    /** @return geodetic latitude in degrees */
    public double latitudeDeg() {
        return latitudeDeg;
    }

    /** @return longitude in degrees, east positive */
    public double longitudeDeg() {
        return longitudeDeg;
    }

    /** @return height above the WGS-84 ellipsoid in m */
    public double heightM() {
        return heightM;
    }

    /** @return elevation mask in degrees */
    public double minElevationDeg() {
        return minElevationDeg;
    }

    /** @return long-run fraction of time with a clear sky, (0, 1] */
    public double clearSkyFraction() {
        return clearSkyFraction;
    }

    /** @return mean length of a cloudy spell in s */
    public double meanCloudyDurationS() {
        return meanCloudyDurationS;
    }

    @Override
    public String toString() {
        return name + " (" + latitudeDeg + "°, " + longitudeDeg + "°, " + heightM + " m)";
    }
}

package space.ocsat.fsw.config;

/**
 * What link management needs to know, with its defaults: the constellation table (every satellite's mean circular
 * orbit, by its id, which is also its partner id), this satellite's row in it, the optical ground stations, the
 * terminals' fields of regard, and the pointing-acquisition-tracking timeouts and fault thresholds. The tables are
 * what the ground uplinks; a simulator fills them from its own constellation, as an operator would. Angles in
 * radians, distances in metres, times in seconds (counted in 1 Hz cycles on board).
 */
public final class LinkConfig {
    /** This satellite's id: its row in the constellation table (partner ids are rows). */
    public int self;
    /** Planes in the constellation; satellites are numbered plane by plane ({@code id = plane × perPlane + slot}). */
    public int planes = 1;
    /** Satellites per plane. */
    public int perPlane = 1;
    /** Epoch of the table's elements, s since 1970 (UTC). */
    public double epochUnixS;
    /** Per satellite: semi-major axis, m (circular orbits). */
    public double[] semiMajorAxisM = {6_928_137};
    /** Per satellite: inclination, rad. */
    public double[] inclinationRad = {Math.toRadians(53)};
    /** Per satellite: right ascension of the ascending node at the epoch, rad. */
    public double[] raanRad = {0};
    /** Per satellite: argument of latitude at the epoch, rad. */
    public double[] argLatRad = {0};

    /** Optical ground stations (partner id {@code GROUND_STATION_BASE + k}): geodetic latitude, rad. */
    public double[] siteLatRad = {};
    /** … longitude east, rad. */
    public double[] siteLonRad = {};
    /** … height above the WGS-84 ellipsoid, m. */
    public double[] siteHeightM = {};
    /** A station sees the satellite above this elevation, rad (20°, a usual optical ground mask). */
    public double siteElevationMaskRad = Math.toRadians(20);

    /**
     * Fields of regard of the inter-satellite terminals (FORE, AFT, LEFT, RIGHT), in the local orbital frame: boresight
     * azimuth from along-track toward the orbit normal, rad; the half-width about it, rad; elevation limits, rad. The
     * terminal's specification (the simulator's TerminalMount holds the same figures).
     */
    public double[] forAzimuthRad = {0, Math.PI, Math.PI / 2, -Math.PI / 2};
    public double[] forHalfWidthRad = {Math.toRadians(30), Math.toRadians(30), Math.toRadians(80), Math.toRadians(80)};
    public double forMinElevationRad = Math.toRadians(-35);
    public double forMaxElevationRad = Math.toRadians(15);
    /** The ground terminal's cone about nadir, half-angle, rad. */
    public double groundConeRad = Math.toRadians(65);
    /** A line of sight must pass at least this high above the ellipsoid (the atmosphere), m. */
    public double grazingHeightM = 80_000;
    /**
     * The Sun this close to a receiver's line of sight blinds it (at either end of a link, unless the Earth hides the
     * Sun from that end), rad: 3°, the terminals' specification (the simulator's LinkGeometry holds the same).
     */
    public double sunExclusionRad = Math.toRadians(3);

    /** A terminal still POINTING this long after its command has failed to point, s. */
    public int pointingTimeoutS = 60;
    /** A terminal still ACQUIRING this long has failed to acquire, s (SDA optical standard: PAT within 100 s). */
    public int acquisitionTimeoutS = 100;
    /**
     * A cross-plane partner whose beacon never appeared (the terminal still POINTING at the timeout with its gimbal on
     * the partner: the far end points elsewhere, e.g. it holds another link) is passed over for this long, s; such a
     * failure is the partner's choice, not the terminal's fault, and does not count toward isolation.
     */
    public int partnerSkipS = 300;
    /** The gimbal counts as on the partner within this pointing error, rad (the terminal's acquire tolerance). */
    public double onTargetRad = 0.001;
    /** Consecutive failed acquisitions (on partners the plan sees in view) that isolate a terminal. */
    public int maxFailedAcquisitions = 3;
    /** Lock losses the plan did not expect (the partner still in view), within {@link #lossWindowS}, that isolate. */
    public int maxLossesOfLock = 3;
    /** Window for counting losses of lock, s. */
    public int lossWindowS = 600;
    /** A terminal with a partner whose gimbal stays this far off its aim is stuck, rad (10 mrad, about 0.6°). */
    public double pointingErrorMaxRad = 0.01;
    /** … for this long (longer than any slew: 180° at 5°/s takes 36 s), s. */
    public int pointingErrorPersistenceS = 60;

    /** @return satellites in the table */
    public int satellites() {
        return raanRad.length;
    }

    /** @return optical ground stations in the table */
    public int sites() {
        return siteLatRad.length;
    }

    /** @throws IllegalArgumentException naming the first inconsistency */
    public LinkConfig validate() {
        int n = raanRad.length;
        check(semiMajorAxisM.length == n && inclinationRad.length == n && argLatRad.length == n,
                "constellation table columns of equal length");
        check(planes >= 1 && perPlane >= 1 && planes * perPlane == n, "planes × perPlane == satellites in the table");
        check(self >= 0 && self < n, "self is a row of the table");
        check(siteLonRad.length == siteLatRad.length && siteHeightM.length == siteLatRad.length,
                "ground station columns of equal length");
        check(forAzimuthRad.length == 4 && forHalfWidthRad.length == 4, "four inter-satellite fields of regard");
        check(pointingTimeoutS > 0 && acquisitionTimeoutS > 0 && maxFailedAcquisitions > 0 && maxLossesOfLock > 0
                && lossWindowS > 0 && pointingErrorPersistenceS > 0, "positive timeouts and counts");
        return this;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("link config: " + what);
        }
    }
}

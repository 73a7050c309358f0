package space.ocsat.sim.links;

import java.util.List;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.sim.model.PartnerGeometry;

/**
 * The world one simulated satellite's optical terminals see: it is satellite {@link #self()} of a Walker shell whose
 * other satellites are ideal, passive partners — they fly their mean orbits ({@link WalkerConstellation#orbit}, the
 * same J2 model), run no software, and point back whenever the link geometry allows — and an optical ground network
 * with cloud outages ({@link CloudModel}, one step a second).
 *
 * <p>A link closes ({@link PartnerGeometry.View#CLEAR}) when:
 * <ul>
 *   <li>inter-satellite: the line of sight stays {@link LinkGeometry#grazingAltitudeM()} above the ellipsoid, the
 *       partner is in the terminal's field of regard ({@link TerminalMount}, in this satellite's LVLH frame) and the
 *       Sun is in neither receiver's exclusion cone (this satellite looking at the partner, the partner looking
 *       back: the link is two-way);</li>
 *   <li>ground: the station sees the satellite above its elevation mask, the station is in the ground terminal's
 *       nadir cone, the Sun blinds neither end and the station's sky is clear.</li>
 * </ul>
 * The partners' own fields of regard are not checked (they are ideal). The first failed condition, in the order
 * above, is the answer. Link budgets: {@link LinkBudget#interSatellite()} and {@link LinkBudget#spaceToGround()}.
 *
 * <p>This satellite's own position comes from the simulator's orbit truth ({@code update}); it flies the orbit of
 * the shell's satellite {@code self} with J2's short-period terms added (within about 2 km of the mean orbit).
 * Not thread-safe; {@link #update} and {@link #look} allocate nothing.
 */
public final class PassiveConstellation implements PartnerGeometry {
    /** Cloud model step, s. */
    public static final double CLOUD_STEP_S = 1.0;

    private final WalkerConstellation shell;
    private final int self;
    private final GroundSite[] sites;
    private final CloudModel clouds;
    private final boolean ownsWeather;
    private final LinkGeometry geometry;
    private final LinkBudget interSatellite;
    private final LinkBudget spaceToGround;
    private final TerminalMount[] mounts = new TerminalMount[OpticalTerminals.GROUND + 1];
    private final double[] selfPosM = new double[3];
    private final double[] selfVelMps = new double[3];
    private final double[] sunDir = new double[3];
    private final double[] otherPosM = new double[3];
    private final double[] otherVelMps = new double[3];
    private double tSinceEpochS;
    private double gmstRad;
    private double cloudsAtS;
    private double rangeM = Double.NaN;

    /**
     * With the default link geometry and budgets.
     *
     * @param shell the constellation
     * @param self  this satellite's id in it
     * @param sites the optical ground stations, in partner order (station k is partner {@code GROUND_STATION_BASE + k})
     * @param seed  run seed (the clouds)
     */
    public PassiveConstellation(WalkerConstellation shell, int self, List<GroundSite> sites, long seed) {
        this(shell, self, sites, seed, LinkGeometry.defaults(), LinkBudget.interSatellite(),
                LinkBudget.spaceToGround());
    }

    /**
     * @param shell          the constellation
     * @param self           this satellite's id in it
     * @param sites          the optical ground stations, in partner order
     * @param seed           run seed (the clouds)
     * @param geometry       grazing height and Sun exclusion
     * @param interSatellite link budget between satellites
     * @param spaceToGround  link budget to a ground station
     */
    public PassiveConstellation(WalkerConstellation shell, int self, List<GroundSite> sites, long seed,
            LinkGeometry geometry, LinkBudget interSatellite, LinkBudget spaceToGround) {
        this(shell, self, sites, new CloudModel(sites, CLOUD_STEP_S, seed), true, geometry, interSatellite,
                spaceToGround);
    }

    /**
     * One satellite's view of a world whose weather many satellites share (a constellation run): the clouds are
     * stepped by their owner, once a second, never by {@link #update}; default geometry and budgets.
     *
     * @param shell   the constellation
     * @param self    this satellite's id in it
     * @param sites   the optical ground stations, in partner order (those of {@code weather})
     * @param weather the shared cloud model, stepped (at {@link #CLOUD_STEP_S}) by the caller
     */
    public PassiveConstellation(WalkerConstellation shell, int self, List<GroundSite> sites, CloudModel weather) {
        this(shell, self, sites, weather, false, LinkGeometry.defaults(), LinkBudget.interSatellite(),
                LinkBudget.spaceToGround());
    }

    private PassiveConstellation(WalkerConstellation shell, int self, List<GroundSite> sites, CloudModel clouds,
            boolean ownsWeather, LinkGeometry geometry, LinkBudget interSatellite, LinkBudget spaceToGround) {
        if (self < 0 || self >= shell.size()) {
            throw new IllegalArgumentException("self must be in 0.." + (shell.size() - 1) + ", got " + self);
        }
        this.shell = shell;
        this.self = self;
        this.sites = sites.toArray(new GroundSite[0]);
        this.clouds = clouds;
        this.ownsWeather = ownsWeather;
        this.geometry = geometry;
        this.interSatellite = interSatellite;
        this.spaceToGround = spaceToGround;
        this.cloudsAtS = shell.epochUnixS();
        mounts[OpticalTerminals.FORE] = TerminalMount.FORE;
        mounts[OpticalTerminals.AFT] = TerminalMount.AFT;
        mounts[OpticalTerminals.LEFT] = TerminalMount.LEFT;
        mounts[OpticalTerminals.RIGHT] = TerminalMount.RIGHT;
        mounts[OpticalTerminals.GROUND] = TerminalMount.GROUND;
    }

    @Override
    public void update(double unixS, double[] posM, double[] velMps, double[] sunDirUnit) {
        System.arraycopy(posM, 0, selfPosM, 0, 3);
        System.arraycopy(velMps, 0, selfVelMps, 0, 3);
        System.arraycopy(sunDirUnit, 0, sunDir, 0, 3);
        tSinceEpochS = unixS - shell.epochUnixS();
        gmstRad = EarthRotation.gmstRad(unixS);
        while (ownsWeather && cloudsAtS + CLOUD_STEP_S <= unixS) {
            clouds.step();
            cloudsAtS += CLOUD_STEP_S;
        }
    }

    @Override
    public boolean accepts(int terminal, int partner) {
        if (terminal == OpticalTerminals.GROUND) {
            int k = partner - OpticalTerminals.GROUND_STATION_BASE;
            return partner >= OpticalTerminals.GROUND_STATION_BASE && k < sites.length;
        }
        return terminal >= 0 && terminal < OpticalTerminals.GROUND && partner >= 0 && partner < shell.size()
                && partner != self;
    }

    @Override
    public View look(int terminal, int partner, double[] outLosUnitEci) {
        if (partner >= OpticalTerminals.GROUND_STATION_BASE) {
            int k = partner - OpticalTerminals.GROUND_STATION_BASE;
            GroundSite site = sites[k];
            site.positionEciAtGmst(gmstRad, otherPosM);
            lineOfSight(outLosUnitEci);
            if (!site.aboveMaskAtGmst(gmstRad, selfPosM)) {
                return View.BELOW_MASK;
            }
            if (!LinkGeometry.inFieldOfRegard(TerminalMount.GROUND, selfPosM, selfVelMps, otherPosM)) {
                return View.OUT_OF_FIELD;
            }
            if (sunBlinds()) {
                return View.SUN;
            }
            return clouds.isClear(k) ? View.CLEAR : View.CLOUDS;
        }
        shell.orbit(partner).stateAt(tSinceEpochS, otherPosM, otherVelMps);
        lineOfSight(outLosUnitEci);
        if (!geometry.lineOfSightClear(selfPosM, otherPosM)) {
            return View.EARTH_BLOCKS;
        }
        if (!LinkGeometry.inFieldOfRegard(mounts[terminal], selfPosM, selfVelMps, otherPosM)) {
            return View.OUT_OF_FIELD;
        }
        return sunBlinds() ? View.SUN : View.CLEAR;
    }

    private void lineOfSight(double[] out) {
        double dx = otherPosM[0] - selfPosM[0];
        double dy = otherPosM[1] - selfPosM[1];
        double dz = otherPosM[2] - selfPosM[2];
        rangeM = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        out[0] = dx / rangeM;
        out[1] = dy / rangeM;
        out[2] = dz / rangeM;
    }

    /** The Sun in the exclusion cone of either receiver: this end looking at the partner, or the partner back. */
    private boolean sunBlinds() {
        return geometry.sunInExclusion(selfPosM, otherPosM, sunDir) || geometry.sunInExclusion(otherPosM, selfPosM,
                sunDir);
    }

    @Override
    public double rangeM() {
        return rangeM;
    }

    @Override
    public void boresight(int terminal, double[] outUnitEci) {
        double r = StrictMath.sqrt(selfPosM[0] * selfPosM[0] + selfPosM[1] * selfPosM[1] + selfPosM[2] * selfPosM[2]);
        double ux = selfPosM[0] / r;
        double uy = selfPosM[1] / r;
        double uz = selfPosM[2] / r;
        TerminalMount mount = mounts[terminal];
        if (mount.isGround()) {
            outUnitEci[0] = -ux;
            outUnitEci[1] = -uy;
            outUnitEci[2] = -uz;
            return;
        }
        double hx = selfPosM[1] * selfVelMps[2] - selfPosM[2] * selfVelMps[1];
        double hy = selfPosM[2] * selfVelMps[0] - selfPosM[0] * selfVelMps[2];
        double hz = selfPosM[0] * selfVelMps[1] - selfPosM[1] * selfVelMps[0];
        double h = StrictMath.sqrt(hx * hx + hy * hy + hz * hz);
        hx /= h;
        hy /= h;
        hz /= h;
        double cosAz = StrictMath.cos(mount.boresightAzimuthRad());
        double sinAz = StrictMath.sin(mount.boresightAzimuthRad());
        // along-track = h × up; the boresight is horizontal at the mount's azimuth from along-track toward h
        outUnitEci[0] = cosAz * (hy * uz - hz * uy) + sinAz * hx;
        outUnitEci[1] = cosAz * (hz * ux - hx * uz) + sinAz * hy;
        outUnitEci[2] = cosAz * (hx * uy - hy * ux) + sinAz * hz;
    }

    @Override
    public double receivedPowerDbm(int partner, double range) {
        return budget(partner).receivedPowerDbm(range);
    }

    @Override
    public double rateBps(int partner, double range) {
        return budget(partner).rateBps(range);
    }

    @Override
    public double marginDb(int partner, double range) {
        return budget(partner).marginDb(range);
    }

    private LinkBudget budget(int partner) {
        return partner >= OpticalTerminals.GROUND_STATION_BASE ? spaceToGround : interSatellite;
    }

    /** @return the constellation */
    public WalkerConstellation shell() {
        return shell;
    }

    /** @return this satellite's id in the constellation */
    public int self() {
        return self;
    }

    /** @return number of ground stations */
    public int siteCount() {
        return sites.length;
    }

    /** @param k station index @return the station (partner id {@code GROUND_STATION_BASE + k}) */
    public GroundSite site(int k) {
        return sites[k];
    }

    /** @return the stations' weather (to hold a station cloudy) */
    public CloudModel clouds() {
        return clouds;
    }

    /** @return the link geometry in use */
    public LinkGeometry geometry() {
        return geometry;
    }
}

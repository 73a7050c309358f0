package space.ocsat.sim.links;

/**
 * Where each optical terminal sits on the satellite and which directions its gimbal can reach (its field of
 * regard), in the satellite's local orbital frame (LVLH):
 * <ul>
 *   <li>along: in the orbit plane, perpendicular to the radius, in the direction of motion (the velocity for a
 *       circular orbit);</li>
 *   <li>cross: the orbit normal r × v, to the left when facing along-track with the radius up;</li>
 *   <li>up: radial, away from the Earth's centre (nadir is −up).</li>
 * </ul>
 * Azimuth is measured in the local horizontal plane from along-track toward cross (+90° = left), elevation from
 * the horizontal toward up.
 *
 * <h2>Fields of regard (a simulator assumption; DESIGN.md §1 names the terminals, not their gimbals)</h2>
 * <table>
 *   <caption>Boresight and field of regard of each terminal</caption>
 *   <tr><th>Mount</th><th>Boresight</th><th>Field of regard</th><th>Why</th></tr>
 *   <tr><td>FORE</td><td>az 0°</td><td>az −30°..+30°, el −35°..+15°</td>
 *       <td>the in-plane neighbour ahead sits at az 0°, el −16.4° in the 53°:66/6/1 shell; the box also takes a
 *       cross-plane partner while it swings across the velocity axis at a plane crossing. From 550 km the Earth's limb
 *       (80 km grazing) is at el −21.2°, so the −35° floor only bounds the gimbal.</td></tr>
 *   <tr><td>AFT</td><td>az 180°</td><td>az 150°..210°, el −35°..+15°</td><td>mirror of FORE</td></tr>
 *   <tr><td>LEFT</td><td>az +90°</td><td>az +10°..+170°, el −35°..+15°</td>
 *       <td>wide, because in a shell of few planes a cross-plane partner is in view only around the plane
 *       crossings and is far off the orbit normal near them: in the default shell the next-plane partner
 *       ({@link WalkerConstellation#nextPlaneNeighbour}) is in view for 33 min around each crossing, passing from
 *       az −64° (right) through the velocity axis at the crossing (1 220 km away, where its azimuth turns by
 *       8° every 30 s) to +90° (left), el −21°..−5°. The ±10° gap about the velocity axis is that swing, covered
 *       by the FORE/AFT gimbal's ±30°.</td></tr>
 *   <tr><td>RIGHT</td><td>az −90°</td><td>az −170°..−10°, el −35°..+15°</td><td>mirror of LEFT</td></tr>
 *   <tr><td>GROUND</td><td>nadir</td><td>cone of 65° half-angle about nadir</td>
 *       <td>wider than the 59.9° nadir angle at which a site at sea level sees a 550 km satellite at 20°
 *       elevation, so the site's elevation mask, not the terminal, limits a pass</td></tr>
 * </table>
 */
public enum TerminalMount {
    /** Fore inter-satellite terminal, looking along the velocity. */
    FORE(0.0, 30.0, -35.0, 15.0),
    /** Aft inter-satellite terminal, looking against the velocity. */
    AFT(180.0, 30.0, -35.0, 15.0),
    /** Left (orbit-normal side) cross-plane terminal. */
    LEFT(90.0, 80.0, -35.0, 15.0),
    /** Right (anti-normal side) cross-plane terminal. */
    RIGHT(-90.0, 80.0, -35.0, 15.0),
    /** Space-to-ground terminal, a cone about nadir. */
    GROUND(65.0);

    private final boolean nadirCone;
    private final double boresightAzimuthRad;
    private final double cosBoresightAzimuth;
    private final double sinBoresightAzimuth;
    private final double azimuthHalfWidthRad;
    private final double minElevationRad;
    private final double maxElevationRad;
    private final double coneHalfAngleRad;
    private final double cosConeHalfAngle;

    TerminalMount(double boresightAzimuthDeg, double azimuthHalfWidthDeg, double minElevationDeg,
            double maxElevationDeg) {
        this.nadirCone = false;
        this.boresightAzimuthRad = StrictMath.toRadians(boresightAzimuthDeg);
        this.cosBoresightAzimuth = StrictMath.cos(boresightAzimuthRad);
        this.sinBoresightAzimuth = StrictMath.sin(boresightAzimuthRad);
        this.azimuthHalfWidthRad = StrictMath.toRadians(azimuthHalfWidthDeg);
        this.minElevationRad = StrictMath.toRadians(minElevationDeg);
        this.maxElevationRad = StrictMath.toRadians(maxElevationDeg);
        this.coneHalfAngleRad = Double.NaN;
        this.cosConeHalfAngle = Double.NaN;
    }

    TerminalMount(double nadirConeHalfAngleDeg) {
        this.nadirCone = true;
        this.boresightAzimuthRad = Double.NaN;
        this.cosBoresightAzimuth = Double.NaN;
        this.sinBoresightAzimuth = Double.NaN;
        this.azimuthHalfWidthRad = Double.NaN;
        this.minElevationRad = -StrictMath.PI / 2;
        this.maxElevationRad = -StrictMath.PI / 2;
        this.coneHalfAngleRad = StrictMath.toRadians(nadirConeHalfAngleDeg);
        this.cosConeHalfAngle = StrictMath.cos(coneHalfAngleRad);
    }

    /**
     * Whether a direction, given by its LVLH components (any length), is inside the field of regard.
     *
     * @param along component along-track
     * @param cross component along the orbit normal
     * @param up    component along the radius (up)
     * @return true when the gimbal can point there
     */
    public boolean contains(double along, double cross, double up) {
        if (nadirCone) {
            double norm = StrictMath.sqrt(along * along + cross * cross + up * up);
            return -up >= norm * cosConeHalfAngle;
        }
        double horizontal = StrictMath.sqrt(along * along + cross * cross);
        double elevationRad = StrictMath.atan2(up, horizontal);
        if (elevationRad < minElevationRad || elevationRad > maxElevationRad) {
            return false;
        }
        // Azimuth from the boresight: rotate the horizontal components by −boresight azimuth.
        double inBoresight = along * cosBoresightAzimuth + cross * sinBoresightAzimuth;
        double sideways = cross * cosBoresightAzimuth - along * sinBoresightAzimuth;
        return StrictMath.abs(StrictMath.atan2(sideways, inBoresight)) <= azimuthHalfWidthRad;
    }

    /** @return true for the ground terminal (a nadir cone), false for the inter-satellite terminals */
    public boolean isGround() {
        return nadirCone;
    }

    /** @return boresight azimuth in rad (NaN for the ground terminal) */
    public double boresightAzimuthRad() {
        return boresightAzimuthRad;
    }

    /** @return half-width in azimuth about the boresight in rad (NaN for the ground terminal) */
    public double azimuthHalfWidthRad() {
        return azimuthHalfWidthRad;
    }

    /** @return lowest elevation in rad (−π/2 for the ground terminal) */
    public double minElevationRad() {
        return minElevationRad;
    }

    /** @return highest elevation in rad (−π/2 for the ground terminal) */
    public double maxElevationRad() {
        return maxElevationRad;
    }

    /** @return half-angle of the nadir cone in rad (NaN for the inter-satellite terminals) */
    public double nadirConeHalfAngleRad() {
        return coneHalfAngleRad;
    }
}

package space.ocsat.sim.model;

/**
 * What the optical terminals need to know about the world outside the satellite: where each partner is (another
 * satellite of the constellation, an optical ground station) and whether a terminal can close a link with it now.
 * The links package implements it ({@code space.ocsat.sim.links.PassiveConstellation}); this package only states the
 * question, so that it does not depend on the links package (which already depends on this one).
 *
 * <p>Partner ids are those of {@link space.ocsat.hal.optical.OpticalTerminals}: satellites by their id, ground
 * stations from {@code GROUND_STATION_BASE}. Vectors are ECI (equator and equinox of date), m; time is Unix seconds
 * (UTC). {@link #update} moves the geometry to the current time once a second, before the terminals step; no method
 * allocates.
 */
public interface PartnerGeometry {

    /** Whether a terminal can close a link with its partner now, and if not, the first reason found. */
    enum View {
        /** Line of sight clear, in the field of regard, no Sun in either receiver, sky clear: a link can close. */
        CLEAR,
        /** The line of sight passes too low through the atmosphere or through the Earth. */
        EARTH_BLOCKS,
        /** The partner is outside the terminal's field of regard. */
        OUT_OF_FIELD,
        /** The ground station sees the satellite below its elevation mask. */
        BELOW_MASK,
        /** The Sun is within the exclusion cone of a receiver's line of sight (this end or the partner's). */
        SUN,
        /** Clouds cover the ground station. */
        CLOUDS,
        /**
         * The partner satellite's terminal is not pointing back (no terminal of it commanded at this satellite and
         * POINTING, ACQUIRING or TRACKING): a link needs both ends (a constellation of active satellites).
         */
        PARTNER_NOT_POINTING,
        /** The ground station serves another satellite (one at a time). */
        STATION_BUSY
    }

    /**
     * Moves the geometry to a time.
     *
     * @param unixS      time, s since 1970 (UTC)
     * @param selfPosM   this satellite's position (truth), m, ECI
     * @param selfVelMps this satellite's velocity (truth), m/s, ECI
     * @param sunDirUnit unit vector from the Earth's centre to the Sun, ECI
     */
    void update(double unixS, double[] selfPosM, double[] selfVelMps, double[] sunDirUnit);

    /**
     * @param terminal terminal index
     * @param partner  partner id
     * @return true if the terminal can be given this partner: another satellite of the constellation for an
     *         inter-satellite terminal, a known ground station for the ground terminal
     */
    boolean accepts(int terminal, int partner);

    /**
     * Looks from a terminal at its partner (one {@link #accepts} allows) at the current time.
     *
     * @param terminal      terminal index
     * @param partner       partner id
     * @param outLosUnitEci output, length ≥ 3: unit vector from this satellite to the partner, ECI
     * @return whether a link can close now; {@link #rangeM()} then holds the range
     */
    View look(int terminal, int partner, double[] outLosUnitEci);

    /** @return range of the last {@link #look}, m */
    double rangeM();

    /**
     * Writes where a terminal's gimbal rests (its boresight) at the current time.
     *
     * @param terminal     terminal index
     * @param outUnitEci   output, length ≥ 3: unit boresight direction, ECI
     */
    void boresight(int terminal, double[] outUnitEci);

    /** @param partner partner id @param rangeM range, m @return received optical power, dBm */
    double receivedPowerDbm(int partner, double rangeM);

    /** @param partner partner id @param rangeM range, m @return fastest rate the link closes at, bit/s (0: none) */
    double rateBps(int partner, double rangeM);

    /** @param partner partner id @param rangeM range, m @return received power over that rate's need, dB */
    double marginDb(int partner, double rangeM);
}

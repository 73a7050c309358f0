package space.ocsat.hal.optical;

import space.ocsat.hal.DeviceStatus;

/**
 * Optical (laser) terminals: inter-satellite and space-to-ground, index based: {@link #FORE}, {@link #AFT},
 * {@link #LEFT}, {@link #RIGHT} (inter-satellite), then {@link #GROUND}. Partners are satellites by their id
 * (0, 1, …) or optical ground stations from {@link #GROUND_STATION_BASE} on.
 *
 * <p>A terminal runs its own pointing-acquisition-tracking: given a partner ({@link #acquire}) it slews its gimbal
 * to the partner's predicted direction (POINTING), scans for the partner's beacon (ACQUIRING) and closes the loop on
 * it (TRACKING, data flows). When lock is lost (the partner's line of sight blocked or out of the field of regard,
 * the Sun in the field of view, a fault) it reports LOST and waits: {@link #acquire} again (the same partner or
 * another) starts a new cycle. It gives up on nothing by itself; timeouts are the flight software's.
 */
public interface OpticalTerminals {
    /** Partner id meaning "no partner". */
    int NO_PARTNER = -1;
    /** Partner ids from this one on are optical ground stations (this plus the station's index). */
    int GROUND_STATION_BASE = 1000;
    /** Terminal index: inter-satellite, looking along the velocity (the in-plane neighbour ahead). */
    int FORE = 0;
    /** Terminal index: inter-satellite, looking against the velocity (the in-plane neighbour behind). */
    int AFT = 1;
    /** Terminal index: inter-satellite, looking to the left of the velocity (cross-plane). */
    int LEFT = 2;
    /** Terminal index: inter-satellite, looking to the right of the velocity (cross-plane). */
    int RIGHT = 3;
    /** Terminal index: space-to-ground, looking down. */
    int GROUND = 4;

    /** @return number of terminals */
    int count();

    /** @param terminal terminal index @return the terminal's PAT state */
    TerminalState state(int terminal);

    /** @param terminal terminal index @return id of the partner it points at or tracks, or {@link #NO_PARTNER} */
    int partnerId(int terminal);

    /** @param terminal terminal index @return gimbal azimuth in the terminal frame, radians (rad) */
    double pointingAzimuthRad(int terminal);

    /** @param terminal terminal index @return gimbal elevation in the terminal frame, radians (rad) */
    double pointingElevationRad(int terminal);

    /**
     * @param terminal terminal index
     * @return angle between the direction the terminal's controller aims at (its partner's) and where its gimbal
     *         points, radians (rad); 0 without a partner. It falls to microradians once pointed; a gimbal that
     *         cannot follow (stuck) shows here.
     */
    double pointingErrorRad(int terminal);

    /** @param terminal terminal index @return received optical power, dBm (−∞ reported as −200) */
    double receivedPowerDbm(int terminal);

    /** @param terminal terminal index @return current data rate, bits per second (bit/s) */
    double dataRateBps(int terminal);

    /**
     * @param terminal terminal index
     * @return received power over what the current rate needs, decibels (dB); NaN unless TRACKING
     */
    double linkMarginDb(int terminal);

    /** @param terminal terminal index @return electrical power drawn, watts (W) */
    double powerW(int terminal);

    /** @param terminal terminal index @param on true to power it @return status */
    DeviceStatus setPowered(int terminal, boolean on);

    /**
     * Commands the terminal to point at and acquire a partner; the same partner again restarts the cycle (after
     * LOST, or to give an acquisition a new start).
     *
     * @param terminal terminal index
     * @param partner  partner id (satellite or ground station), or {@link #NO_PARTNER} to release
     * @return {@link DeviceStatus#OK}, {@link DeviceStatus#OFF} if unpowered, {@link DeviceStatus#NO_SUCH_UNIT}
     */
    DeviceStatus acquire(int terminal, int partner);

    /** @param terminal terminal index @return status of the terminal */
    DeviceStatus status(int terminal);
}

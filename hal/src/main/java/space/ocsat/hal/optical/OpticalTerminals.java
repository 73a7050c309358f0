package space.ocsat.hal.optical;

import space.ocsat.hal.DeviceStatus;

/** Optical (laser) terminals: inter-satellite and space-to-ground, index based. */
public interface OpticalTerminals {
    /** Partner id meaning "no partner". */
    int NO_PARTNER = -1;

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

    /** @param terminal terminal index @return received optical power, dBm (−∞ reported as −200) */
    double receivedPowerDbm(int terminal);

    /** @param terminal terminal index @return current data rate, bits per second (bit/s) */
    double dataRateBps(int terminal);

    /** @param terminal terminal index @return electrical power drawn, watts (W) */
    double powerW(int terminal);

    /** @param terminal terminal index @param on true to power it @return status */
    DeviceStatus setPowered(int terminal, boolean on);

    /**
     * Commands the terminal to point at and acquire a partner.
     *
     * @param terminal terminal index
     * @param partner  partner id (satellite or ground station), or {@link #NO_PARTNER} to release
     * @return {@link DeviceStatus#OK}, {@link DeviceStatus#OFF} if unpowered, {@link DeviceStatus#NO_SUCH_UNIT}
     */
    DeviceStatus acquire(int terminal, int partner);

    /** @param terminal terminal index @return status of the terminal */
    DeviceStatus status(int terminal);
}

package space.ocsat.sim.links;

import java.util.List;

/**
 * The simulator's default network of optical ground stations: seven real sites on four continents and two oceans.
 *
 * <p>Coordinates: geodetic latitude and longitude (east positive) and height in m. The sources below give heights
 * above the ellipsoid or above sea level (they differ by the geoid, under 60 m here, which moves elevation angles
 * by less than 0.01°); a site quoted to the hundredth of a degree is within about 1 km of its telescope.
 *
 * <p>Climate: the clear-sky fractions and mean cloudy spells are rough assumptions for the simulator, chosen
 * from the sites' reputations (high island summits above the trade-wind inversion clear most of the time,
 * central Europe and coastal Japan are cloudy about half the time or more, in spells of a day or so), not
 * measured statistics. Replace them with site cloud statistics before drawing conclusions about availability.
 * All sites use the {@link GroundSite#DEFAULT_MIN_ELEVATION_DEG 20°} elevation mask.
 */
public final class GroundSites {

    private static final double HOUR_S = 3600.0;
    private static final double MASK_DEG = GroundSite.DEFAULT_MIN_ELEVATION_DEG;

    /**
     * ESA Optical Ground Station, Observatorio del Teide, Tenerife: 28.30096° N, 16.51182° W (Wikipedia,
     * "ESA Optical Ground Station" infobox); 2 400 m (ESA, "Visiting the OGS", 2022).
     */
    public static final GroundSite TENERIFE_OGS =
            new GroundSite("tenerife-ogs", 28.30096, -16.51182, 2400.0, MASK_DEG, 0.75, 8 * HOUR_S);

    /**
     * JPL Optical Communications Telescope Laboratory, Table Mountain, Wrightwood, California: 34.382° N,
     * 117.683° W, 2 200 m (ILRS site log, station 7040 "Wrightwood (OCTL)").
     */
    public static final GroundSite TABLE_MOUNTAIN_OCTL =
            new GroundSite("table-mountain-octl", 34.382, -117.683, 2200.0, MASK_DEG, 0.70, 12 * HOUR_S);

    /**
     * DLR Optical Ground Station Oberpfaffenhofen (OGS-OP), on the DLR site at Oberpfaffenhofen near Munich:
     * 48.0739° N, 11.2717° E (the village, 48°04′26″ N 11°16′18″ E, Wikipedia "Oberpfaffenhofen"; the station is
     * within about 2 km), about 600 m.
     */
    public static final GroundSite OBERPFAFFENHOFEN_OGS =
            new GroundSite("oberpfaffenhofen-ogs", 48.0739, 11.2717, 600.0, MASK_DEG, 0.35, 24 * HOUR_S);

    /**
     * NICT headquarters, Koganei, Tokyo, home of NICT's optical ground station: 35°42′24.48″ N, 139°29′18.60″ E,
     * 128.5 m (IGS site log KGN0, Koganei, 2006).
     */
    public static final GroundSite KOGANEI_NICT =
            new GroundSite("koganei-nict", 35.70680, 139.48850, 128.5, MASK_DEG, 0.45, 18 * HOUR_S);

    /**
     * Mount Stromlo, Canberra, a laser ranging and optical communication site: 35.3161° S, 149.0099° E, 804 m
     * (ILRS site log, station 7849 "Mount Stromlo").
     */
    public static final GroundSite MOUNT_STROMLO =
            new GroundSite("mount-stromlo", -35.3161, 149.0099, 804.1, MASK_DEG, 0.50, 18 * HOUR_S);

    /**
     * Haleakala, Maui (site of NASA's LCRD optical ground station 2 and the HA4T laser ranging station):
     * 20.706489° N, 203.743079° E = 156.256921° W, 3 056 m above the ellipsoid (ILRS station info "Haleakala",
     * HA4T).
     */
    public static final GroundSite HALEAKALA =
            new GroundSite("haleakala", 20.706489, -156.256921, 3056.272, MASK_DEG, 0.70, 8 * HOUR_S);

    /**
     * ASI Matera Laser Ranging Observatory (MLRO), Matera, Italy: 40.6486° N, 16.7046° E, 536.9 m (ILRS station
     * info "Matera (MLRO)").
     */
    public static final GroundSite MATERA_MLRO =
            new GroundSite("matera-mlro", 40.6486, 16.7046, 536.9, MASK_DEG, 0.60, 18 * HOUR_S);

    private static final List<GroundSite> DEFAULT_NETWORK = List.of(TENERIFE_OGS, TABLE_MOUNTAIN_OCTL,
            OBERPFAFFENHOFEN_OGS, KOGANEI_NICT, MOUNT_STROMLO, HALEAKALA, MATERA_MLRO);

    private GroundSites() {
    }

    /** @return the default network, in a fixed order (the order is the site index in {@link CloudModel}) */
    public static List<GroundSite> defaultNetwork() {
        return DEFAULT_NETWORK;
    }
}

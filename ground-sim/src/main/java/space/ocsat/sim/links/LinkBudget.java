package space.ocsat.sim.links;

/**
 * Optical link budget (Majumdar &amp; Ricklin 2008; REFERENCE.md, "Optical links"):
 * P_r = P_t·η_t·η_r·G_t·G_r·(λ/4πR)²·L_p with aperture gains G = (πD/λ)². The efficiencies η_t, η_r, the pointing
 * loss L_p and, for ground links, the atmosphere are lumped into one loss in dB. The link runs at the fastest rate
 * of its {@link RateLadder} whose sensitivity plus the minimum margin the received power meets.
 *
 * <h2>Defaults (simulator assumptions, each a parameter)</h2>
 * <table>
 *   <caption>Default link budgets</caption>
 *   <tr><th></th><th>{@link #interSatellite()}</th><th>{@link #spaceToGround()}</th></tr>
 *   <tr><td>wavelength</td><td colspan="2">1 550 nm (C band, erbium amplifiers; the REFERENCE example's figures
 *       reproduce with it)</td></tr>
 *   <tr><td>transmit power</td><td colspan="2">5 W (37 dBm) after the optical amplifier</td></tr>
 *   <tr><td>apertures</td><td>100 mm both ends</td><td>100 mm on the satellite, 600 mm on the ground (a mid-size
 *       station; ESA's OGS and JPL's OCTL telescopes are 1 m)</td></tr>
 *   <tr><td>losses</td><td>6 dB (optics and pointing, as in the REFERENCE example)</td>
 *       <td>15 dB: the same 6 dB, 3 dB of absorption and scattering down to 20° elevation in clear air and 6 dB
 *       allowed for scintillation fades</td></tr>
 *   <tr><td>minimum margin</td><td colspan="2">3 dB</td></tr>
 *   <tr><td>rates</td><td colspan="2">{@link RateLadder#defaults()}: 100/50/25/10/2.5 Gbit/s</td></tr>
 * </table>
 * With these, in-plane neighbours of the 53°:66/6/1 shell (3 903 km) receive −26.7 dBm and run at 25 Gbit/s
 * (4.8 dB margin); cross-plane partners at the longest line of sight (5 016 km at 550 km with 80 km grazing)
 * receive −28.9 dBm: 10 Gbit/s with 6.6 dB. A ground link at 1 300 km (20° elevation) receives −10.6 dBm and
 * at 2 000 km −14.4 dBm: 100 Gbit/s with 11 dB or more. ({@code LinkBudgetTest} checks these figures.)
 *
 * <p>Immutable and thread-safe; the per-step methods do not allocate.
 */
public final class LinkBudget {

    /** Default wavelength in m (1 550 nm). */
    public static final double DEFAULT_WAVELENGTH_M = 1550e-9;
    /** Default transmit power in W (after the amplifier). */
    public static final double DEFAULT_TRANSMIT_POWER_W = 5.0;
    /** Default inter-satellite aperture diameter in m, both ends. */
    public static final double DEFAULT_ISL_APERTURE_M = 0.10;
    /** Default ground-station receive aperture diameter in m. */
    public static final double DEFAULT_GROUND_APERTURE_M = 0.60;
    /** Default inter-satellite losses in dB (optics and pointing; REFERENCE example: 6 dB). */
    public static final double DEFAULT_ISL_LOSSES_DB = 6.0;
    /** Default space-to-ground losses in dB (6 dB terminal + 3 dB atmosphere + 6 dB scintillation allowance). */
    public static final double DEFAULT_GROUND_LOSSES_DB = 15.0;
    /** Default minimum margin in dB above the chosen rate's sensitivity. */
    public static final double DEFAULT_MIN_MARGIN_DB = 3.0;

    private final double transmitPowerW;
    private final double transmitApertureM;
    private final double receiveApertureM;
    private final double wavelengthM;
    private final double lossesDb;
    private final double minMarginDb;
    private final RateLadder ladder;
    /** P_r in dBm at 1 m: everything but the 20·log10(R) of the free-space term. */
    private final double receivedAtOneMetreDbm;

    /**
     * @param transmitPowerW    optical power out of the transmit telescope's amplifier in W, &gt; 0
     * @param transmitApertureM transmit aperture diameter in m, &gt; 0
     * @param receiveApertureM  receive aperture diameter in m, &gt; 0
     * @param wavelengthM       wavelength in m, &gt; 0
     * @param lossesDb          lumped losses η_t·η_r·L_p (and atmosphere) in dB, ≥ 0
     * @param minMarginDb       margin the received power must keep above a rate's sensitivity, dB
     * @param ladder            the receiver's rates and sensitivities
     * @throws IllegalArgumentException if a value is out of range
     */
    public LinkBudget(double transmitPowerW, double transmitApertureM, double receiveApertureM, double wavelengthM,
            double lossesDb, double minMarginDb, RateLadder ladder) {
        requirePositive("transmitPowerW", transmitPowerW);
        requirePositive("transmitApertureM", transmitApertureM);
        requirePositive("receiveApertureM", receiveApertureM);
        requirePositive("wavelengthM", wavelengthM);
        if (!(lossesDb >= 0.0) || Double.isInfinite(lossesDb)) {
            throw new IllegalArgumentException("lossesDb must be finite and >= 0, got " + lossesDb);
        }
        if (!Double.isFinite(minMarginDb)) {
            throw new IllegalArgumentException("minMarginDb must be finite, got " + minMarginDb);
        }
        if (ladder == null) {
            throw new IllegalArgumentException("ladder must not be null");
        }
        this.transmitPowerW = transmitPowerW;
        this.transmitApertureM = transmitApertureM;
        this.receiveApertureM = receiveApertureM;
        this.wavelengthM = wavelengthM;
        this.lossesDb = lossesDb;
        this.minMarginDb = minMarginDb;
        this.ladder = ladder;
        this.receivedAtOneMetreDbm = 10.0 * StrictMath.log10(transmitPowerW * 1000.0)
                + apertureGainDb(transmitApertureM, wavelengthM)
                + apertureGainDb(receiveApertureM, wavelengthM)
                + 20.0 * StrictMath.log10(wavelengthM / (4.0 * StrictMath.PI))
                - lossesDb;
    }

    /** @return the default inter-satellite budget (see the class doc) */
    public static LinkBudget interSatellite() {
        return new LinkBudget(DEFAULT_TRANSMIT_POWER_W, DEFAULT_ISL_APERTURE_M, DEFAULT_ISL_APERTURE_M,
                DEFAULT_WAVELENGTH_M, DEFAULT_ISL_LOSSES_DB, DEFAULT_MIN_MARGIN_DB, RateLadder.defaults());
    }

    /** @return the default space-to-ground budget (see the class doc) */
    public static LinkBudget spaceToGround() {
        return new LinkBudget(DEFAULT_TRANSMIT_POWER_W, DEFAULT_ISL_APERTURE_M, DEFAULT_GROUND_APERTURE_M,
                DEFAULT_WAVELENGTH_M, DEFAULT_GROUND_LOSSES_DB, DEFAULT_MIN_MARGIN_DB, RateLadder.defaults());
    }

    /**
     * Gain of a diffraction-limited circular aperture, G = (πD/λ)².
     *
     * @param apertureM   aperture diameter in m
     * @param wavelengthM wavelength in m
     * @return gain in dB
     */
    public static double apertureGainDb(double apertureM, double wavelengthM) {
        return 20.0 * StrictMath.log10(StrictMath.PI * apertureM / wavelengthM);
    }

    /**
     * Free-space term (λ/4πR)².
     *
     * @param rangeM      range in m
     * @param wavelengthM wavelength in m
     * @return the term in dB (negative)
     */
    public static double freeSpaceDb(double rangeM, double wavelengthM) {
        return 20.0 * StrictMath.log10(wavelengthM / (4.0 * StrictMath.PI * rangeM));
    }

    /**
     * @param rangeM range in m, &gt; 0
     * @return received power in dBm
     */
    public double receivedPowerDbm(double rangeM) {
        return receivedAtOneMetreDbm - 20.0 * StrictMath.log10(rangeM);
    }

    /**
     * @param rangeM range in m
     * @return index in the ladder of the fastest rate that closes with the minimum margin, or −1 if none does
     */
    public int rateIndex(double rangeM) {
        double receivedDbm = receivedPowerDbm(rangeM);
        for (int i = 0; i < ladder.size(); i++) {
            if (receivedDbm >= ladder.sensitivityDbm(i) + minMarginDb) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param rangeM range in m
     * @return the fastest rate that closes with the minimum margin in bit/s, or 0 if none does
     */
    public double rateBps(double rangeM) {
        int index = rateIndex(rangeM);
        return index < 0 ? 0.0 : ladder.rateBps(index);
    }

    /**
     * @param rangeM range in m
     * @return received power minus the sensitivity of the rate {@link #rateBps} picks, dB (≥ the minimum margin);
     *         when no rate closes, the margin at the slowest rate (below the minimum)
     */
    public double marginDb(double rangeM) {
        int index = rateIndex(rangeM);
        int at = index < 0 ? ladder.size() - 1 : index;
        return receivedPowerDbm(rangeM) - ladder.sensitivityDbm(at);
    }

    /** @return transmit power in W */
    public double transmitPowerW() {
        return transmitPowerW;
    }

    /** @return transmit aperture diameter in m */
    public double transmitApertureM() {
        return transmitApertureM;
    }

    /** @return receive aperture diameter in m */
    public double receiveApertureM() {
        return receiveApertureM;
    }

    /** @return wavelength in m */
    public double wavelengthM() {
        return wavelengthM;
    }

    /** @return lumped losses in dB */
    public double lossesDb() {
        return lossesDb;
    }

    /** @return minimum margin in dB */
    public double minMarginDb() {
        return minMarginDb;
    }

    /** @return the receiver's rate ladder */
    public RateLadder ladder() {
        return ladder;
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
    }
}

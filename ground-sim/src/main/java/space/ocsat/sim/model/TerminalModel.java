package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.adcs.Attitude;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;

/**
 * The optical terminals with their pointing-acquisition-tracking (PAT) cycle, stepped once a second against the
 * truth of {@link PartnerGeometry} (where the partner is, whether the link can close) and of the attitude.
 *
 * <h2>Per terminal, each second</h2>
 * <ul>
 *   <li><b>Gimbal.</b> The aim is the line of sight to the partner in the body frame (the attitude truth turns it: the
 *       satellite yaw-steers, so the gimbal moves even for the in-plane neighbour, which stays put in the local
 *       orbital frame). The gimbal, a unit vector in the body frame with no range limit, turns toward the aim along
 *       the great circle at {@link SatelliteConfig#terminalSlewRateRadPerS}; it rests at its mount's boresight until
 *       first given a partner and stays where it is when released. The pointing error is the angle between aim and
 *       gimbal; once the gimbal has caught up it is zero (no fine-pointing jitter is modelled).</li>
 *   <li><b>POINTING → ACQUIRING</b> once the error is within {@link SatelliteConfig#terminalAcquireToleranceRad} and
 *       the partner is in view ({@link PartnerGeometry.View#CLEAR}: line of sight above the atmosphere, in the field
 *       of regard, no Sun in either receiver, for a ground station above its mask and not clouded). Otherwise the
 *       terminal keeps pointing; it gives up on nothing (the flight software times out).</li>
 *   <li><b>ACQUIRING → TRACKING</b> after a beacon scan of a random length, triangular between
 *       {@link SatelliteConfig#terminalAcquisitionMinS} and {@link SatelliteConfig#terminalAcquisitionMaxS}, drawn when
 *       the scan starts. The scan only advances while the partner stays in view and the gimbal within the tracking
 *       tolerance; an interruption starts it over (still ACQUIRING).</li>
 *   <li><b>TRACKING</b>: rate, margin and received power from the link budget at the current range. LOST when the
 *       partner leaves view (the reason is kept: {@link #lastLoss}), when the error exceeds
 *       {@link SatelliteConfig#terminalTrackingToleranceRad}, at a random drop (exponential, mean
 *       {@link SatelliteConfig#terminalMeanTimeBetweenDropsS}, drawn on locking) or through a fault. LOST waits for
 *       {@link #acquire}.</li>
 * </ul>
 *
 * <h2>Faults</h2>
 * {@link #setLossOfLock}: every time the terminal locks it drops again a few seconds later ({@value #FAULT_HOLD_MIN_S}
 * to {@value #FAULT_HOLD_MAX_S} s, uniform); {@link #setGimbalStuck}: the gimbal stays where it is in the body frame,
 * so the error follows the aim's motion, pointing cannot converge and a tracking terminal loses lock once the error
 * passes the tracking tolerance. Both last until cleared.
 *
 * <p>Power: 0 W off, {@link SatelliteConfig#terminalIdlePowerW} idle, {@link SatelliteConfig#terminalActivePowerW}
 * with a partner. Each terminal draws its random numbers from its own stream ({@code Rng.stream(seed, 81 + t)}), so
 * a run is the same for a seed. {@link #stepSecond} allocates nothing.
 */
public final class TerminalModel implements OpticalTerminals {
    /** Random stream id of terminal 0; terminal t uses this plus t (other models use ids below 80). */
    public static final long STREAM_ID_BASE = 81;
    /** Loss-of-lock fault: shortest time lock holds after the terminal locks, s. */
    public static final double FAULT_HOLD_MIN_S = 2;
    /** Loss-of-lock fault: longest time lock holds after the terminal locks, s. */
    public static final double FAULT_HOLD_MAX_S = 8;
    /** Received power reported without a link, dBm (the interface's −∞). */
    private static final double NO_SIGNAL_DBM = -200;

    /** Why a terminal last went LOST. */
    public enum Loss {
        /** It has not lost lock yet. */
        NONE,
        /** The Earth or the atmosphere came between. */
        EARTH_BLOCKS,
        /** The partner left the field of regard. */
        OUT_OF_FIELD,
        /** The ground station saw the satellite set below its mask. */
        BELOW_MASK,
        /** The Sun entered a receiver's exclusion cone. */
        SUN,
        /** Clouds covered the ground station. */
        CLOUDS,
        /** The gimbal fell too far behind the partner (a stuck gimbal). */
        POINTING_ERROR,
        /** A random drop (turbulence, a vibration, a fade). */
        RANDOM_DROP,
        /** The loss-of-lock fault. */
        FAULT,
        /** The partner satellite stopped pointing back (it lost lock or turned to another partner). */
        PARTNER_NOT_POINTING,
        /** The ground station turned to another satellite. */
        STATION_BUSY
    }

    private final OrbitEnvironment env;
    private final Attitude attitude;
    private final PartnerGeometry sky;
    private final double idleW;
    private final double activeW;
    private final double slewRadPerS;
    private final double acquireToleranceRad;
    private final double trackingToleranceRad;
    private final double scanMinS;
    private final double scanMaxS;
    private final double meanDropS;
    private final Rng[] rng;
    private final TerminalState[] state;
    private final int[] partner;
    /** Gimbal direction per terminal, unit vector in the body frame, 3 per terminal. */
    private final double[] gimbal;
    private final double[] errorRad;
    private final double[] rangeM;
    private final double[] scanNeededS;
    private final double[] scanDoneS;
    private final double[] dropAtS;
    private final double[] faultDropAtS;
    private final boolean[] lossOfLockFault;
    private final boolean[] gimbalStuck;
    private final PartnerGeometry.View[] lastView;
    private final Loss[] lastLoss;
    private final long[] acquisitions;
    private final long[] losses;
    private final long[] trackingS;
    private final double[] q = new double[4];
    private final double[] los = new double[3];
    private final double[] aim = new double[3];
    private boolean supplyOn = true;
    private boolean gimbalsPlaced;
    private double nowS;

    /**
     * @param config   slew rate, tolerances, scan times, drop rate, power draws, terminal count
     * @param env      the satellite's orbit truth and the Sun
     * @param attitude the attitude truth (body to ECI)
     * @param sky      where the partners are and whether they can be seen
     * @param seed     run seed
     */
    public TerminalModel(SatelliteConfig config, OrbitEnvironment env, Attitude attitude, PartnerGeometry sky,
                         long seed) {
        if (!(config.terminalAcquisitionMinS > 0 && config.terminalAcquisitionMaxS >= config.terminalAcquisitionMinS)) {
            throw new IllegalArgumentException("terminal acquisition times need 0 < min <= max, got "
                    + config.terminalAcquisitionMinS + ", " + config.terminalAcquisitionMaxS);
        }
        if (!(config.terminalSlewRateRadPerS > 0 && config.terminalAcquireToleranceRad > 0
                && config.terminalTrackingToleranceRad >= config.terminalAcquireToleranceRad
                && config.terminalMeanTimeBetweenDropsS > 0)) {
            throw new IllegalArgumentException("terminal slew rate, tolerances (acquire <= tracking) and drop interval "
                    + "must be positive");
        }
        int n = config.terminals;
        this.env = env;
        this.attitude = attitude;
        this.sky = sky;
        this.idleW = config.terminalIdlePowerW;
        this.activeW = config.terminalActivePowerW;
        this.slewRadPerS = config.terminalSlewRateRadPerS;
        this.acquireToleranceRad = config.terminalAcquireToleranceRad;
        this.trackingToleranceRad = config.terminalTrackingToleranceRad;
        this.scanMinS = config.terminalAcquisitionMinS;
        this.scanMaxS = config.terminalAcquisitionMaxS;
        this.meanDropS = config.terminalMeanTimeBetweenDropsS;
        rng = new Rng[n];
        for (int t = 0; t < n; t++) {
            rng[t] = Rng.stream(seed, STREAM_ID_BASE + t);
        }
        state = new TerminalState[n];
        java.util.Arrays.fill(state, TerminalState.OFF);
        partner = new int[n];
        java.util.Arrays.fill(partner, NO_PARTNER);
        gimbal = new double[3 * n];
        errorRad = new double[n];
        rangeM = new double[n];
        java.util.Arrays.fill(rangeM, Double.NaN);
        scanNeededS = new double[n];
        scanDoneS = new double[n];
        dropAtS = new double[n];
        faultDropAtS = new double[n];
        java.util.Arrays.fill(dropAtS, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(faultDropAtS, Double.POSITIVE_INFINITY);
        lossOfLockFault = new boolean[n];
        gimbalStuck = new boolean[n];
        lastView = new PartnerGeometry.View[n];
        java.util.Arrays.fill(lastView, PartnerGeometry.View.OUT_OF_FIELD);
        lastLoss = new Loss[n];
        java.util.Arrays.fill(lastLoss, Loss.NONE);
        acquisitions = new long[n];
        losses = new long[n];
        trackingS = new long[n];
    }

    /** @param on terminal PDU channel state: without supply every terminal is off */
    public void supply(boolean on) {
        supplyOn = on;
        if (!on) {
            for (int t = 0; t < state.length; t++) {
                switchOff(t);
            }
        }
    }

    /**
     * Advances every terminal by one second at the environment's current time: moves the geometry, slews the gimbals
     * and runs the PAT cycle. Call once per simulated second, after the orbit and attitude have moved.
     */
    public void stepSecond() {
        nowS = env.epochUnixS() + env.tSinceEpochS();
        sky.update(nowS, env.positionTruthM(), env.velocityTruthMps(), env.sunDirectionTruth());
        for (int i = 0; i < 4; i++) {
            q[i] = attitude.quaternion(i);
        }
        if (!gimbalsPlaced) {
            placeGimbalsAtBoresight();
        }
        for (int t = 0; t < state.length; t++) {
            if (state[t] == TerminalState.OFF || state[t] == TerminalState.IDLE) {
                errorRad[t] = 0;
                continue;
            }
            step(t, 1.0);
        }
    }

    private void placeGimbalsAtBoresight() {
        for (int t = 0; t < state.length; t++) {
            sky.boresight(t, los);
            Quat.toBody(q, los, aim);
            setGimbal(t, aim[0], aim[1], aim[2]);
        }
        gimbalsPlaced = true;
    }

    private void step(int t, double dtS) {
        PartnerGeometry.View view = sky.look(t, partner[t], los);
        lastView[t] = view;
        rangeM[t] = sky.rangeM();
        Quat.toBody(q, los, aim);
        if (!gimbalStuck[t]) {
            slew(t, slewRadPerS * dtS);
        }
        errorRad[t] = angleToAim(t);
        boolean inView = view == PartnerGeometry.View.CLEAR;
        switch (state[t]) {
            case POINTING -> {
                if (inView && errorRad[t] <= acquireToleranceRad) {
                    state[t] = TerminalState.ACQUIRING;
                    scanDoneS[t] = 0;
                    scanNeededS[t] = drawScanS(t);
                }
            }
            case ACQUIRING -> {
                if (inView && errorRad[t] <= trackingToleranceRad) {
                    scanDoneS[t] += dtS;
                    if (scanDoneS[t] >= scanNeededS[t]) {
                        lock(t);
                    }
                } else {
                    scanDoneS[t] = 0; // the beacon slipped away: the scan starts over
                }
            }
            case TRACKING -> track(t, view, dtS);
            default -> {
            }
        }
    }

    private void track(int t, PartnerGeometry.View view, double dtS) {
        Loss loss = Loss.NONE;
        if (view != PartnerGeometry.View.CLEAR) {
            loss = lossOf(view);
        } else if (errorRad[t] > trackingToleranceRad) {
            loss = Loss.POINTING_ERROR;
        } else if (nowS >= faultDropAtS[t]) {
            loss = Loss.FAULT;
        } else if (nowS >= dropAtS[t]) {
            loss = Loss.RANDOM_DROP;
        }
        if (loss != Loss.NONE) {
            state[t] = TerminalState.LOST;
            lastLoss[t] = loss;
            losses[t]++;
            dropAtS[t] = Double.POSITIVE_INFINITY;
            faultDropAtS[t] = Double.POSITIVE_INFINITY;
        } else {
            trackingS[t] += (long) dtS;
        }
    }

    private void lock(int t) {
        state[t] = TerminalState.TRACKING;
        acquisitions[t]++;
        double u = rng[t].nextDouble(); // drawn even without drops, so the stream does not depend on the setting
        dropAtS[t] = Double.isInfinite(meanDropS) ? Double.POSITIVE_INFINITY : nowS - meanDropS * StrictMath.log1p(-u);
        faultDropAtS[t] = lossOfLockFault[t] ? nowS + drawFaultHoldS(t) : Double.POSITIVE_INFINITY;
    }

    private static Loss lossOf(PartnerGeometry.View view) {
        return switch (view) {
            case EARTH_BLOCKS -> Loss.EARTH_BLOCKS;
            case OUT_OF_FIELD -> Loss.OUT_OF_FIELD;
            case BELOW_MASK -> Loss.BELOW_MASK;
            case SUN -> Loss.SUN;
            case CLOUDS -> Loss.CLOUDS;
            case PARTNER_NOT_POINTING -> Loss.PARTNER_NOT_POINTING;
            case STATION_BUSY -> Loss.STATION_BUSY;
            case CLEAR -> Loss.NONE;
        };
    }

    /** Triangular between the bounds, mode in the middle: the mean of two uniforms. */
    private double drawScanS(int t) {
        double u = 0.5 * (rng[t].nextDouble() + rng[t].nextDouble());
        return scanMinS + (scanMaxS - scanMinS) * u;
    }

    private double drawFaultHoldS(int t) {
        return FAULT_HOLD_MIN_S + (FAULT_HOLD_MAX_S - FAULT_HOLD_MIN_S) * rng[t].nextDouble();
    }

    /** Turns the gimbal toward the aim along the great circle by at most maxRad. */
    private void slew(int t, double maxRad) {
        int o = 3 * t;
        double gx = gimbal[o];
        double gy = gimbal[o + 1];
        double gz = gimbal[o + 2];
        double cos = gx * aim[0] + gy * aim[1] + gz * aim[2];
        double cx = gy * aim[2] - gz * aim[1];
        double cy = gz * aim[0] - gx * aim[2];
        double cz = gx * aim[1] - gy * aim[0];
        double sin = Math.sqrt(cx * cx + cy * cy + cz * cz);
        if (StrictMath.atan2(sin, cos) <= maxRad) {
            setGimbal(t, aim[0], aim[1], aim[2]);
            return;
        }
        // p: unit vector perpendicular to the gimbal, toward the aim (any perpendicular when they are opposite)
        double px;
        double py;
        double pz;
        if (sin > 1e-12) {
            px = (aim[0] - cos * gx) / sin;
            py = (aim[1] - cos * gy) / sin;
            pz = (aim[2] - cos * gz) / sin;
        } else {
            boolean useX = Math.abs(gx) < 0.9;
            px = useX ? 1 - gx * gx : -gy * gx;
            py = useX ? -gx * gy : 1 - gy * gy;
            pz = useX ? -gx * gz : -gy * gz;
            double n = Math.sqrt(px * px + py * py + pz * pz);
            px /= n;
            py /= n;
            pz /= n;
        }
        double c = StrictMath.cos(maxRad);
        double s = StrictMath.sin(maxRad);
        setGimbal(t, gx * c + px * s, gy * c + py * s, gz * c + pz * s);
    }

    private void setGimbal(int t, double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        gimbal[3 * t] = x / n;
        gimbal[3 * t + 1] = y / n;
        gimbal[3 * t + 2] = z / n;
    }

    private double angleToAim(int t) {
        int o = 3 * t;
        double gx = gimbal[o];
        double gy = gimbal[o + 1];
        double gz = gimbal[o + 2];
        double cx = gy * aim[2] - gz * aim[1];
        double cy = gz * aim[0] - gx * aim[2];
        double cz = gx * aim[1] - gy * aim[0];
        return StrictMath.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), gx * aim[0] + gy * aim[1] + gz * aim[2]);
    }

    private void switchOff(int t) {
        state[t] = TerminalState.OFF;
        partner[t] = NO_PARTNER;
        errorRad[t] = 0;
        dropAtS[t] = Double.POSITIVE_INFINITY;
        faultDropAtS[t] = Double.POSITIVE_INFINITY;
    }

    /**
     * Fault input: the terminal cannot hold lock; each time it locks it drops again a few seconds later.
     *
     * @param terminal terminal index
     * @param on       true to start the fault, false to clear it
     */
    public void setLossOfLock(int terminal, boolean on) {
        lossOfLockFault[terminal] = on;
        if (on && state[terminal] == TerminalState.TRACKING) {
            faultDropAtS[terminal] = nowS + drawFaultHoldS(terminal);
        } else if (!on) {
            faultDropAtS[terminal] = Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Fault input: the gimbal stays where it is in the body frame.
     *
     * @param terminal terminal index
     * @param on       true to freeze it, false to free it
     */
    public void setGimbalStuck(int terminal, boolean on) {
        gimbalStuck[terminal] = on;
    }

    /** @return total draw of all terminals, W */
    public double totalPowerW() {
        double sum = 0;
        for (int i = 0; i < state.length; i++) {
            sum += powerW(i);
        }
        return sum;
    }

    /** @param terminal terminal index @return what the last look at its partner found (truth) */
    public PartnerGeometry.View lastView(int terminal) {
        return lastView[terminal];
    }

    /** @param terminal terminal index @return why it last went LOST */
    public Loss lastLoss(int terminal) {
        return lastLoss[terminal];
    }

    /** @param terminal terminal index @return times it locked (ACQUIRING → TRACKING) */
    public long acquisitions(int terminal) {
        return acquisitions[terminal];
    }

    /** @param terminal terminal index @return times it lost lock (TRACKING → LOST) */
    public long losses(int terminal) {
        return losses[terminal];
    }

    /** @param terminal terminal index @return seconds spent TRACKING */
    public long trackingSeconds(int terminal) {
        return trackingS[terminal];
    }

    /** @param terminal terminal index @return range to its partner at the last step, m (NaN if none) */
    public double rangeM(int terminal) {
        return rangeM[terminal];
    }

    /**
     * @param terminal terminal index
     * @param axis     0, 1, 2
     * @return the gimbal direction's component in the body frame (unit vector)
     */
    public double gimbalBody(int terminal, int axis) {
        return gimbal[3 * terminal + axis];
    }

    @Override
    public int count() {
        return state.length;
    }

    @Override
    public TerminalState state(int terminal) {
        return state[terminal];
    }

    @Override
    public int partnerId(int terminal) {
        return partner[terminal];
    }

    /** Azimuth of the gimbal in the body frame, from +x toward +y, rad. */
    @Override
    public double pointingAzimuthRad(int terminal) {
        return StrictMath.atan2(gimbal[3 * terminal + 1], gimbal[3 * terminal]);
    }

    /** Elevation of the gimbal above the body x-y plane toward −z (the body's +z points at nadir), rad. */
    @Override
    public double pointingElevationRad(int terminal) {
        return StrictMath.asin(Math.max(-1, Math.min(1, -gimbal[3 * terminal + 2])));
    }

    @Override
    public double pointingErrorRad(int terminal) {
        return errorRad[terminal];
    }

    @Override
    public double receivedPowerDbm(int terminal) {
        return state[terminal] == TerminalState.TRACKING ? sky.receivedPowerDbm(partner[terminal], rangeM[terminal])
                : NO_SIGNAL_DBM;
    }

    @Override
    public double dataRateBps(int terminal) {
        return state[terminal] == TerminalState.TRACKING ? sky.rateBps(partner[terminal], rangeM[terminal]) : 0;
    }

    @Override
    public double linkMarginDb(int terminal) {
        return state[terminal] == TerminalState.TRACKING ? sky.marginDb(partner[terminal], rangeM[terminal])
                : Double.NaN;
    }

    @Override
    public double powerW(int terminal) {
        switch (state[terminal]) {
            case OFF:
                return 0;
            case IDLE:
                return idleW;
            default:
                return activeW;
        }
    }

    @Override
    public DeviceStatus setPowered(int terminal, boolean on) {
        if (terminal < 0 || terminal >= state.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (on && !supplyOn) {
            return DeviceStatus.OFF;
        }
        if (!on) {
            switchOff(terminal);
        } else if (state[terminal] == TerminalState.OFF) {
            state[terminal] = TerminalState.IDLE;
            partner[terminal] = NO_PARTNER;
        }
        return DeviceStatus.OK;
    }

    /**
     * {@inheritDoc} A partner this terminal cannot take (not in the constellation or the ground network, this
     * satellite itself, a station for an inter-satellite terminal or a satellite for the ground terminal) is refused
     * with {@link DeviceStatus#OUT_OF_RANGE} and changes nothing.
     */
    @Override
    public DeviceStatus acquire(int terminal, int partnerId) {
        if (terminal < 0 || terminal >= state.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (state[terminal] == TerminalState.OFF) {
            return DeviceStatus.OFF;
        }
        if (partnerId != NO_PARTNER && !sky.accepts(terminal, partnerId)) {
            return DeviceStatus.OUT_OF_RANGE;
        }
        partner[terminal] = partnerId;
        state[terminal] = partnerId == NO_PARTNER ? TerminalState.IDLE : TerminalState.POINTING;
        scanDoneS[terminal] = 0;
        dropAtS[terminal] = Double.POSITIVE_INFINITY;
        faultDropAtS[terminal] = Double.POSITIVE_INFINITY;
        if (partnerId == NO_PARTNER) {
            errorRad[terminal] = 0;
            rangeM[terminal] = Double.NaN;
        }
        return DeviceStatus.OK;
    }

    @Override
    public DeviceStatus status(int terminal) {
        return terminal >= 0 && terminal < state.length ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }
}

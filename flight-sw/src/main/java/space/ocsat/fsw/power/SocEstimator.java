package space.ocsat.fsw.power;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;

/**
 * Battery state of charge by coulomb counting, initialised from the open-circuit voltage (terminal
 * voltage corrected by I·R) and re-anchored to the OCV after the pack has rested: at rest the terminal
 * voltage is the OCV, which removes the slow drift of integrated current-sensor error.
 *
 * <p>The capacity the count divides by is learned: through every steady discharge (an eclipse) a
 * {@link CapacityLearner} fits the charge drawn against the SoC the IR-corrected OCV shows. Once the fit is
 * confident, every minute the capacity moves halfway to it and the SoC is recounted from the discharge's start
 * with it, so a faded battery is known within its first eclipse. Fits outside 50–110 % of the rating are refused.
 */
public final class SocEstimator implements CycleTask {
    private static final double NS_PER_S = 1e9;
    /** Weight of the OCV reading per cycle while at rest (a first-order filter). */
    private static final double REST_GAIN = 0.02;
    /** Discharge current above which a capacity fit runs, A (0.1 C of the reference battery). */
    private static final double LEARN_MIN_CURRENT_A = 10;
    /** The capacity moves toward a confident fit this often, ns. */
    private static final long LEARN_EVERY_NS = 60_000_000_000L;
    /** Weight of each step toward the fit. */
    private static final double LEARN_GAIN = 0.5;

    private final SensorFrame frame;
    private final OcvCurve ocv;
    private final BatteryCells cells;
    private final double restCurrentA;
    private final long restSettleNs;
    private double capacityAh;
    private final double ratedAh;
    private final CapacityLearner learner = new CapacityLearner();
    private boolean discharging;
    private double socAtDischargeStart;
    private double drawnAh;
    private long lastLearnNs;
    private double soc;
    private boolean initialised;
    private boolean timeKnown;
    private long lastNs;
    private long restSinceNs;

    /**
     * @param frame       the sensed battery current and voltage
     * @param config      OCV table, rest detection
     * @param seriesCells cells in series (a whole string, never recounted)
     * @param capacityAh  capacity used for the coulomb count, Ah
     */
    public SocEstimator(SensorFrame frame, FswConfig config, int seriesCells, double capacityAh) {
        this(frame, config, new BatteryCells(frame, null, config, seriesCells), capacityAh);
    }

    /**
     * @param frame      the sensed battery current and voltage
     * @param config     OCV table, rest detection
     * @param cells      the cells live in the string (and the pack resistance with them)
     * @param capacityAh capacity used for the coulomb count, Ah
     */
    public SocEstimator(SensorFrame frame, FswConfig config, BatteryCells cells, double capacityAh) {
        this.frame = frame;
        this.ocv = new OcvCurve(config.cellOcvV);
        this.cells = cells;
        this.restCurrentA = config.restCurrentA;
        this.restSettleNs = (long) (config.restSettleS * NS_PER_S);
        this.capacityAh = capacityAh;
        this.ratedAh = capacityAh;
    }

    /** Starts from a persisted estimate instead of the OCV (after a processor reset). */
    public void restore(double persistedSoc, double persistedCapacityAh) {
        soc = clamp(persistedSoc);
        capacityAh = persistedCapacityAh;
        initialised = true;
        timeKnown = false;
    }

    @Override
    public void run(long nowNs) {
        if (!frame.batteryOk) {
            timeKnown = false;
            return;
        }
        double currentA = frame.batteryCurrentA;
        if (!initialised) {
            soc = ocv.soc(cellOcvV(currentA));
            initialised = true;
        }
        if (!timeKnown) {
            // first sample after boot or restore: nothing to integrate over yet
            timeKnown = true;
            lastNs = nowNs;
            restSinceNs = nowNs;
            return;
        }
        double dtS = (nowNs - lastNs) / NS_PER_S;
        lastNs = nowNs;
        soc = clamp(soc + currentA * dtS / (capacityAh * 3600.0));
        learnCapacity(currentA, dtS, nowNs);
        if (Math.abs(currentA) > restCurrentA) {
            restSinceNs = nowNs;
        } else if (nowNs - restSinceNs >= restSettleNs) {
            double ocvSoc = ocv.soc(frame.batteryVoltageV / cells.count());
            soc += REST_GAIN * (ocvSoc - soc);
        }
    }

    private void learnCapacity(double currentA, double dtS, long nowNs) {
        if (currentA > -LEARN_MIN_CURRENT_A) {
            discharging = false;
            return;
        }
        if (!discharging) {
            discharging = true;
            learner.reset();
            socAtDischargeStart = soc;
            drawnAh = 0;
            lastLearnNs = nowNs;
        }
        drawnAh -= currentA * dtS / 3600.0;
        learner.sample(ocv.soc(cellOcvV(currentA)), drawnAh);
        if (learner.confident() && nowNs - lastLearnNs >= LEARN_EVERY_NS) {
            lastLearnNs = nowNs;
            double fitAh = learner.capacityAh();
            if (fitAh >= 0.5 * ratedAh && fitAh <= 1.1 * ratedAh) {
                capacityAh += LEARN_GAIN * (fitAh - capacityAh);
                soc = clamp(socAtDischargeStart - drawnAh / capacityAh);
            }
        }
    }

    /** @return the IR-corrected voltage of one live cell, V */
    private double cellOcvV(double currentA) {
        return (frame.batteryVoltageV - currentA * cells.packResistanceOhm()) / cells.count();
    }

    private static double clamp(double s) {
        return Math.max(0, Math.min(1, s));
    }

    /** @return estimated state of charge, 0..1 */
    public double soc() {
        return soc;
    }

    /** @return the cells live in the string the estimate counts with */
    public int cells() {
        return cells.count();
    }

    /** @return capacity used for the count, Ah */
    public double capacityAh() {
        return capacityAh;
    }

    /** @return true once a first valid sample has been taken */
    public boolean initialised() {
        return initialised;
    }
}

package space.ocsat.sim.report;

import space.ocsat.sim.Simulation;
import space.ocsat.sim.model.SimulatedSatellite;
import space.ocsat.sim.orbit.OrbitGeometry;

/**
 * The figures a run's summary reports, accumulated from simulated truth: extremes sampled every second,
 * energies and eclipse times integrated every physics step.
 */
public final class RunStats {
    private final Simulation sim;
    private final double initialStoredEnergyJ;
    private double socMin = Double.POSITIVE_INFINITY;
    private double socMax = Double.NEGATIVE_INFINITY;
    private double gpuTempMaxK = Double.NEGATIVE_INFINITY;
    private double coolantTempMaxK = Double.NEGATIVE_INFINITY;
    private double coolantTempMinK = Double.POSITIVE_INFINITY;
    private double radiatorTempMaxK = Double.NEGATIVE_INFINITY;
    private double batteryTempMinK = Double.POSITIVE_INFINITY;
    private double batteryTempMaxK = Double.NEGATIVE_INFINITY;
    private double betaMinRad = Double.POSITIVE_INFINITY;
    private double betaMaxRad = Double.NEGATIVE_INFINITY;
    private double gpuEnergyJ;
    private double umbraS;
    private boolean inUmbra;
    private double umbraStartS;
    private boolean sawSunlight;
    private int completeEclipses;
    private double completeEclipseS;
    private long gpuSlowdownSteps;
    private double avionicsTempMinK = Double.POSITIVE_INFINITY;
    private double terminalsTempMinK = Double.POSITIVE_INFINITY;
    private int eclipseExits;
    private int eclipseExitsBelowFloor;
    private double socEclipseExitMin = Double.POSITIVE_INFINITY;
    private final ComputeBound bound;

    public RunStats(Simulation sim) {
        this.sim = sim;
        this.initialStoredEnergyJ = sim.satellite().battery().storedEnergyJ();
        inUmbra = sim.satellite().environment().inUmbra();
        bound = new ComputeBound(sim.satellite(), sim.fswConfig().socShedFloor, sim.fswConfig().chargeLimitA,
                sim.fswConfig().coolantOutletMaxK);
    }

    /** Called after every physics step. */
    public void afterStep() {
        SimulatedSatellite sat = sim.satellite();
        double dt = Simulation.STEP_S;
        gpuEnergyJ += sat.gpus().totalPowerW() * dt;
        for (int g = 0; g < sat.gpus().count(); g++) {
            if (sat.gpus().inSlowdown(g)) {
                gpuSlowdownSteps++;
            }
        }
        boolean umbra = sat.environment().inUmbra();
        double t = sat.environment().tSinceEpochS();
        if (umbra) {
            umbraS += dt;
        }
        if (umbra && !inUmbra) {
            umbraStartS = t;
        } else if (!umbra && inUmbra) {
            double soc = sat.battery().socTruth();
            eclipseExits++;
            socEclipseExitMin = Math.min(socEclipseExitMin, soc);
            if (soc < sim.fswConfig().socShedFloor) {
                eclipseExitsBelowFloor++;
            }
            if (sawSunlight) {
                completeEclipses++;
                completeEclipseS += t - umbraStartS;
            }
        }
        if (!umbra) {
            sawSunlight = true;
        }
        inUmbra = umbra;
    }

    /** Called once per simulated second. */
    public void everySecond() {
        SimulatedSatellite sat = sim.satellite();
        double soc = sat.battery().socTruth();
        socMin = Math.min(socMin, soc);
        socMax = Math.max(socMax, soc);
        gpuTempMaxK = Math.max(gpuTempMaxK, sat.thermal().maxDieK());
        double coolant = sat.thermal().outletTempK(sat.coolant().running());
        coolantTempMaxK = Math.max(coolantTempMaxK, coolant);
        coolantTempMinK = Math.min(coolantTempMinK, sat.thermal().inletTempK(sat.coolant().running()));
        radiatorTempMaxK = Math.max(radiatorTempMaxK, sat.thermal().maxRadiatorK());
        batteryTempMinK = Math.min(batteryTempMinK, sat.battery().tempTruthK());
        batteryTempMaxK = Math.max(batteryTempMaxK, sat.battery().tempTruthK());
        avionicsTempMinK = Math.min(avionicsTempMinK, sat.thermal().avionicsTempK());
        terminalsTempMinK = Math.min(terminalsTempMinK, sat.thermal().terminalsTempK());
        if (sim.steps() > 0) {
            bound.everySecond();
        }
        double beta = betaRad();
        betaMinRad = Math.min(betaMinRad, beta);
        betaMaxRad = Math.max(betaMaxRad, beta);
    }

    /** @return the current beta angle, rad */
    public double betaRad() {
        SimulatedSatellite sat = sim.satellite();
        return OrbitGeometry.betaRad(sat.environment().positionTruthM(), sat.environment().velocityTruthMps(),
                sat.environment().sunDirectionTruth());
    }

    public double socMin() { return socMin; }
    public double socMax() { return socMax; }
    public double gpuTempMaxK() { return gpuTempMaxK; }
    public double coolantTempMaxK() { return coolantTempMaxK; }
    public double coolantTempMinK() { return coolantTempMinK; }
    public double radiatorTempMaxK() { return radiatorTempMaxK; }
    public double batteryTempMinK() { return batteryTempMinK; }
    public double batteryTempMaxK() { return batteryTempMaxK; }
    public double avionicsTempMinK() { return avionicsTempMinK; }
    public double terminalsTempMinK() { return terminalsTempMinK; }
    /** @return umbra exits seen (the SoC rules are checked there) */
    public int eclipseExits() { return eclipseExits; }
    /** @return umbra exits with the true SoC below the flight software's shed floor */
    public int eclipseExitsBelowFloor() { return eclipseExitsBelowFloor; }
    /** @return lowest true SoC at an umbra exit (NaN if none) */
    public double socEclipseExitMin() { return eclipseExits == 0 ? Double.NaN : socEclipseExitMin; }
    public double betaMinRad() { return betaMinRad; }
    public double betaMaxRad() { return betaMaxRad; }
    public double gpuEnergyJ() { return gpuEnergyJ; }

    /** @return the physics bound on compute energy for the run so far, J (see {@link ComputeBound}) */
    public double computeBoundJ() {
        bound.finish();
        return bound.computeJ();
    }
    public double umbraS() { return umbraS; }
    public int completeEclipses() { return completeEclipses; }
    /** @return GPU-seconds spent in firmware slowdown */
    public double gpuSlowdownS() { return gpuSlowdownSteps * Simulation.STEP_S; }

    /** @return mean duration of the eclipses entered and left within the run, s (0 if none) */
    public double meanEclipseS() {
        return completeEclipses == 0 ? 0 : completeEclipseS / completeEclipses;
    }

    /** @return battery stored-energy change since the start, J */
    public double storedEnergyChangeJ() {
        return sim.satellite().battery().storedEnergyJ() - initialStoredEnergyJ;
    }

    /**
     * @return ∫(solar − load − losses) dt − E_shorted − ΔE_stored, J: zero for a closed energy balance (E_shorted: what
     *         cells that failed short took with them)
     */
    public double energyClosureErrorJ() {
        var p = sim.satellite().power();
        return p.solarEnergyJ() - p.loadEnergyJ() - p.lossEnergyJ() - sim.satellite().battery().shortedEnergyJ()
                - storedEnergyChangeJ();
    }
}

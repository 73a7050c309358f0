package space.ocsat.sim.model;

/**
 * The reference satellite the simulator builds (DESIGN.md §1): every physical figure a public field with
 * its unit in the name and its source. "calc" = derived here; "assumption" = an engineering choice for
 * this design, to be replaced when a real unit is chosen. Sources are in ../shared/REFERENCE.md unless
 * stated. Mutable before a simulation is built; the models copy what they need.
 */
public final class SatelliteConfig {
    // ---- mission ----
    /** Years since launch: array degradation and battery fade scale with it. */
    public double ageYears = 0;

    // ---- solar array ----
    /** Number of strings (DESIGN.md §1). */
    public int arrayStrings = 8;
    /** Cell area per string, m² (calc: 8 strings give ~20 kW BOL at 1361 W/m², 30 % cells, 0.85 packing, 28 °C). */
    public double stringAreaM2 = 7.2;
    /** Cell efficiency at the reference temperature (XTJ / Azur 3G30C: 29.8–30 %). */
    public double cellEfficiency = 0.30;
    /** Packing, wiring and MPPT losses (assumption). */
    public double arrayPackingFactor = 0.85;
    /** Max-power temperature coefficient, 1/K (Azur 3G30C: −0.23 %/K). */
    public double arrayTempCoeffPerK = -0.0023;
    /** Reference temperature of the efficiency figure, K (28 °C, datasheet standard). */
    public double arrayRefTempK = 301.15;
    /** Degradation per year in orbit (GaAs arrays: 0.44–1.03 %/yr; upper end taken). */
    public double arrayDegradationPerYear = 0.01;
    /**
     * Cell radiation dose, 1-MeV electron-equivalent fluence per year, e/cm² (assumption for 550 km behind thin
     * cover glass: trapped protons of the South Atlantic Anomaly dominate; 2.5e14 after 5 years).
     */
    public double arrayFluencePerYear = 5e13;
    /** Remaining max power versus fluence: 1.0 at 0, 0.89 at 5e14, 0.84 at 1e15 e/cm² (Fetzer, XTJ). */
    public double[] arrayRadiationFluence = {0, 5e14, 1e15};
    public double[] arrayRadiationRemaining = {1.0, 0.89, 0.84};
    /** Solar absorptance of the array front (assumption, typical 0.9 for triple-junction cells). */
    public double arrayAbsorptance = 0.90;
    /** Emittance of array front and back (assumption, 0.85 typical). */
    public double arrayEmittance = 0.85;
    /** Areal heat capacity of the array, J/(m²·K) (assumption: 2 kg/m² panels × 900 J/(kg·K) aluminium). */
    public double arrayHeatCapacityJPerM2K = 1800;
    /** Drive slew rate limit, rad/s (assumption: 2 °/s, ≫ the 0.063 °/s orbital rate). */
    public double driveRateRadPerS = Math.toRadians(2);

    // ---- battery ----
    /** Cells in series (calc: 28 × 3.6 V ≈ 100 V bus). */
    public int batterySeriesCells = 28;
    /** Capacity at BOL, Ah (calc: 10 kWh / 100.8 V nominal). */
    public double batteryCapacityAh = 99.2;
    /** Capacity fade per year (ESA ARTES: 30 % DoD for 5 years costs < 20 % of energy → ≤ 4 %/yr; 3 % taken). */
    public double batteryFadePerYear = 0.03;
    /** Pack internal resistance, Ω (assumption: 28 s × 28 p of 3.5 Ah cells at ~30 mΩ each). */
    public double batteryResistanceOhm = 0.032;
    /**
     * Cell OCV at SoC 0, 0.1 … 1, V (NCA, 2.7–4.1 V window, Saft VES180 per ESA ARTES; shape assumed).
     * Deliberately a few millivolts off the flight software's table, and the resistance 7 % off its
     * 0.03 Ω: the estimator must work on a plant it does not model exactly.
     */
    public double[] cellOcvV = {3.00, 3.46, 3.56, 3.63, 3.69, 3.745, 3.825, 3.905, 3.975, 4.045, 4.10};
    /** End-of-charge voltage per cell, V (REFERENCE: 4.1 V). */
    public double endOfChargeCellV = 4.10;
    /** Battery mass, kg (calc: 10 kWh at 160 Wh/kg, Saft VES180). */
    public double batteryMassKg = 62.5;
    /** Specific heat of Li-ion cells, J/(kg·K) (typical 900–1100; assumption 1000). */
    public double batterySpecificHeatJPerKgK = 1000;
    /** Battery radiator area, m² (assumption, sized with its heater to sit at 10–30 °C). */
    public double batteryRadiatorM2 = 0.5;
    /** Initial state of charge. */
    public double initialSoc = 0.90;

    // ---- loads ----
    /** Avionics, GNSS, attitude control: always on, W (assumption). */
    public double avionicsPowerW = 400;
    /**
     * Processor reset to the flight software's first cycle, s: boot loader, image check, JVM start and the store
     * read (assumption; the issue asks for the processor back within 30 s).
     */
    public double rebootS = 20;
    /** Coolant pump, W (assumption). */
    public double pumpPowerW = 150;
    /** Terminal draw when idle and when linked, W (assumption; Tesat-class terminals 50–120 W). */
    public double terminalIdlePowerW = 40;
    public double terminalActivePowerW = 80;
    /** Terminals: four inter-satellite (fore, aft, left, right) and one ground (DESIGN.md §1). */
    public int terminals = 5;
    /**
     * Gimbal slew rate, rad/s (assumption: 5°/s; coarse pointing assemblies of LEO laser terminals slew at a few
     * degrees a second, and the flight software's 60 s pointing timeout covers a 180° slew at this rate).
     */
    public double terminalSlewRateRadPerS = Math.toRadians(5);
    /** A terminal starts its beacon scan once its gimbal is this close to the partner's direction, rad (assumption). */
    public double terminalAcquireToleranceRad = 1e-3;
    /**
     * A tracking terminal holds lock while its gimbal stays this close to the partner's direction, rad (assumption:
     * the fine-steering mirror's range; beyond it the beam leaves the tracking sensor).
     */
    public double terminalTrackingToleranceRad = 2e-3;
    /**
     * Beacon scan (ACQUIRING) duration, s: triangular between these bounds, mode in the middle (assumption; the PAT
     * cycle takes tens of seconds, DESIGN.md §1, and must finish within the flight software's 100 s timeout).
     */
    public double terminalAcquisitionMinS = 20;
    public double terminalAcquisitionMaxS = 60;
    /**
     * Mean time between random losses of lock of a tracking link, s (assumption: rare, once a day per link;
     * exponential, so a link that just locked is as likely to drop as an old one). {@code Double.POSITIVE_INFINITY}
     * for none.
     */
    public double terminalMeanTimeBetweenDropsS = 86_400;
    /** Heater ratings by HeaterId order (battery, coolant, avionics), W (assumption). */
    public double[] heaterPowerW = {150, 1000, 100};

    // ---- GPUs (REFERENCE: H100 SXM) ----
    public int gpus = 16;
    /** Board TDP and highest cap, W. */
    public double gpuMaxCapW = 700;
    /** Lowest settable cap, W. */
    public double gpuMinCapW = 200;
    /** Idle draw, W (70–75 W). */
    public double gpuIdleW = 72;
    /** Firmware slowdown, K (89 °C). */
    public double gpuSlowdownK = 362.15;
    /** Firmware shutdown, K (92 °C). */
    public double gpuShutdownK = 365.15;
    /** Workload utilisation of a running GPU, 0..1 (assumption: queued training jobs keep them saturated). */
    public double gpuUtilization = 1.0;
    /**
     * Time a GPU's host takes to checkpoint its jobs on a drain request, s (assumption: 80 GB of HBM state written
     * to local NVMe at ~4 GB/s).
     */
    public double gpuCheckpointS = 20;
    /** Fraction of the cap left while the firmware slows down (assumption). */
    public double gpuSlowdownPowerFraction = 0.5;
    /** Die + cold plate heat capacity, J/K (assumption: ~1 kg copper/aluminium cold plate). */
    public double gpuHeatCapacityJPerK = 1000;
    /** Die-to-coolant conductance, W/K (assumption: 0.025 K/W liquid cold plate). */
    public double gpuToCoolantWPerK = 40;
    /** Uncorrectable ECC errors per GPU per second (REFERENCE: ~1 per 50 rad, ~150 rad/yr → 3/yr). */
    public double gpuEccRatePerS = 3.0 / (365.25 * 86400);

    // ---- coolant loop and radiators ----
    /** Coolant heat capacity, J/K (assumption: 40 kg water–glycol × 3500 J/(kg·K)). */
    public double coolantHeatCapacityJPerK = 140_000;
    /** Mass flow with the pump on, kg/s (assumption). */
    public double coolantFlowKgPerS = 0.5;
    /** Coolant specific heat, J/(kg·K) (water–glycol). */
    public double coolantSpecificHeatJPerKgK = 3500;
    /** Coolant-to-radiator conductance per zone with flow, W/K (calc: ṁ·cp·0.8 effectiveness / 2 zones). */
    public double coolantToRadiatorWPerK = 700;
    /** Conductance per zone with the pump off, W/K (assumption: conduction through still fluid). */
    public double coolantToRadiatorStillWPerK = 20;
    /** Radiator zones, each with a pair of sensors (DESIGN.md §1). */
    public int radiatorZones = 2;
    public int radiatorSensorsPerZone = 2;
    /** Panel area per zone (one face), m² (calc: ~10 kW net at 60 °C from two faces at ε 0.9). */
    public double radiatorZoneFaceM2 = 4.5;
    /** Radiator coating: white epoxy α/ε 0.25/0.92 (Lunar Base Handbook T11.1). */
    public double radiatorAbsorptance = 0.25;
    public double radiatorEmittance = 0.92;
    /** Radiator areal heat capacity, J/(m²·K) (assumption: 5 kg/m² × 900 J/(kg·K), one face area). */
    public double radiatorHeatCapacityJPerM2K = 4500;

    // ---- bus units ----
    /** Avionics plate: heat capacity, J/K, and radiator area, m² (assumption). */
    public double avionicsHeatCapacityJPerK = 20_000;
    public double avionicsRadiatorM2 = 1.0;
    /** Terminal plate: heat capacity, J/K, and radiator area, m² (assumption). */
    public double terminalsHeatCapacityJPerK = 15_000;
    public double terminalsRadiatorM2 = 0.8;
    /** Emittance of unit radiators (silver Teflon 0.79, Lunar Base Handbook T11.1). */
    public double unitRadiatorEmittance = 0.79;

    // ---- environment ----
    /** Earth outgoing longwave flux, W/m² (Kiehl & Trenberth 1997: 235–239). */
    public double earthIrWPerM2 = 237;
    /** Earth's mean albedo (NASA TM-2001-211221). */
    public double albedo = 0.30;

    // ---- initial temperatures, K ----
    public double initialCoolantK = 300;
    public double initialRadiatorK = 295;
    public double initialBatteryK = 293;
    public double initialUnitK = 295;
    public double initialArrayK = 300;

    // Recorder (telemetry store-and-forward). 16,384 blocks of 2 KiB = 32 MiB: at the reference rate of about
    // 7 frames/s it holds some 40 minutes of telemetry nobody acknowledged, more than the longest ground-contact gap
    // this mission plans for (a single frame is under 1 kB; a block takes one frame).
    public int recorderBlocks = 16_384;
    public int recorderBlockBytes = 2048;

    /**
     * @return array capacity factor at {@link #ageYears}: the in-orbit degradation rate compounded, times the cells'
     *     remaining factor at the radiation fluence received (linear between the table's points, held past its end)
     */
    public double arrayAgeFactor() {
        return StrictMath.pow(1 - arrayDegradationPerYear, ageYears) * radiationRemaining(arrayFluencePerYear * ageYears);
    }

    private double radiationRemaining(double fluence) {
        double[] x = arrayRadiationFluence;
        double[] y = arrayRadiationRemaining;
        if (fluence >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int i = 0;
        while (fluence > x[i + 1]) {
            i++;
        }
        return y[i] + (fluence - x[i]) / (x[i + 1] - x[i]) * (y[i + 1] - y[i]);
    }

    /** @return battery capacity after fade at {@link #ageYears}, Ah */
    public double batteryCapacityNowAh() {
        return batteryCapacityAh * Math.max(0.5, 1 - batteryFadePerYear * ageYears);
    }
}

package space.ocsat.fsw.config;

import space.ocsat.fsw.modes.Mode;

/**
 * The flight software's tunable limits and gains, with their defaults in one place (Aeron
 * {@code MediaDriver.Context} style: fluent setters, {@link #validate()} before use). Fields are public
 * for the control laws to read; change them only before the flight software is built. Temperatures in
 * kelvin, powers in watts, times in seconds, SoC as a fraction 0..1. Sources: ../shared/REFERENCE.md.
 */
public final class FswConfig {
    /** This satellite's id: in every telemetry frame, checked in every command. */
    public long satelliteId = 1;

    /** Link management: the constellation and ground station tables, fields of regard, PAT timeouts. */
    public final LinkConfig links = new LinkConfig();

    /** Mode entered when boot completes. */
    public Mode initialMode = Mode.OPERATIONAL;

    /** GPUs are shed while SoC is below this and the battery discharges (30 % depth of discharge, ESA ARTES). */
    public double socShedFloor = 0.70;
    /** GPUs come back only above this SoC (hysteresis above the floor). */
    public double socRestoreLevel = 0.75;
    /** Inter-satellite links are shed below this SoC once compute is all off (links rank above compute). */
    public double socLinksShed = 0.55;
    /** … and come back above this. */
    public double socLinksRestore = 0.60;
    /** Links stay shed or restored at least this long, s. */
    public double linksMinHoldS = 120;
    /** Below this SoC FDIR commands SAFE. */
    public double socHardFloor = 0.40;
    /** Seconds between two energy sheds. */
    public double shedIntervalS = 2;
    /** Seconds between two restorations. */
    public double restoreIntervalS = 30;
    /** A GPU stays on at least this long once switched on, s. */
    public double gpuMinOnS = 60;
    /** A GPU asked to drain is switched off after this long even without its host's answer, s. */
    public double gpuDrainTimeoutS = 60;
    /** A GPU stays off at least this long once switched off, s. */
    public double gpuMinOffS = 60;
    /** Extra surplus, beyond one GPU at full cap, before a GPU is restored, W. */
    public double restoreMarginW = 200;

    /** The energy plan leaves each eclipse this far above the shed floor: room for estimation error. */
    public double planMarginSoc = 0.02;
    /** Sunlit charging aims to reach this SoC by the next eclipse entry (the regulator tapers near full). */
    public double socChargeTarget = 0.99;
    /**
     * Longest umbra the plan assumes when it has no prediction, s (36.7 min: the 550 km orbit's longest
     * eclipse at beta 0 is 35.5 min, DESIGN.md §1; a minute more for lower orbits).
     */
    public double maxEclipseS = 2200;
    /** A budget short of the running GPUs for this long sheds one, s (the penumbra lasts ~9 s at 550 km). */
    public double planShedPersistS = 15;
    /** Over its limit with every cap at the minimum this long, the loop sheds a GPU, s. */
    public double thermalShedPersistS = 10;
    /** An additional GPU comes back only with this much budget beyond its minimum cap, W. */
    public double gpuRestoreHysteresisW = 150;

    /** Coolant leaving the cold plates: caps are derated to reach zero at this temperature, K (65 °C). */
    public double coolantOutletMaxK = 338.15;
    /** Radiator panels: caps reach zero at this temperature, K (70 °C). */
    public double radiatorMaxK = 343.15;
    /** Width of the linear derating band below each limit, K. */
    public double thermalBandK = 2;
    /** GPU die: caps reach minimum here, K (85 °C, below the 87 °C max operating; REFERENCE H100). */
    public double gpuDieMaxK = 358.15;
    /** Width of the die derating band, K. */
    public double gpuDieBandK = 5;
    /** GPU firmware slowdown temperature, K (89 °C; H100 nvidia-smi -q). The governor stays below it. */
    public double gpuSlowdownK = 362.15;
    /** Normal-operation cap slew limit, W/s. */
    public double capRateWPerS = 50;
    /** Coolant this far over its limit for {@link #overTempPersistenceS} confirms an over-temperature, K. */
    public double coolantOverTempMarginK = 3;
    /** Persistence of the coolant over-temperature monitor, s (1 Hz samples). */
    public int overTempPersistenceS = 5;
    /** A coolant outlet sensor this far from the median of the other two, for the persistence, is isolated, K. */
    public double sensorDisagreeK = 3;
    /** Persistence of the sensor cross-check, s (1 Hz samples). */
    public int sensorDisagreePersistenceS = 10;
    /**
     * A temperature reading bit-identical this many seconds in a row is stuck, s. The reference sensors' noise
     * (0.1 K) is twice their resolution (0.05 K), so a live sensor repeats itself about one sample in five.
     */
    public int sensorStuckS = 30;
    /** A temperature sensor silent this long is isolated, s. */
    public int sensorLostS = 5;
    /** FDIR's pump reset keeps the pump off this long, s. */
    public double pumpPowerCycleS = 10;
    /** A pump commanded on with the flow below this is not pumping, kg/s (20 % of the reference 0.5 kg/s). */
    public double pumpMinFlowKgPerS = 0.1;
    /** Persistence of the no-flow check, s (the flow settles within a second of a start). */
    public int pumpNoFlowPersistenceS = 5;
    /** A heater commanded off but on for this long is stuck on, s. */
    public int heaterStuckPersistenceS = 10;
    /** More corrected memory errors than this per second, for the persistence, is an ECC storm (1 Hz samples). */
    public double gpuEccStormPerS = 100;
    /** Persistence of the ECC-storm check, s. */
    public int gpuEccStormPersistenceS = 5;
    /** A GPU drawing this much over its cap, for the persistence, is over-current, W. */
    public double gpuOvercurrentMarginW = 60;
    /** Persistence of the over-current check, s. */
    public int gpuOvercurrentPersistenceS = 3;
    /**
     * SAFE is left (by ground command) only with at least this state of charge: an eclipse's worth above the hard
     * floor, so operations do not fall straight back into SAFE.
     */
    public double safeExitMinSoc = 0.50;
    /** A solar string under this fraction of its siblings' median current is open (judged in sunlight only). */
    public double stringOpenFraction = 0.2;
    /** The siblings' median current must be at least this for the string check to judge, A. */
    public double stringOpenMinMedianA = 2;
    /** Persistence of the string check, s. */
    public int stringOpenPersistenceS = 30;
    /** An array drive this far from its command, for the persistence, is off-pointing, rad (5°). */
    public double driveOffPointingRad = Math.toRadians(5);
    /** Persistence of the drive check, s (longer than the longest slew: 180° at 2°/s). */
    public int driveOffPointingPersistenceS = 120;
    /** The pump running with the flow under this is a low flow (a leak), kg/s (60 % of the reference 0.5). */
    public double coolantFlowLowKgPerS = 0.3;
    /**
     * A radiator zone this much colder than the coolant outlet, with the loop flowing, is bypassed, K (nominal is
     * 5–10 K over a reference day).
     */
    public double radiatorBypassDeltaK = 25;
    /** Persistence of the bypass check, s. */
    public int radiatorBypassPersistenceS = 60;
    /** A unit response (reset, power cycle) is tried once per this window; a fault back within it escalates, s. */
    public double unitEscalationS = 600;
    /** Three processor restarts within this long are a boot loop: the flight software holds SAFE, s (30 min). */
    public double bootLoopWindowS = 1800;
    /** A GPU reporting itself hung this long is power-cycled, s (1 Hz samples). */
    public int gpuHangPersistenceS = 5;
    /** A power cycle keeps the GPU off this long, s. */
    public double gpuPowerCycleS = 10;
    /** A GPU that hangs again within this long of its power cycle is isolated, s. */
    public double gpuHangEscalationS = 600;
    /** Persistence of the SoC hard-floor monitor, s (1 Hz samples). */
    public int socFloorPersistenceS = 10;

    /** Charge current limit, A (0.5 C of the reference 99 Ah battery). */
    public double chargeLimitA = 50;
    /** Charging allowed between these battery temperatures, K (0–40 °C, Saft VES180, ESA ARTES). */
    public double chargeTempMinK = 273.15;
    public double chargeTempMaxK = 313.15;
    /** Hysteresis of the charge temperature window, K. */
    public double chargeTempHysteresisK = 2;

    /**
     * Lowest temperature of each unit, K: the battery 0 °C (Saft VES180 operating window, ESA ARTES), the coolant
     * 0 °C (kept above freezing though water–glycol takes less; assumption), avionics and terminals −20 °C
     * (assumption: the usual qualification floor of spacecraft electronics). Heaters and the plan keep above them.
     */
    public double batteryMinK = 273.15;
    public double coolantMinK = 273.15;
    public double avionicsMinK = 253.15;
    public double terminalsMinK = 253.15;

    /**
     * The loop as the thermal estimate models it (the reference satellite, DESIGN.md §1): radiator coating emittance
     * (white epoxy 0.92, Lunar Base Handbook T11.1), one face of a zone, m² (two zones, both faces radiate), heat
     * capacities, J/K: the coolant (40 kg water–glycol × 3.5 kJ/(kg·K)), a radiator zone (4.5 m² × 5 kg/m² ×
     * 0.9 kJ/(kg·K)), a GPU's cold plate (~1 kg), the pump's work into the fluid and the coolant heater's rating, W
     * (assumptions of the design).
     */
    public double radiatorEmittance = 0.92;
    public double radiatorZoneFaceM2 = 4.5;
    public double coolantHeatCapacityJPerK = 140_000;
    public double radiatorZoneHeatCapacityJPerK = 20_250;
    public double gpuPlateHeatCapacityJPerK = 1000;
    public double pumpHeatW = 150;
    public double coolantHeaterW = 1000;
    /** How far ahead the radiators' capacity is forecast, s. */
    public double thermalLookAheadS = 600;

    /** The pump starts with compute off once the coolant outlet is above this, K (30 °C). */
    public double pumpOnAboveK = 303.15;
    /** … and stops with compute off below this, K (15 °C; the coolant heater holds 5–10 °C). */
    public double pumpOffBelowK = 288.15;
    /** The pump holds each state at least this long unless compute or heat needs it, s. */
    public double pumpMinHoldS = 600;

    /** Heater thermostats per heater index (HeaterId order): on below, off above, K. */
    public double[] heaterOnBelowK = {283.15, 278.15, 263.15};
    public double[] heaterOffAboveK = {288.15, 283.15, 268.15};

    /**
     * Li-ion cell open-circuit voltage at SoC 0, 0.1, …, 1.0, V (NCA chemistry, 2.7–4.1 V window of the
     * Saft VES180 per ESA ARTES; the curve's shape is an assumption typical of NCA cells).
     */
    public double[] cellOcvV = {3.00, 3.45, 3.55, 3.62, 3.68, 3.74, 3.82, 3.90, 3.97, 4.04, 4.10};
    /** Battery current below which the pack counts as resting, A (0.02 C). */
    public double restCurrentA = 2;
    /** Time at rest before the OCV corrects the coulomb count, s. */
    public double restSettleS = 600;
    /** Pack internal resistance used to estimate OCV under load, Ω (assumption; the sim's is the truth). */
    public double packResistanceOhm = 0.03;
    /** End-of-charge voltage per live cell: the regulator tapers at this times the cells in the string, V (VES180 top). */
    public double endOfChargeCellV = 4.10;
    /**
     * Persistence of the cell-count monitor, s (1 Hz samples): a step of a cell's voltage in the IR-corrected pack
     * voltage must hold this long before the string is recounted.
     */
    public int cellShortPersistenceS = 5;

    public FswConfig initialMode(Mode v) { initialMode = v; return this; }
    public FswConfig socShedFloor(double v) { socShedFloor = v; return this; }
    public FswConfig socRestoreLevel(double v) { socRestoreLevel = v; return this; }
    public FswConfig socHardFloor(double v) { socHardFloor = v; return this; }
    public FswConfig coolantOutletMaxK(double v) { coolantOutletMaxK = v; return this; }
    public FswConfig radiatorMaxK(double v) { radiatorMaxK = v; return this; }
    public FswConfig gpuDieMaxK(double v) { gpuDieMaxK = v; return this; }
    public FswConfig capRateWPerS(double v) { capRateWPerS = v; return this; }
    public FswConfig chargeLimitA(double v) { chargeLimitA = v; return this; }


    /**
     * Checks the relations the control laws rely on.
     *
     * @return this
     * @throws IllegalArgumentException naming the first broken relation
     */
    public FswConfig validate() {
        links.validate();
        require(socHardFloor > 0 && socHardFloor < socShedFloor, "0 < socHardFloor < socShedFloor");
        require(safeExitMinSoc > socHardFloor && safeExitMinSoc <= 1, "socHardFloor < safeExitMinSoc <= 1");
        require(socShedFloor < socRestoreLevel && socRestoreLevel < 1, "socShedFloor < socRestoreLevel < 1");
        require(socHardFloor < socLinksShed && socLinksShed < socLinksRestore && socLinksRestore <= socShedFloor,
                "socHardFloor < socLinksShed < socLinksRestore <= socShedFloor");
        require(planMarginSoc >= 0 && socShedFloor + planMarginSoc < socChargeTarget && socChargeTarget <= 1,
                "0 <= planMarginSoc, socShedFloor + planMarginSoc < socChargeTarget <= 1");
        require(maxEclipseS > 0 && gpuRestoreHysteresisW >= 0, "maxEclipseS > 0, gpuRestoreHysteresisW >= 0");
        require(thermalBandK > 0 && gpuDieBandK > 0, "derating bands > 0");
        require(gpuDieMaxK < gpuSlowdownK, "gpuDieMaxK < gpuSlowdownK");
        require(capRateWPerS > 0, "capRateWPerS > 0");
        require(chargeLimitA >= 0 && chargeTempMinK < chargeTempMaxK, "charge window");
        require(heaterOnBelowK.length == heaterOffAboveK.length, "one thermostat pair per heater");
        for (int i = 0; i < heaterOnBelowK.length; i++) {
            require(heaterOnBelowK[i] < heaterOffAboveK[i], "heater " + i + " on-below < off-above");
        }
        require(cellOcvV.length >= 2, "OCV table has at least two points");
        for (int i = 1; i < cellOcvV.length; i++) {
            require(cellOcvV[i] > cellOcvV[i - 1], "OCV table strictly increasing");
        }
        return this;
    }

    private static void require(boolean ok, String relation) {
        if (!ok) {
            throw new IllegalArgumentException("flight software configuration breaks: " + relation);
        }
    }
}

package space.ocsat.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A fault campaign's plan. Run {@code k} of a campaign with seed {@code S} draws its own seed from (S, k), and from
 * it a fault (with {@code --double} two that can both be judged: see {@link #compatible}), a target and an injection time; a lasting fault is cleared again in half
 * the runs, after its detection budget (a fault cleared before it could show is no test of detection). Each run is written as scenario YAML — the invariants and the fault's detection budget as expectations —
 * so a failing run is reproduced with {@code ocsat scenario run} on its file, and the same campaign seed always plans
 * the same runs whatever the shard.
 */
public final class Campaign {
    /** Simulated length of every run, s. */
    static final double DURATION_S = 5400;
    private static final int EARLIEST_S = 300;
    private static final int LATEST_S = 1800;
    private static final int CLEAR_MIN_S = 600;
    private static final int CLEAR_MAX_S = 1800;
    /** A second fault stays this far from a processor reset (watchdog timeout + reboot + margin), s. */
    private static final int REBOOT_GUARD_S = 60;
    private static final int MAX_DRAWS = 10_000;
    /** A damaged store shows at the next boot: the campaign resets the processor this long after the damage, s. */
    private static final int CORRUPT_TO_RESET_S = 60;
    /**
     * Checked every second of every run, on the simulated truth: the battery floor, no cell charged to 4.2 V (the
     * Saft VES180 is rated to 4.1 V, REFERENCE.md; 0.1 V over it a Li-ion cell plates lithium and ages fast — which
     * the 27 cells left after a short reach if the regulator keeps tapering at 28 × 4.10 V), the GPU slowdown (89 °C), the coolant loop's
     * FDIR limit (65 °C + 3 K margin) and the radiators' limit (70 °C). Sources: FswConfig.
     */
    static final List<String> INVARIANTS = List.of("truth.battery.soc >= 0.4", "truth.battery.cell_max_v < 4.2",
            "truth.gpus.max_temp_k < 362.15", "truth.coolant.temp_k < 341.15", "truth.radiators.max_temp_k < 343.15");

    private Campaign() {
    }

    /**
     * What to run.
     *
     * @param count        runs in the whole campaign
     * @param seed         the campaign's seed
     * @param faults       the faults drawn from (simulated catalog names)
     * @param doubleFaults two different faults (or targets) per run
     * @param shard        this shard, 1-based
     * @param shards       number of shards the campaign is split into
     */
    public record Options(int count, long seed, List<String> faults, boolean doubleFaults, int shard, int shards) {
        /** @throws IllegalArgumentException naming what is wrong */
        public Options {
            if (count < 1) {
                throw new IllegalArgumentException("--count must be at least 1, not " + count);
            }
            if (shards < 1 || shard < 1 || shard > shards) {
                throw new IllegalArgumentException("--shard is i/n with 1 <= i <= n, not " + shard + "/" + shards);
            }
            if (faults.isEmpty()) {
                throw new IllegalArgumentException("--faults names no fault");
            }
            for (String f : faults) {
                if (!FaultCatalog.SIMULATED.contains(f)) {
                    throw new IllegalArgumentException("--faults: '" + f + "' is not a fault the simulator injects; "
                            + "choose from " + String.join(", ", FaultCatalog.SIMULATED));
                }
            }
            faults = List.copyOf(faults);
        }
    }

    /** One injected fault of a run. {@code clearS} is NaN if it lasts to the end. */
    public record Injection(String fault, String target, double atS, double clearS) {
        /** @return e.g. {@code gpu.hang gpu[3] @754s} */
        public String label() {
            return fault + (target == null ? "" : " " + target) + " @" + Durations.format(atS);
        }
    }

    /** One planned run: its index in the campaign, its seed, its faults, and the scenario that runs it. */
    public record Planned(int index, long seed, List<Injection> faults, String yaml) {
        /** @return the scenario's name */
        public String name() {
            return "campaign-" + index;
        }
    }

    /**
     * @param targets the targets each fault can take (null for none)
     * @return this shard's runs, in index order
     */
    public static List<Planned> plan(Options o, Function<String, List<String>> targets) {
        List<Planned> runs = new ArrayList<>();
        for (int k = 0; k < o.count(); k++) {
            if (k % o.shards() != o.shard() - 1) {
                continue;
            }
            long runSeed = new SplittableRandom(o.seed() * 1_000_003L + k).nextLong() & 0x7FFF_FFFFL;
            SplittableRandom rnd = new SplittableRandom(runSeed);
            List<Injection> faults = new ArrayList<>();
            faults.add(draw(rnd, o.faults(), targets));
            if (o.doubleFaults()) {
                Injection second = draw(rnd, o.faults(), targets);
                for (int attempt = 0; !compatible(faults.get(0), second); attempt++) {
                    if (attempt == MAX_DRAWS) {
                        throw new IllegalArgumentException("--double: no two of " + o.faults()
                                + " can be told apart in one run (pick more faults)");
                    }
                    faults.set(0, draw(rnd, o.faults(), targets));
                    second = draw(rnd, o.faults(), targets);
                }
                faults.add(second);
            }
            faults.sort(java.util.Comparator.comparingDouble(Injection::atS));
            runs.add(new Planned(k, runSeed, List.copyOf(faults), yaml(k, o.seed(), runSeed, faults)));
        }
        return runs;
    }

    /**
     * Targets a campaign does not draw for a fault, because a 90-minute run cannot judge them. The ground terminal
     * has a partner only during station passes above the 20° mask — a few a day, some of them clouded — so a fault
     * on it may not show at all within a run: terminal faults are drawn on the four inter-satellite terminals, whose
     * partners are in view nearly all the time. (Scenarios may still target the ground terminal, with a pass in
     * their timeline.)
     */
    static final Map<String, List<String>> UNJUDGEABLE_TARGETS = Map.of(
            "terminal.loss_of_lock", List.of("terminal[GROUND]"),
            "terminal.gimbal_stuck", List.of("terminal[GROUND]"));

    /** @return the targets a campaign draws for the fault: all it can take but those it cannot judge */
    static List<String> judgeableTargets(String fault, List<String> all) {
        List<String> excluded = UNJUDGEABLE_TARGETS.get(fault);
        if (excluded == null) {
            return all; // may hold null: a fault without a target
        }
        List<String> out = all.stream().filter(t -> !excluded.contains(t)).toList();
        if (out.isEmpty()) {
            throw new IllegalStateException(fault + " has no target a campaign can judge");
        }
        return out;
    }

    private static Injection draw(SplittableRandom rnd, List<String> faults, Function<String, List<String>> targets) {
        String fault = faults.get(rnd.nextInt(faults.size()));
        List<String> choices = judgeableTargets(fault, targets.apply(fault));
        String target = choices.get(rnd.nextInt(choices.size()));
        double atS = rnd.nextInt(EARLIEST_S, LATEST_S + 1);
        double clearS = !FaultCatalog.ONE_SHOT.contains(fault) && rnd.nextBoolean()
                ? atS + FaultCatalog.DETECTION.get(fault).budgetS() + rnd.nextInt(CLEAR_MIN_S, CLEAR_MAX_S + 1)
                : Double.NaN;
        if (clearS > DURATION_S - CLEAR_MIN_S) {
            clearS = Double.NaN; // a slow fault's clearance would not fit in the run: it lasts
        }
        return new Injection(fault, target, atS, clearS);
    }

    /**
     * Can both faults of a double run be judged? Not two on one unit (the first one's isolation hides the second) or
     * on the two sensors of one radiator pair, not a fault while the processor reboots or while its detection is under
     * way when the processor resets (a command sent then is lost with its inbox; persistence starts again), and not a
     * fault another one hides before it can show ({@link #MASKS}).
     */
    static boolean compatible(Injection a, Injection b) {
        if (a.target() != null ? a.target().equals(b.target()) : a.fault().equals(b.fault())) {
            return false;
        }
        return !samePair(a, b) && !rebootOverlaps(a, b) && !masks(a, b) && !masks(b, a);
    }

    /** tsensor[0..2] are the coolant outlet triple; then the radiator zones' sensors, in pairs. */
    private static final int OUTLET_SENSORS = 3;
    private static final java.util.regex.Pattern TSENSOR = java.util.regex.Pattern.compile("tsensor\\[(\\d+)]");

    /**
     * Two sensor faults on the two sensors of one radiator zone: a pair can only say its sensors disagree, and once
     * that stands (the zone reading the hotter) a second sensor of the pair going wrong has no event of its own.
     */
    private static boolean samePair(Injection a, Injection b) {
        if (a.target() == null || b.target() == null) {
            return false;
        }
        java.util.regex.Matcher ma = TSENSOR.matcher(a.target());
        java.util.regex.Matcher mb = TSENSOR.matcher(b.target());
        if (!ma.matches() || !mb.matches()) {
            return false;
        }
        int i = Integer.parseInt(ma.group(1)) - OUTLET_SENSORS;
        int j = Integer.parseInt(mb.group(1)) - OUTLET_SENSORS;
        return i >= 0 && j >= 0 && i / 2 == j / 2;
    }

    /**
     * What each fault hides while it stands: a damaged store sends the satellite to SAFE (compute off, nothing left
     * to show anything); a tripped pump stops the flow a leak or a closed valve would show in, and with heat, like an
     * overheating battery or a leaking loop, it sheds the GPUs a GPU fault would show on; without GNSS there is no
     * GNSS time to jump; and the link plan runs on GNSS time, so a clock an hour off predicts every partner elsewhere
     * and releases the terminals a terminal fault would show on.
     */
    static final Map<String, List<String>> MASKS = Map.of(
            "nvstore.corrupt", FaultCatalog.NAMES,
            "coolant.pump_trip", List.of("coolant.leak", "coolant.valve_stuck", "gpu.hang", "gpu.ecc_storm",
                    "gpu.overcurrent"),
            "coolant.leak", List.of("coolant.valve_stuck", "gpu.hang", "gpu.ecc_storm", "gpu.overcurrent"),
            "coolant.valve_stuck", List.of("gpu.hang", "gpu.ecc_storm", "gpu.overcurrent"),
            "battery.overtemp", List.of("gpu.hang", "gpu.ecc_storm", "gpu.overcurrent"),
            "gnss.loss", List.of("clock.jump"),
            "clock.jump", List.of("terminal.loss_of_lock", "terminal.gimbal_stuck"));

    /** @return true if {@code hider} stands (from its effect on) before {@code hidden} is due to be detected */
    private static boolean masks(Injection hider, Injection hidden) {
        List<String> hides = MASKS.get(hider.fault());
        if (hides == null || !hides.contains(hidden.fault())) {
            return false;
        }
        double effectS = hider.fault().equals("nvstore.corrupt") ? resetS(hider) : hider.atS();
        return hidden.atS() + FaultCatalog.DETECTION.get(hidden.fault()).budgetS() >= effectS;
    }

    /**
     * A processor reset near the other fault's injection, or while its detection is under way: the reboot restarts the
     * monitors' persistence, so the detection budget counted from the injection no longer applies.
     */
    private static boolean rebootOverlaps(Injection a, Injection b) {
        return resetDuring(a, b) || resetDuring(b, a) || Math.abs(resetS(a) - resetS(b)) < REBOOT_GUARD_S;
    }

    /** @return true if {@code resetter} resets the processor from a guard before {@code other} to its budget's end */
    private static boolean resetDuring(Injection resetter, Injection other) {
        double reset = resetS(resetter);
        return reset > other.atS() - REBOOT_GUARD_S
                && reset < other.atS() + FaultCatalog.DETECTION.get(other.fault()).budgetS() + REBOOT_GUARD_S;
    }

    /** @return when the injection resets the processor (NaN if it does not) */
    private static double resetS(Injection i) {
        return switch (i.fault()) {
            case "watchdog.reset" -> i.atS();
            case "nvstore.corrupt" -> i.atS() + CORRUPT_TO_RESET_S;
            default -> Double.NaN;
        };
    }

    /** @return the run as scenario YAML (what {@link ScenarioParser} reads, and what a failing run leaves behind) */
    static String yaml(int index, long campaignSeed, long runSeed, List<Injection> faults) {
        StringBuilder y = new StringBuilder();
        y.append("name: campaign-").append(index).append('\n');
        y.append("description: run ").append(index).append(" of the fault campaign with seed ").append(campaignSeed)
                .append('\n');
        y.append("seed: ").append(runSeed).append('\n');
        y.append("duration: ").append(Durations.format(DURATION_S)).append('\n');
        List<String[]> timeline = new ArrayList<>();
        for (Injection i : faults) {
            timeline.add(new String[] {key(i.atS()), entry(i.atS(), "fault", i)});
            if (i.fault().equals("nvstore.corrupt")) {
                double resetS = i.atS() + CORRUPT_TO_RESET_S;
                timeline.add(new String[] {key(resetS), "  - {at: " + Durations.format(resetS)
                        + ", fault: watchdog.reset}\n"});
            }
            if (!Double.isNaN(i.clearS())) {
                timeline.add(new String[] {key(i.clearS()), entry(i.clearS(), "clear", i)});
            }
        }
        timeline.sort(java.util.Comparator.comparing(e -> e[0]));
        y.append("timeline:\n");
        timeline.forEach(e -> y.append(e[1]));
        y.append("expect:\n");
        for (String inv : INVARIANTS) {
            y.append("  - always: ").append(inv).append('\n');
        }
        for (Injection i : faults) {
            FaultCatalog.Detection d = FaultCatalog.DETECTION.get(i.fault());
            y.append("  - eventually: ").append(FaultCatalog.detectionFor(i.fault(), i.target())).append('\n');
            y.append("    after: ").append(Durations.format(i.atS())).append('\n');
            y.append("    within: ").append(Durations.format(d.budgetS())).append('\n');
        }
        return y.toString();
    }

    private static String key(double s) {
        return String.format(Locale.ROOT, "%08.0f", s);
    }

    private static String entry(double atS, String kind, Injection i) {
        String args = FaultCatalog.DETECTION.get(i.fault()).args();
        return "  - {at: " + Durations.format(atS) + ", " + kind + ": " + i.fault()
                + (i.target() == null ? "" : ", target: \"" + i.target() + "\"")
                + (args == null || kind.equals("clear") ? "" : ", args: " + args) + "}\n";
    }
}

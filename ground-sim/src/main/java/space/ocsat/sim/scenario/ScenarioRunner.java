package space.ocsat.sim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.cmd.TelecommandEncoder;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.platform.InMemoryMassMemory;
import space.ocsat.hal.platform.InMemoryNonVolatileStore;
import space.ocsat.sim.MissionConfig;
import space.ocsat.sim.MissionRun;
import space.ocsat.sim.Simulation;
import space.ocsat.sim.model.SatelliteConfig;
import space.ocsat.sim.report.RunSummary;
import space.ocsat.sim.scenario.Scenario.Expectation;
import space.ocsat.sim.scenario.Scenario.TimelineEntry;

/**
 * Runs one scenario in lockstep: builds the satellite the scenario describes with its faults wired in, applies the
 * timeline at whole simulated seconds, evaluates every expectation each second against the flight software's view
 * (events latch from one evaluation to the next, so none is missed), and writes the run folder through
 * {@link MissionRun}. {@link #compile} does all the checking a file can fail (points, events, targets, command
 * arguments) before anything runs.
 */
public final class ScenarioRunner {
    private static final long KEY_ID = 1;
    /** Default length of a link outage, s (args: duration). */
    private static final double LINK_OUTAGE_S = 1800;

    private final Scenario scenario;
    private final String file;
    private final Simulation sim;
    private final FaultInjector faults;
    private final Expr[] exprs;
    private final TelecommandEncoder signer;
    private final Raised raised = new Raised();
    private final long[] eventCounts = new long[EventId.values().length];
    private int csvEveryS = 1;
    private final ScenarioSeries series = new ScenarioSeries();
    private final Verdict[] verdicts;
    private int nextEntry;
    private long commandSequence;
    private MissionRun mission;
    private double linkBackAtS = Double.NaN;
    private FlightSoftware seenFsw;
    private long eventCursor;

    /** One expectation's outcome: {@code atS} is when it was decided (a failure's first time, an eventually's first true second; NaN if only the end decided it). */
    public record Verdict(Expectation expectation, boolean passed, double atS, String reason) {
    }

    /** A scenario's outcome: its verdicts and the run's summary. */
    public record Result(Scenario scenario, List<Verdict> verdicts, RunSummary summary, Path outDir,
                         ScenarioSeries series) {
        /** @return true if every expectation held */
        public boolean passed() {
            return verdicts.stream().allMatch(Verdict::passed);
        }
    }

    private ScenarioRunner(Scenario scenario, String file) {
        this.scenario = scenario;
        this.file = file;
        MissionConfig mission = new MissionConfig();
        mission.seed = scenario.seed();
        mission.altitudeKm = scenario.altitudeKm();
        mission.sunSynchronous = scenario.sso();
        if (!Double.isNaN(scenario.inclinationDeg())) {
            mission.inclinationDeg = scenario.inclinationDeg();
        }
        if (scenario.epoch() != null) {
            try {
                mission.epoch = Instant.parse(scenario.epoch());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ScenarioError(file + ": bad epoch '" + scenario.epoch() + "' (ISO-8601, e.g. 2026-06-21T00:00:00Z)");
            }
        }
        mission.ageYears = scenario.ageYears();
        mission.durationS = scenario.durationS();
        try {
            mission.validate();
        } catch (IllegalArgumentException e) {
            throw new ScenarioError(file + ": " + e.getMessage());
        }
        SatelliteConfig satellite = new SatelliteConfig();
        if (!Double.isNaN(scenario.initialSoc())) {
            satellite.initialSoc = scenario.initialSoc();
        }
        FswConfig fsw = new FswConfig();
        if (scenario.initialMode() != null) {
            fsw.initialMode = Mode.valueOf(scenario.initialMode());
        }
        byte[] key = runKey(scenario.seed());
        KeyTable keys = KeyTable.parse(List.of(KEY_ID + " " + java.util.HexFormat.of().formatHex(key)));
        this.signer = new TelecommandEncoder(fsw.satelliteId, KEY_ID, key);
        this.faults = new FaultInjector();
        this.sim = new Simulation(mission, satellite, fsw, new InMemoryNonVolatileStore(64, 4096),
                new InMemoryMassMemory(satellite.recorderBlocks, satellite.recorderBlockBytes), keys, faults::wrap);
        faults.attach(sim.satellite());
        this.exprs = new Expr[scenario.expect().size()];
        for (int i = 0; i < exprs.length; i++) {
            Expectation e = scenario.expect().get(i);
            exprs[i] = ExprParser.parse(e.text(), file, e.line(), sim);
        }
        this.verdicts = new Verdict[exprs.length];
        checkTimeline();
    }

    /** Checks targets and command arguments now, so a bad entry fails before the run, not halfway through it. */
    private void checkTimeline() {
        for (TimelineEntry e : scenario.timeline()) {
            try {
                if (e.kind() == TimelineEntry.Kind.COMMAND) {
                    ScenarioCommands.encode(signer, 0, e.name(), e.args());
                } else if (e.kind() == TimelineEntry.Kind.CLEAR && FaultCatalog.ONE_SHOT.contains(e.name())) {
                    throw new IllegalArgumentException(e.name() + " happens once; there is nothing to clear");
                } else {
                    faults.check(e.name(), e.target());
                }
            } catch (IllegalArgumentException ex) {
                throw ScenarioError.at(file, e.line(), ex.getMessage(), null, null);
            }
        }
    }

    /** A key only this run knows, from its seed: scenario runs need no key file. */
    private static byte[] runKey(long seed) {
        byte[] key = new byte[32];
        new java.util.Random(seed ^ 0x5CE7A210L).nextBytes(key);
        return key;
    }

    /**
     * @param file the scenario's file name (for messages)
     * @return the scenario ready to run @throws ScenarioError if a point, event, target or argument is wrong
     */
    public static ScenarioRunner compile(Scenario scenario, String file) {
        return new ScenarioRunner(scenario, file);
    }

    /** Runs the scenario into {@code outDir} (telemetry.csv, events.csv, summary.json). */
    public Result run(Path outDir, DoubleConsumer progress) throws IOException {
        mission = new MissionRun(sim, outDir);
        RunSummary summary = mission.withoutArchive().csvEvery(csvEveryS)
                .onEverySecond(s -> everySecond())
                .run(scenario.durationS(), progress);
        double endS = sim.clock().nowNs() / 1e9;
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            out.add(verdicts[i] != null ? verdicts[i] : atEnd(scenario.expect().get(i), endS));
        }
        return new Result(scenario, out, summary, outDir, series);
    }

    private Verdict atEnd(Expectation e, double endS) {
        return switch (e.kind()) {
            case ALWAYS, NEVER -> new Verdict(e, true, Double.NaN, "");
            case EVENTUALLY -> new Verdict(e, false, endS, "never true before the run ended");
            case AT -> new Verdict(e, false, endS, "the run ended before " + Durations.format(e.atS()));
        };
    }

    private void everySecond() {
        double nowS = sim.clock().nowNs() / 1e9;
        faults.at(nowS);
        if (nowS >= linkBackAtS) {
            mission.ground().setLinkUp(true);
            linkBackAtS = Double.NaN;
        }
        while (nextEntry < scenario.timeline().size() && scenario.timeline().get(nextEntry).atS() <= nowS) {
            apply(scenario.timeline().get(nextEntry++), nowS);
        }
        latchEvents();
        series.sample(sim, nowS);
        Points.Run run = new Points.Run(sim);
        for (int i = 0; i < exprs.length; i++) {
            if (verdicts[i] == null) {
                verdicts[i] = judge(scenario.expect().get(i), exprs[i].test(run, raised), nowS);
            }
        }
        raised.clear();
    }

    private void apply(TimelineEntry e, double nowS) {
        switch (e.kind()) {
            case COMMAND -> {
                long at = Double.isNaN(e.executeAtS()) ? 0
                        : sim.mission().epoch.getEpochSecond() * 1_000_000_000L + Math.round(e.executeAtS() * 1e9);
                byte[] tc = ScenarioCommands.encode(signer, nextSequence(), at, e.name(), e.args());
                sim.flightSoftware().commanding().inbox().offer(tc, 0, tc.length);
            }
            case FAULT -> {
                if (e.name().equals("watchdog.reset")) {
                    sim.hangProcessor(); // the watchdog fires a timeout later; the processor reboots after that
                } else if (e.name().equals("command.corrupt")) {
                    uplinkCorrupted();
                } else if (e.name().equals("link.outage")) {
                    mission.ground().setLinkUp(false);
                    linkBackAtS = nowS + (e.args().get("duration") instanceof Double d ? d : LINK_OUTAGE_S);
                } else {
                    faults.set(e.name(), e.target(), e.args(), true, nowS);
                }
            }
            case CLEAR -> {
                if (e.name().equals("link.outage")) {
                    mission.ground().setLinkUp(true);
                    linkBackAtS = Double.NaN;
                } else {
                    faults.set(e.name(), e.target(), e.args(), false, nowS);
                }
            }
        }
    }

    /**
     * The next command sequence, as the ops tools number them: UTC microseconds (of the simulated clock), and above
     * the last one. A flight software that lost its anti-replay record re-anchors its floor to UTC, so only
     * sequences like these get through after that.
     */
    private long nextSequence() {
        long utcMicros = sim.mission().epoch.getEpochSecond() * 1_000_000L + sim.clock().nowNs() / 1000;
        commandSequence = Math.max(commandSequence + 1, utcMicros);
        return commandSequence;
    }

    /**
     * A command damaged on the way up: a signed Noop with one bit flipped in its middle (what a bit error on the
     * link does). The flight software must reject it, count it, and lose nothing else.
     */
    private void uplinkCorrupted() {
        byte[] tc = ScenarioCommands.encode(signer, nextSequence(), "Noop", java.util.Map.of());
        tc[tc.length / 2] ^= 0x10;
        sim.flightSoftware().commanding().inbox().offer(tc, 0, tc.length);
    }

    /** Latches every event the flight software raised since the last look (a new flight software starts at zero). */
    private void latchEvents() {
        FlightSoftware fsw = sim.flightSoftware();
        if (fsw != seenFsw) {
            seenFsw = fsw;
            eventCursor = 0;
        }
        EventLog log = fsw.events();
        long end = log.published();
        for (long seq = eventCursor; seq < end; seq++) {
            if (log.available(seq)) {
                raised.add(log.id(seq), log.argA(seq));
                eventCounts[log.id(seq).ordinal()]++;
            }
        }
        eventCursor = end;
    }

    /** @return the expectation's verdict if this second decides it, else null */
    private static Verdict judge(Expectation e, boolean value, double nowS) {
        return switch (e.kind()) {
            case ALWAYS -> value ? null : new Verdict(e, false, nowS, "false");
            case NEVER -> value ? new Verdict(e, false, nowS, "true") : null;
            case EVENTUALLY -> {
                if (nowS < e.afterS()) {
                    yield null;
                }
                if (value) {
                    yield new Verdict(e, true, nowS, "true at " + Durations.format(Math.round(nowS)));
                }
                yield nowS >= e.afterS() + e.withinS()
                        ? new Verdict(e, false, nowS, "not true within " + Durations.format(e.withinS())) : null;
            }
            case AT -> nowS < e.atS() ? null
                    : new Verdict(e, value, value ? Double.NaN : nowS, value ? "" : "false");
        };
    }

    /** Writes telemetry.csv every {@code seconds} simulated seconds (campaigns keep their folders small). */
    ScenarioRunner csvEvery(int seconds) {
        this.csvEveryS = seconds;
        return this;
    }

    /** @return how many times the flight software raised the event so far (across restarts) */
    long eventCount(EventId id) {
        return eventCounts[id.ordinal()];
    }

    /** @return the targets a fault can take in this scenario's satellite */
    List<String> targets(String fault) {
        return faults.targets(fault);
    }

    /** @return the scenario's name */
    public String name() {
        return scenario.name();
    }

    /** @return the simulation (tests) */
    Simulation simulation() {
        return sim;
    }
}

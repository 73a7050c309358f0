package space.ocsat.fsw;

import space.ocsat.fsw.config.FswConfig;
import space.ocsat.hal.Hal;
import space.ocsat.hal.time.Clock;
import space.ocsat.fsw.adcs.ArrayPointing;
import space.ocsat.fsw.cmd.Commanding;
import space.ocsat.fsw.cmd.KeyTable;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.downlink.AckFloors;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.fsw.downlink.FrameRing;
import space.ocsat.fsw.orbit.EclipsePredictor;
import space.ocsat.fsw.params.Limits;
import space.ocsat.fsw.params.ParameterTable;
import space.ocsat.fsw.exec.Executive;
import space.ocsat.fsw.exec.Rate;
import space.ocsat.fsw.exec.Stage;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.ClockCorrelation;
import space.ocsat.fsw.report.Housekeeping;
import space.ocsat.fsw.report.HousekeepingSources;
import space.ocsat.fsw.report.EventTelemetry;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.FrameSink;
import space.ocsat.wire.Stream;
import space.ocsat.fsw.frame.Actuation;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.links.LinkManager;
import space.ocsat.fsw.optical.TerminalPower;
import space.ocsat.fsw.persist.BootRecord;
import space.ocsat.fsw.persist.StoreHealth;
import space.ocsat.fsw.persist.StateRecord;
import space.ocsat.fsw.power.BatteryCells;
import space.ocsat.fsw.power.ChargeControl;
import space.ocsat.fsw.power.EnergyPlan;
import space.ocsat.fsw.power.LinkShedder;
import space.ocsat.fsw.power.LoadShedder;
import space.ocsat.fsw.power.SocEstimator;
import space.ocsat.fsw.protect.GpuHealth;
import space.ocsat.fsw.protect.Protection;
import space.ocsat.fsw.protect.SensorVote;
import space.ocsat.fsw.thermal.HeaterControl;
import space.ocsat.fsw.thermal.PumpControl;
import space.ocsat.fsw.thermal.RadiatorRejection;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * The flight software's composition root: builds every subsystem over one {@link Hal}, registers them
 * with the executive in data-flow order, and exposes {@link #runCycle(long)} for a driver. Nothing else
 * creates a subsystem.
 */
public final class FlightSoftware {
    private static final int EVENT_CAPACITY = 4096;

    private final EventLog events = new EventLog(EVENT_CAPACITY);
    private final Executive executive;
    private final SensorFrame sensed;
    private final ActuatorFrame commanded;
    private final ModeManager modes;
    private final SocEstimator soc;
    private final LoadShedder shedder;
    private final ThermalEstimate thermalEstimate;
    private final ThermalCap thermalCap;
    private final GpuGovernor governor;
    private final Protection protection;
    private final LinkManager linkManager;
    private final PumpControl pump;
    private final HeaterControl heaters;
    private final ChargeControl charge;
    private final StateRecord state;
    private final Actuation actuation;
    private final FrameEncoder frames;
    private final Downlink downlink;
    private final ParameterTable parameters;
    private final EclipsePredictor eclipse;
    private final EnergyPlan plan;
    private BootRecord boot;
    private final RadiatorRejection rejection;
    private final Housekeeping housekeeping;
    private final Commanding commanding;
    private final boolean restored;

    /** A flight software whose telemetry frames go nowhere and that holds no command key (control-law tests). */
    public FlightSoftware(Hal hal, FswConfig config, Clock execClock) {
        this(hal, config, execClock, (stream, sequence, frame) -> { }, KeyTable.empty());
    }

    /**
     * @param hal       the devices
     * @param config    limits and gains (validated here)
     * @param execClock clock for measuring execution time only (the processor's monotonic clock in flight;
     *                  the simulated clock in lockstep, where execution takes no simulated time)
     * @param downlink  where encoded telemetry frames go
     * @param keys      command authentication keys (from the key file)
     */
    public FlightSoftware(Hal hal, FswConfig config, Clock execClock, FrameSink downlink, KeyTable keys) {
        this(hal, config, execClock, DownlinkPort.always(downlink), keys);
    }

    /**
     * @param hal       the devices
     * @param config    limits and gains (validated here)
     * @param execClock clock for measuring execution time only
     * @param port      the way down to the ground (replaceable later with {@link Downlink#attach})
     * @param keys      command authentication keys (from the key file)
     */
    public FlightSoftware(Hal hal, FswConfig config, Clock execClock, DownlinkPort port, KeyTable keys) {
        config.validate();
        sensed = new SensorFrame(hal);
        commanded = new ActuatorFrame(hal);
        executive = new Executive(execClock, hal.watchdog(), events);
        modes = new ModeManager(config.initialMode, events);
        BatteryCells cells = new BatteryCells(sensed, commanded, config, hal.battery().seriesCells());
        soc = new SocEstimator(sensed, config, cells, hal.battery().ratedCapacityAh());
        eclipse = new EclipsePredictor(sensed);
        plan = new EnergyPlan(sensed, soc, eclipse, events, config, hal.gpus().minCapW());
        thermalEstimate = new ThermalEstimate(sensed);
        thermalCap = new ThermalCap(thermalEstimate, events, config, hal.gpus().minCapW(), hal.gpus().maxCapW());
        rejection = new RadiatorRejection(sensed, commanded, thermalEstimate, eclipse, config);
        shedder = new LoadShedder(sensed, soc, plan, thermalCap, events, config,
                lowestPriorityFirst(sensed.gpuCount()), hal.gpus().maxCapW());
        governor = new GpuGovernor(sensed, commanded, modes, shedder, plan, thermalCap, rejection, events, config,
                hal.gpus().minCapW(), hal.gpus().maxCapW());
        pump = new PumpControl(sensed, commanded, thermalEstimate, events, config);
        heaters = new HeaterControl(sensed, commanded, events, config);
        ArrayPointing pointing = new ArrayPointing(sensed, commanded, modes);
        ClockCorrelation utc = new ClockCorrelation(sensed, events);
        linkManager = new LinkManager(sensed, commanded, utc, events, config.links);
        protection = new Protection(sensed, commanded, soc, cells, linkManager, thermalEstimate, modes, governor, pump, heaters, pointing,
                events, config, hal.store());
        charge = new ChargeControl(sensed, commanded, events, config);
        actuation = new Actuation(hal, sensed, commanded, events);
        state = new StateRecord(hal.store(), soc, events);
        restored = state.restore();
        int streams = Stream.names.length;
        downlink = new Downlink(new FrameRing(hal.massMemory(), streams, housekeepingStreams(streams)),
                new AckFloors(hal.store(), streams), port, hal.clock(), events);
        downlink.recover();
        frames = new FrameEncoder(config.satelliteId, streams, downlink);
        for (int s = 0; s < streams; s++) {
            frames.resume(s, downlink.resumeSequence(s));
        }
        LinkShedder links = new LinkShedder(sensed, soc, shedder, events, config);
        CommandCountersView counters = new CommandCountersView();
        parameters = new ParameterTable(hal.store(), Limits.defaults(config), v -> {
            shedder.setSocLevels(v[Limits.SOC_SHED_FLOOR], v[Limits.SOC_RESTORE_LEVEL]);
            plan.setExitFloor(v[Limits.SOC_SHED_FLOOR], config.planMarginSoc);
            plan.setChargeLimitA(v[Limits.CHARGE_LIMIT_A]);
            protection.setSocHardFloor(v[Limits.SOC_HARD_FLOOR]);
            thermalCap.setLimits(v[Limits.COOLANT_OUTLET_MAX_K], v[Limits.RADIATOR_MAX_K]);
            protection.setCoolantLimit(v[Limits.COOLANT_OUTLET_MAX_K]);
            rejection.setCoolantMaxK(v[Limits.COOLANT_OUTLET_MAX_K]);
            governor.setDieMaxK(v[Limits.GPU_DIE_MAX_K]);
            governor.setCapRateWPerS(v[Limits.CAP_RATE_W_PER_S]);
            charge.setChargeLimitA(v[Limits.CHARGE_LIMIT_A]);
        });
        parameters.restore();
        HousekeepingSources hkSources = new HousekeepingSources(sensed, commanded, soc, plan, eclipse, shedder, charge,
                thermalEstimate, thermalCap, rejection, governor, modes, executive.stats(), events, protection.fdir(),
                actuation, counters, downlink, linkManager);
        housekeeping = new Housekeeping(hkSources, frames, utc);
        commanding = new Commanding(keys, hal.store(), new FlightCommands(modes, protection, governor, heaters,
                thermalCap, housekeeping, downlink, parameters, events, hal.clock(), commanded, linkManager, sensed.gpuCount(), commanded.heaterOn.length), frames, events, utc,
                config.satelliteId);
        counters.acks = commanding.acks();

        executive.register(Stage.SENSE, Rate.HZ_10, commanding.dispatcher())
                .register(Stage.SENSE, Rate.HZ_10, commanding.adapter())
                .register(Stage.SENSE, Rate.HZ_10, new Sampler(hal, sensed))
                .register(Stage.ESTIMATE, Rate.HZ_1, cells)
                .register(Stage.ESTIMATE, Rate.HZ_10, soc)
                .register(Stage.ESTIMATE, Rate.HZ_10, thermalEstimate)
                .register(Stage.ESTIMATE, Rate.HZ_1, rejection)
                .register(Stage.ESTIMATE, Rate.HZ_10, utc)
                .register(Stage.ESTIMATE, Rate.HZ_0_1, eclipse)
                .register(Stage.PROTECT, Rate.HZ_1, protection)
                .register(Stage.PROTECT, Rate.HZ_1, new GpuHealth(sensed, governor, events, protection.faultLog(), config))
                .register(Stage.PROTECT, Rate.HZ_1, new SensorVote(sensed, thermalEstimate, events, protection.faultLog(),
                        config))
                .register(Stage.PROTECT, Rate.HZ_10, modes)
                .register(Stage.DECIDE, Rate.HZ_1, plan)
                .register(Stage.DECIDE, Rate.HZ_1, shedder)
                .register(Stage.DECIDE, Rate.HZ_1, charge)
                .register(Stage.DECIDE, Rate.HZ_1, heaters)
                .register(Stage.DECIDE, Rate.HZ_1, pump)
                .register(Stage.DECIDE, Rate.HZ_1, pointing)
                .register(Stage.DECIDE, Rate.HZ_1, links)
                .register(Stage.DECIDE, Rate.HZ_1, new TerminalPower(commanded, modes, links))
                .register(Stage.DECIDE, Rate.HZ_1, linkManager)
                .register(Stage.DECIDE, Rate.HZ_10, thermalCap)
                .register(Stage.DECIDE, Rate.HZ_10, governor)
                .register(Stage.ACT, Rate.HZ_10, actuation)
                .register(Stage.REPORT, Rate.HZ_10, housekeeping)
                .register(Stage.REPORT, Rate.HZ_10, new EventTelemetry(events, frames, utc))
                .register(Stage.REPORT, Rate.HZ_10, downlink)
                .register(Stage.REPORT, Rate.HZ_0_1, state);
        long bootNs = hal.clock().nowNs();
        protection.restoreIsolations();
        boolean afterReset = hal.watchdog().causedLastReset();
        StoreHealth health = StoreHealth.check(hal.store(), afterReset);
        boolean fresh = health.verdict() != StoreHealth.Verdict.HEALTHY;
        if (fresh) {
            // a corrupt or lost store: nothing in it can be trusted to resume from; SAFE, with a fresh store
            modes.resumeIn(Mode.SAFE);
        }
        events.publish(bootNs, EventId.BOOT, modes.bootMode().ordinal(), restored ? 1 : 0, 0);
        if (fresh) {
            events.publish(bootNs, EventId.STORE_REINITIALISED, health.verdict().ordinal(), health.firstBadSlot(),
                    health.wipeCorrupt(hal.store()).ordinal());
        }
        commanding.reportAntiReplay(bootNs, health.verdict() == StoreHealth.Verdict.MISSING);
        boot = BootRecord.boot(hal.store(), bootNs, (long) (config.bootLoopWindowS * 1e9), afterReset);
        if (boot.written() != space.ocsat.hal.platform.StoreStatus.OK) {
            events.publish(bootNs, EventId.STORE_WRITE_FAILED, BootRecord.SLOT, boot.written().ordinal(), 0);
        }
        hkSources.restarts = boot.restarts();
        if (boot.restarts() > 0) {
            events.publish(bootNs, EventId.RESTART, boot.restarts(), boot.bootLoop() ? 1 : 0, 0);
        }
        if (boot.bootLoop()) {
            protection.holdForBootLoop(bootNs);
        }
    }

    /** The recorder overwrites housekeeping first; events and acknowledgements last. */
    private static boolean[] housekeepingStreams(int streams) {
        boolean[] housekeeping = new boolean[streams];
        for (int s = Stream.HK_POWER; s <= Stream.HK_EXEC; s++) {
            housekeeping[s] = true;
        }
        return housekeeping;
    }

    /** Shed order: the highest index first, so GPU 0 is the last to go. */
    private static int[] lowestPriorityFirst(int gpus) {
        int[] order = new int[gpus];
        for (int i = 0; i < gpus; i++) {
            order[i] = gpus - 1 - i;
        }
        return order;
    }

    /** Runs one control cycle at mission time {@code nowNs}. */
    public void runCycle(long nowNs) {
        executive.runCycle(nowNs);
    }

    /**
     * Accepts (or rejects) the oldest command waiting in the inbox now, between cycles, so acceptance is
     * acknowledged within milliseconds of arrival rather than at the next 10 Hz tick. Control thread only; the
     * driver calls it when {@link space.ocsat.fsw.cmd.CommandInbox#onArrival} wakes it, one command at a time while
     * the next cycle is not imminent.
     */
    public void acceptCommands(long nowNs) {
        commanding.adapter().acceptNext(nowNs);
    }

    /** Ground mode request (applied at the next cycle). @return false if the mode cannot be requested */
    public boolean requestMode(Mode mode) {
        return modes.requestFromGround(mode);
    }

    public Executive executive() { return executive; }
    public EventLog events() { return events; }
    public Mode mode() { return modes.mode(); }
    public long modeTransitions() { return modes.transitions(); }
    public double socEstimate() { return soc.soc(); }
    public SocEstimator soc() { return soc; }
    /** @return processor restarts since the mission began (persisted; the first power-on is not one) */
    public long restarts() { return boot.restarts(); }
    public int gpusPowered() { return governor.poweredCount(); }
    public GpuGovernor governor() { return governor; }
    public ThermalEstimate thermalEstimate() { return thermalEstimate; }
    public double thermalFactor() { return thermalCap.factor(); }
    public double thermalCapW() { return thermalCap.capW(); }
    public boolean chargeInhibited() { return charge.inhibited(); }
    public long actuationFailures() { return actuation.failures(); }
    public FrameEncoder frames() { return frames; }
    public Housekeeping housekeeping() { return housekeeping; }
    /** @return the on-board prediction of the next umbra entry and exit */
    public EclipsePredictor eclipse() { return eclipse; }
    public EnergyPlan plan() { return plan; }
    public RadiatorRejection rejection() { return rejection; }
    /** @return the limits table (SetParameter, LoadParameterTable) */
    public ParameterTable parameters() { return parameters; }
    /** @return store-and-forward: the recorder, the port, acknowledgements */
    public Downlink downlink() { return downlink; }
    /** @return the command path; its inbox is where received command buffers go */
    public Commanding commanding() { return commanding; }

    /** Counters view handed to housekeeping before the command path exists. */
    private static final class CommandCountersView implements HousekeepingSources.CommandCounters {
        private space.ocsat.fsw.cmd.CommandAcks acks;

        @Override public long accepted() { return acks.accepted(); }
        @Override public long rejected() { return acks.rejected(); }
        @Override public long completed() { return acks.completed(); }
        @Override public long failed() { return acks.failed(); }
    }
    public Protection protection() { return protection; }
    public LinkManager links() { return linkManager; }
    /** @return true if this boot restored its state from the non-volatile store */
    public boolean restoredFromStore() { return restored; }
    public SensorFrame sensed() { return sensed; }
    public ActuatorFrame commanded() { return commanded; }
}

package space.ocsat.fsw.report;

import space.ocsat.fsw.links.LinkManager;
import space.ocsat.fdir.Fdir;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.fsw.exec.CycleStats;
import space.ocsat.fsw.frame.Actuation;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.modes.ModeManager;
import space.ocsat.fsw.power.ChargeControl;
import space.ocsat.fsw.orbit.EclipseForecast;
import space.ocsat.fsw.power.EnergyPlan;
import space.ocsat.fsw.power.LoadShedder;
import space.ocsat.fsw.power.SocEstimator;
import space.ocsat.fsw.thermal.RadiatorRejection;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventLog;

/** Everything the housekeeping packets report, gathered once by the composition root. */
public final class HousekeepingSources {
    final SensorFrame sensed;
    final ActuatorFrame commanded;
    final SocEstimator soc;
    final EnergyPlan plan;
    final EclipseForecast eclipse;
    final LoadShedder shedder;
    final ChargeControl charge;
    final ThermalEstimate thermal;
    final ThermalCap thermalCap;
    final RadiatorRejection rejection;
    final GpuGovernor governor;
    final ModeManager modes;
    final CycleStats cycles;
    final EventLog events;
    final Fdir fdir;
    final Actuation actuation;
    final CommandCounters commands;
    final Downlink downlink;
    final LinkManager links;
    /** Restarts since the mission began, set once the boot has been counted. */
    public long restarts;

    public HousekeepingSources(SensorFrame sensed, ActuatorFrame commanded, SocEstimator soc, EnergyPlan plan,
                               EclipseForecast eclipse, LoadShedder shedder,
                               ChargeControl charge, ThermalEstimate thermal, ThermalCap thermalCap,
                               RadiatorRejection rejection,
                               GpuGovernor governor, ModeManager modes, CycleStats cycles, EventLog events,
                               Fdir fdir, Actuation actuation, CommandCounters commands,
                               Downlink downlink, LinkManager links) {
        this.links = links;
        this.sensed = sensed;
        this.commanded = commanded;
        this.soc = soc;
        this.plan = plan;
        this.eclipse = eclipse;
        this.shedder = shedder;
        this.charge = charge;
        this.thermal = thermal;
        this.thermalCap = thermalCap;
        this.rejection = rejection;
        this.governor = governor;
        this.modes = modes;
        this.cycles = cycles;
        this.events = events;
        this.fdir = fdir;
        this.actuation = actuation;
        this.commands = commands;
        this.downlink = downlink;
    }

    /** Counters of the command path (the commanding subsystem implements it). */
    public interface CommandCounters {
        long accepted();

        long rejected();

        long completed();

        long failed();
    }
}

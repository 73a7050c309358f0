package space.ocsat.fsw.report;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.TimeSource;
import space.ocsat.wire.ComputeHk;
import space.ocsat.wire.ExecHk;
import space.ocsat.wire.LinksHk;
import space.ocsat.wire.Payload;
import space.ocsat.wire.PowerHk;
import space.ocsat.wire.Stream;
import space.ocsat.wire.ThermalHk;

/**
 * REPORT: encodes the housekeeping packets (power, thermal, compute, links, exec), each at its own
 * commandable period (1 Hz by default), into telemetry frames. Vectors are written element by element
 * straight from the cycle's arrays; nothing is allocated. Runs at 10 Hz.
 */
public final class Housekeeping implements CycleTask {
    /** Housekeeping streams, in the order they are encoded. */
    private static final int[] PACKETS = {Stream.HK_POWER, Stream.HK_THERMAL, Stream.HK_COMPUTE, Stream.HK_LINKS,
        Stream.HK_EXEC};
    /** Default period of every packet, cycles (1 Hz). */
    public static final int DEFAULT_PERIOD_CYCLES = 10;

    private final HousekeepingSources src;
    private final FrameEncoder encoder;
    private final TimeSource time;
    private final int[] periodCycles = new int[Stream.names.length];
    private long cycle;
    private java.util.function.LongSupplier downlinkDrops = () -> 0L;

    public Housekeeping(HousekeepingSources sources, FrameEncoder encoder, TimeSource time) {
        this.src = sources;
        this.encoder = encoder;
        this.time = time;
        for (int packet : PACKETS) {
            periodCycles[packet] = DEFAULT_PERIOD_CYCLES;
        }
    }

    /**
     * Sets a packet's period (command path).
     *
     * @param stream       one of the HK streams
     * @param periodCycles period in base cycles, 1 … 36,000
     * @return false if the stream is not a housekeeping packet or the period is out of range
     */
    public boolean setPeriod(int stream, int periodCycles) {
        if (periodCycles < 1 || periodCycles > 36_000 || !isPacket(stream)) {
            return false;
        }
        this.periodCycles[stream] = periodCycles;
        return true;
    }

    /** @return the packet's period in base cycles, 0 if not a packet */
    public int periodCycles(int stream) {
        return stream >= 0 && stream < periodCycles.length ? periodCycles[stream] : 0;
    }

    private static boolean isPacket(int stream) {
        for (int p : PACKETS) {
            if (p == stream) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(long nowNs) {
        long unixNs = time.unixNs(nowNs);
        for (int packet : PACKETS) {
            if (cycle % periodCycles[packet] == 0) {
                encode(packet, nowNs, unixNs);
            }
        }
        cycle++;
    }

    /** Encodes one packet now, whatever its period. */
    public void encode(int packet, long nowNs, long unixNs) {
        FlatBufferBuilder b = encoder.begin();
        switch (packet) {
            case Stream.HK_POWER:
                encoder.finish(packet, Payload.PowerHk, power(b, nowNs), nowNs, unixNs);
                break;
            case Stream.HK_THERMAL:
                encoder.finish(packet, Payload.ThermalHk, thermal(b), nowNs, unixNs);
                break;
            case Stream.HK_COMPUTE:
                encoder.finish(packet, Payload.ComputeHk, compute(b), nowNs, unixNs);
                break;
            case Stream.HK_LINKS:
                encoder.finish(packet, Payload.LinksHk, links(b), nowNs, unixNs);
                break;
            case Stream.HK_EXEC:
                encoder.finish(packet, Payload.ExecHk, exec(b), nowNs, unixNs);
                break;
            default:
                throw new IllegalArgumentException("not a housekeeping stream: " + packet);
        }
    }

    private int power(FlatBufferBuilder b, long nowNs) {
        SensorFrame f = src.sensed;
        int strings = floats(b, f.stringCurrentA);
        PowerHk.startPowerHk(b);
        PowerHk.addSoc(b, (float) src.soc.soc());
        PowerHk.addBatteryV(b, (float) f.batteryVoltageV);
        PowerHk.addBatteryA(b, (float) f.batteryCurrentA);
        PowerHk.addBatteryTempK(b, (float) f.batteryTempK);
        PowerHk.addBusV(b, (float) f.busVoltageV);
        PowerHk.addSolarPowerW(b, (float) f.solarPowerW);
        PowerHk.addLoadA(b, (float) f.loadCurrentA);
        PowerHk.addShuntA(b, (float) f.shuntCurrentA);
        PowerHk.addChargeLimitA(b, (float) src.commanded.chargeLimitA);
        PowerHk.addStringCurrentA(b, strings);
        PowerHk.addGpusAllowed(b, src.shedder.allowedCount());
        PowerHk.addChargeInhibited(b, src.charge.inhibited());
        PowerHk.addComputeBudgetW(b, (float) src.plan.computeBudgetW());
        PowerHk.addEssentialW(b, (float) src.plan.essentialW());
        PowerHk.addEclipseEntryInS(b, (float) secondsUntil(src.eclipse.inUmbra() ? nowNs : src.eclipse.nextEntryNs(), nowNs));
        PowerHk.addEclipseExitInS(b, (float) secondsUntil(src.eclipse.nextExitNs(), nowNs));
        PowerHk.addCapacityAh(b, (float) src.soc.capacityAh());
        PowerHk.addBatteryCells(b, (short) src.soc.cells());
        PowerHk.addBatteryMaxCellV(b, (float) f.batteryMaxCellV);
        return PowerHk.endPowerHk(b);
    }

    /** @return seconds from now to a predicted time; −1 without a prediction */
    private double secondsUntil(long atNs, long nowNs) {
        if (!src.eclipse.valid() || atNs == Long.MAX_VALUE) {
            return -1;
        }
        return Math.max(0, (atNs - nowNs) / 1e9);
    }

    private int thermal(FlatBufferBuilder b) {
        SensorFrame f = src.sensed;
        int radiators = floats(b, f.radiatorTempK);
        int units = floats(b, f.unitTempK);
        int heaters = booleans(b, src.commanded.heaterOn);
        ThermalHk.startThermalHk(b);
        ThermalHk.addCoolantOutletK(b, (float) src.thermal.coolantOutletK());
        ThermalHk.addCoolantInletK(b, (float) f.coolantInletTempK);
        ThermalHk.addCoolantFlowKgPerS(b, (float) f.coolantFlowKgPerS);
        ThermalHk.addPumpOn(b, f.pumpOn);
        ThermalHk.addRadiatorK(b, radiators);
        ThermalHk.addUnitTempK(b, units);
        ThermalHk.addHeaterOn(b, heaters);
        ThermalHk.addThermalFactor(b, (float) src.thermalCap.factor());
        ThermalHk.addThermalCapW(b, (float) src.thermalCap.capW());
        ThermalHk.addRejectedW(b, (float) src.rejection.rejectedW());
        ThermalHk.addEnvironmentW(b, (float) src.rejection.environmentW());
        ThermalHk.addCapacityW(b, (float) src.rejection.capacityW());
        ThermalHk.addCapacityForecastW(b, (float) src.rejection.forecastW());
        return ThermalHk.endThermalHk(b);
    }

    private int compute(FlatBufferBuilder b) {
        SensorFrame f = src.sensed;
        int on = booleans(b, f.gpuPowered);
        int power = floats(b, f.gpuPowerW);
        int temp = floats(b, f.gpuTempK);
        int cap = floats(b, f.gpuCapW);
        int util = floats(b, f.gpuUtilization);
        b.startVector(4, f.gpuEccErrors.length, 4);
        for (int i = f.gpuEccErrors.length - 1; i >= 0; i--) {
            b.addInt((int) Math.min(0xFFFF_FFFFL, f.gpuEccErrors[i]));
        }
        int ecc = b.endVector();
        int draining = booleans(b, src.commanded.gpuDrain);
        ComputeHk.startComputeHk(b);
        ComputeHk.addGpuOn(b, on);
        ComputeHk.addGpuPowerW(b, power);
        ComputeHk.addGpuTempK(b, temp);
        ComputeHk.addGpuCapW(b, cap);
        ComputeHk.addGpuUtilization(b, util);
        ComputeHk.addGpuEccErrors(b, ecc);
        ComputeHk.addGpusPowered(b, src.governor.poweredCount());
        ComputeHk.addGpuDraining(b, draining);
        ComputeHk.addDeliveredGpuH(b, src.governor.deliveredGpuHours());
        return ComputeHk.endComputeHk(b);
    }

    private int links(FlatBufferBuilder b) {
        SensorFrame f = src.sensed;
        b.startVector(1, f.terminalState.length, 1);
        for (int i = f.terminalState.length - 1; i >= 0; i--) {
            b.addByte((byte) f.terminalState[i].ordinal());
        }
        int states = b.endVector();
        int power = floats(b, f.terminalPowerW);
        b.startVector(4, f.terminalPartner.length, 4);
        for (int i = f.terminalPartner.length - 1; i >= 0; i--) {
            b.addInt(f.terminalPartner[i]);
        }
        int partners = b.endVector();
        int rates = floats(b, f.terminalRateBps);
        int margins = floats(b, f.terminalMarginDb);
        int errors = floats(b, f.terminalPointingErrorRad);
        b.startVector(1, f.terminalState.length, 1);
        for (int i = f.terminalState.length - 1; i >= 0; i--) {
            b.addBoolean(src.links.isolated(i));
        }
        int isolated = b.endVector();
        LinksHk.startLinksHk(b);
        LinksHk.addTerminalState(b, states);
        LinksHk.addTerminalPowerW(b, power);
        LinksHk.addTerminalPartner(b, partners);
        LinksHk.addTerminalRateBps(b, rates);
        LinksHk.addTerminalMarginDb(b, margins);
        LinksHk.addTerminalPointingErrorRad(b, errors);
        LinksHk.addTerminalIsolated(b, isolated);
        LinksHk.addHandoffs(b, src.links.handoffs());
        LinksHk.addAcquisitionsFailed(b, src.links.failedTotal());
        LinksHk.addLossesOfLock(b, src.links.lossesTotal());
        return LinksHk.endLinksHk(b);
    }

    private int exec(FlatBufferBuilder b) {
        ExecHk.startExecHk(b);
        ExecHk.addMode(b, src.modes.mode().ordinal());
        ExecHk.addCycles(b, src.cycles.cycles());
        ExecHk.addCycleSlips(b, src.cycles.slips());
        ExecHk.addCyclesSinceSlip(b, src.cycles.cyclesSinceSlip());
        ExecHk.addCycleExecLastUs(b, src.cycles.lastExecNs() / 1e3f);
        ExecHk.addCycleExecMaxUs(b, src.cycles.maxExecNs() / 1e3f);
        ExecHk.addFaultsActive(b, src.fdir.activeCount());
        ExecHk.addEventsPublished(b, src.events.published());
        ExecHk.addEventsLost(b, src.events.overwritten());
        ExecHk.addActuationFailures(b, src.actuation.failures());
        ExecHk.addCommandsAccepted(b, src.commands.accepted());
        ExecHk.addCommandsRejected(b, src.commands.rejected());
        ExecHk.addCommandsCompleted(b, src.commands.completed());
        ExecHk.addCommandsFailed(b, src.commands.failed());
        ExecHk.addTmFramesDropped(b, downlinkDrops.getAsLong());
        ExecHk.addTmBacklog(b, src.downlink.backlog());
        ExecHk.addTmFramesLost(b, src.downlink.lost());
        ExecHk.addRestarts(b, src.restarts);
        ExecHk.addTmFramesReplayed(b, src.downlink.replayed());
        return ExecHk.endExecHk(b);
    }

    /**
     * Where the count of frames the downlink had to drop comes from (the transport counts them on its
     * thread; the exec packet reports them). Wired once at start, read without allocation.
     */
    public void setDownlinkDropCounter(java.util.function.LongSupplier counter) {
        this.downlinkDrops = counter;
    }

    private static int floats(FlatBufferBuilder b, double[] values) {
        b.startVector(4, values.length, 4);
        for (int i = values.length - 1; i >= 0; i--) {
            b.addFloat((float) values[i]);
        }
        return b.endVector();
    }

    private static int booleans(FlatBufferBuilder b, boolean[] values) {
        b.startVector(1, values.length, 1);
        for (int i = values.length - 1; i >= 0; i--) {
            b.addBoolean(values[i]);
        }
        return b.endVector();
    }
}

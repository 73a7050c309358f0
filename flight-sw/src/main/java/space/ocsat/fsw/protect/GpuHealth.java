package space.ocsat.fsw.protect;

import space.ocsat.fdir.response.Response;
import space.ocsat.fsw.compute.GpuGovernor;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/**
 * Per-GPU hang monitor with escalation. A powered GPU that reports itself hung for the persistence is power-cycled
 * (a unit response: off for the cycle time, then back); if it hangs again within the escalation window it is
 * isolated and stays off until the ground de-isolates it. Each step is an event ({@code GPU_FAULT},
 * {@code GPU_ISOLATED}) and a fault-log entry. Runs at 1 Hz.
 */
public final class GpuHealth implements CycleTask {
    private static final long NS_PER_S = 1_000_000_000L;

    private final SensorFrame f;
    private final GpuGovernor governor;
    private final EventLog events;
    private final FaultLog faultLog;
    private final int persistenceS;
    private final long cycleNs;
    private final long escalationNs;
    private final int[] hungSeconds;
    private final long[] lastCycleNs;

    public GpuHealth(SensorFrame frame, GpuGovernor governor, EventLog events, FaultLog faultLog, FswConfig config) {
        this.f = frame;
        this.governor = governor;
        this.events = events;
        this.faultLog = faultLog;
        this.persistenceS = config.gpuHangPersistenceS;
        this.cycleNs = (long) (config.gpuPowerCycleS * NS_PER_S);
        this.escalationNs = (long) (config.gpuHangEscalationS * NS_PER_S);
        this.hungSeconds = new int[frame.gpuCount()];
        this.lastCycleNs = new long[frame.gpuCount()];
        java.util.Arrays.fill(lastCycleNs, Long.MIN_VALUE / 2);
    }

    @Override
    public void run(long nowNs) {
        for (int g = 0; g < hungSeconds.length; g++) {
            boolean hung = f.gpuPowered[g] && f.gpuHung[g] && !governor.isolated(g);
            hungSeconds[g] = hung ? hungSeconds[g] + 1 : 0;
            if (hungSeconds[g] >= persistenceS) {
                hungSeconds[g] = 0;
                respond(g, nowNs);
            }
        }
    }

    private void respond(int g, long nowNs) {
        int fault = FaultId.GPU_HANG.ordinal();
        if (nowNs - lastCycleNs[g] <= escalationNs) {
            governor.setIsolated(g, true);
            events.publish(nowNs, EventId.GPU_FAULT, g, fault, Response.ISOLATE_UNIT.ordinal());
            events.publish(nowNs, EventId.GPU_ISOLATED, g, fault, 0);
            faultLog.record(fault, Response.ISOLATE_UNIT.ordinal(), true, f.gnssTimeUnixNs);
        } else {
            lastCycleNs[g] = nowNs;
            governor.powerCycle(g, nowNs + cycleNs);
            events.publish(nowNs, EventId.GPU_FAULT, g, fault, Response.POWER_CYCLE_UNIT.ordinal());
            faultLog.record(fault, Response.POWER_CYCLE_UNIT.ordinal(), true, f.gnssTimeUnixNs);
        }
    }
}

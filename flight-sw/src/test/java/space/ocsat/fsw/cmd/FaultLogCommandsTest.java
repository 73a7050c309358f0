package space.ocsat.fsw.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.protect.FaultId;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.wire.Arm;
import space.ocsat.wire.ClearFaultLog;
import space.ocsat.wire.Command;
import space.ocsat.wire.DumpFaultLog;

class FaultLogCommandsTest {
    private final CommandHarness h = new CommandHarness();
    private long sequence = 1;

    private void send(byte type, java.util.function.ToIntFunction<com.google.flatbuffers.FlatBufferBuilder> table) {
        h.send(h.command(sequence++, type, table));
    }

    private void dump() {
        send(Command.DumpFaultLog, b -> {
            DumpFaultLog.startDumpFaultLog(b);
            return DumpFaultLog.endDumpFaultLog(b);
        });
    }

    /** @return the fault log as the last dump reported it: "fault response" per entry, then "end N" */
    private List<String> lastDump(long fromEvent) {
        List<String> out = new ArrayList<>();
        for (long e = fromEvent; e < h.fsw.events().published(); e++) {
            EventId id = h.fsw.events().id(e);
            if (id == EventId.FAULT_LOG_ENTRY) {
                out.add(h.fsw.events().argA(e) + " " + h.fsw.events().argB(e));
            } else if (id == EventId.FAULT_LOG_DUMPED) {
                out.add("end " + h.fsw.events().argA(e));
            }
        }
        return out;
    }

    @Test
    void faultsAreLoggedAcrossAResetDumpedOldestFirstAndClearedOnlyWhenArmed() {
        h.fake.batteryTempK = 330; // above battery survival: confirmed after its persistence, compute shed
        h.cycles(100);
        h.fake.batteryTempK = 293;
        h.cycles(100);
        h.boot();
        h.cycles(2);
        long from = h.fsw.events().published();
        dump();
        h.cycles(2);
        int battery = FaultId.BATTERY_TEMPERATURE.ordinal();
        assertThat(lastDump(from)).containsExactly(battery + " " + space.ocsat.fdir.response.Response.SHED_COMPUTE.ordinal(),
                battery + " -1", "end 2");

        send(Command.ClearFaultLog, b -> {
            ClearFaultLog.startClearFaultLog(b);
            return ClearFaultLog.endClearFaultLog(b);
        });
        h.cycles(2);
        assertThat(h.acks()).contains((sequence - 1) + " REJECTED NOT_ARMED");
        send(Command.Arm, b -> Arm.createArm(b, Command.ClearFaultLog, 30f));
        h.cycles(2);
        send(Command.ClearFaultLog, b -> {
            ClearFaultLog.startClearFaultLog(b);
            return ClearFaultLog.endClearFaultLog(b);
        });
        h.cycles(2);
        assertThat(h.acks()).contains((sequence - 1) + " COMPLETED OK");
        h.boot();
        from = h.fsw.events().published();
        dump();
        h.cycles(2);
        assertThat(lastDump(from)).containsExactly("end 0");
    }
}

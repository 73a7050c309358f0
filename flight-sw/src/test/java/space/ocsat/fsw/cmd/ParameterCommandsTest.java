package space.ocsat.fsw.cmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.params.Limits;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.wire.Arm;
import space.ocsat.wire.Command;
import space.ocsat.wire.DumpParameterTable;
import space.ocsat.wire.LoadParameterTable;
import space.ocsat.wire.SetParameter;

class ParameterCommandsTest {
    private static final int CHARGE_LIMIT = Limits.CHARGE_LIMIT_A + 1;
    private final CommandHarness h = new CommandHarness();

    private byte[] set(long sequence, int id, double value) {
        return h.command(sequence, Command.SetParameter, b -> SetParameter.createSetParameter(b, id, value));
    }

    private byte[] load(long sequence, double[] values, long crc) {
        return h.command(sequence, Command.LoadParameterTable, b -> LoadParameterTable.createLoadParameterTable(b,
                Limits.TABLE_ID, LoadParameterTable.createValuesVector(b, values), crc));
    }

    private static long crc(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes.array());
        return crc.getValue();
    }

    @Test
    void setParameterReachesTheSubsystemAndSurvivesAReset() {
        h.send(set(1, CHARGE_LIMIT, 20));
        h.cycles(12);
        assertThat(h.acks()).contains("1 COMPLETED OK");
        assertThat(h.fsw.commanded().chargeLimitA).isEqualTo(20);
        h.boot();
        h.cycles(12);
        assertThat(h.fsw.parameters().value(CHARGE_LIMIT)).isEqualTo(20);
        assertThat(h.fsw.commanded().chargeLimitA).isEqualTo(20);
    }

    @Test
    void aValueOutOfRangeAnUnknownIdOrAnInconsistentTableIsRejectedAndChangesNothing() {
        h.send(set(1, CHARGE_LIMIT, 500));
        h.send(set(2, 99, 1));
        h.send(set(3, Limits.SOC_SHED_FLOOR + 1, 0.8)); // above the 0.75 restore level
        h.cycles(2);
        assertThat(h.acks()).containsExactly("1 REJECTED ARGUMENT_OUT_OF_RANGE", "2 REJECTED ARGUMENT_OUT_OF_RANGE",
                "3 REJECTED ARGUMENT_OUT_OF_RANGE");
        assertThat(h.fsw.parameters().value(Limits.SOC_SHED_FLOOR + 1)).isEqualTo(0.70);
    }

    @Test
    void aWholeTableLoadsOnlyArmedAndWithItsCrcThenAppliesAtOnce() {
        double[] table = {0.65, 0.80, 0.35, 335, 340, 355, 40, 30};
        h.send(load(1, table, crc(table)));
        h.cycles(2);
        assertThat(h.acks()).containsExactly("1 REJECTED NOT_ARMED");

        h.send(h.command(2, Command.Arm, b -> Arm.createArm(b, Command.LoadParameterTable, 30f)));
        h.cycles(2);
        h.send(load(3, table, crc(table) ^ 1));
        h.cycles(2);
        assertThat(h.acks()).contains("3 REJECTED ARGUMENT_OUT_OF_RANGE");

        h.send(h.command(4, Command.Arm, b -> Arm.createArm(b, Command.LoadParameterTable, 30f)));
        h.cycles(2);
        h.send(load(5, table, crc(table)));
        h.cycles(12);
        assertThat(h.acks()).contains("5 COMPLETED OK");
        for (int i = 0; i < table.length; i++) {
            assertThat(h.fsw.parameters().value(i + 1)).as(Limits.NAMES[i]).isEqualTo(table[i]);
        }
        assertThat(h.fsw.commanded().chargeLimitA).isEqualTo(30);
        assertThat(h.fsw.parameters().crc32c() & 0xFFFFFFFFL).isEqualTo(crc(table));
    }

    @Test
    void dumpSendsEveryValueThenTheTablesCrc() {
        long from = h.fsw.events().published();
        h.send(h.command(1, Command.DumpParameterTable, b -> DumpParameterTable.createDumpParameterTable(b, 1)));
        h.cycles(2);
        int values = 0;
        long dumpedCrc = -1;
        for (long e = from; e < h.fsw.events().published(); e++) {
            if (h.fsw.events().id(e) == EventId.PARAMETER_VALUE) {
                int id = (int) h.fsw.events().argA(e);
                assertThat(h.fsw.events().value(e)).isEqualTo(h.fsw.parameters().value(id));
                values++;
            } else if (h.fsw.events().id(e) == EventId.PARAMETER_TABLE_DUMPED) {
                dumpedCrc = h.fsw.events().argB(e);
            }
        }
        assertThat(values).isEqualTo(Limits.NAMES.length);
        assertThat(dumpedCrc).isEqualTo(h.fsw.parameters().crc32c() & 0xFFFFFFFFL);
    }
}

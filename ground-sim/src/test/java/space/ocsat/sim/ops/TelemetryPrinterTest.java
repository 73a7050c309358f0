package space.ocsat.sim.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.wire.Payload;
import space.ocsat.wire.PowerHk;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

class TelemetryPrinterTest {
    private TelemetryFrame frame(float soc) {
        ByteBuffer[] out = new ByteBuffer[1];
        FrameEncoder encoder = new FrameEncoder(1, Stream.names.length, (stream, sequence, f) -> {
            out[0] = ByteBuffer.allocate(f.remaining() - 4).order(ByteOrder.LITTLE_ENDIAN);
            out[0].put(f.duplicate().limit(f.limit() - 4)).flip();
        });
        FlatBufferBuilder b = encoder.begin();
        PowerHk.startPowerHk(b);
        PowerHk.addSoc(b, soc);
        PowerHk.addBatteryV(b, 110f);
        PowerHk.addBatteryTempK(b, 293f);
        encoder.finish(Stream.HK_POWER, Payload.PowerHk, PowerHk.endPowerHk(b), 0, 1_774_000_000_000_000_000L);
        return TelemetryFrame.getRootAsTelemetryFrame(out[0]);
    }

    @Test
    void printsEveryFieldWithItsUnitInSchemaOrder() throws Exception {
        String line = new TelemetryPrinter(false).format(frame(0.8f));
        assertThat(line).contains("PowerHk", "soc 0.800", "battery_v 110.000 V", "string_current_a [] A");
        assertThat(line.indexOf("soc ")).isLessThan(line.indexOf("battery_v "));
        assertThat(line).doesNotContain("!");
    }

    @Test
    void marksAValueOutsideItsDictionaryLimit() throws Exception {
        assertThat(new TelemetryPrinter(false).format(frame(0.1f))).contains("soc !0.100!");
        assertThat(new TelemetryPrinter(true).format(frame(0.1f))).contains("\u001b[1;31m0.100\u001b[0m");
    }

    @Test
    void accessorNamesFollowFlatcsCamelCase() {
        assertThat(TelemetryPrinter.camel("coolant_flow_kg_per_s")).isEqualTo("coolantFlowKgPerS");
        assertThat(TelemetryPrinter.camel("soc")).isEqualTo("soc");
    }
}

package space.ocsat.hal.compute.nvidia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static space.ocsat.hal.compute.nvidia.FakeNvidiaSmi.row;

import org.junit.jupiter.api.Test;
import space.ocsat.hal.DeviceStatus;

class QueryParserTest {
    private static final String GPU0 = row(0, "00000000:3B:00.0", "312.45", 61, 87, "700.00", "200.00", "700.00", 2, "P0");
    private static final String GPU1 = row(1, "00000000:3C:00.0", "95.10", 38, 0, "500.00", "200.00", "700.00", 3, "P2");

    private final QueryParser parser = new QueryParser();
    private final GpuTable table = new GpuTable(2);
    private final String[] busIds = new String[2];
    private final QueryParser.Result result = new QueryParser.Result(2);

    private void parse(String... lines) {
        parser.parse(String.join("\n", lines) + "\n", table, busIds, result);
    }

    private double value(int field, int gpu) {
        return table.values[field][gpu];
    }

    @Test
    void readsEachRowInSiUnits() {
        parse(GPU0, GPU1);

        assertThat(result.rows).isEqualTo(2);
        assertThat(result.seen).containsExactly(true, true);
        assertThat(result.message).isNull();
        assertThat(value(GpuTable.POWER_W, 0)).isEqualTo(312.45);
        assertThat(value(GpuTable.TEMP_K, 0)).isCloseTo(334.15, within(1e-9));
        assertThat(value(GpuTable.UTILIZATION, 0)).isCloseTo(0.87, within(1e-12));
        assertThat(value(GpuTable.CAP_W, 1)).isEqualTo(500.0);
        assertThat(value(GpuTable.MIN_LIMIT_W, 1)).isEqualTo(200.0);
        assertThat(value(GpuTable.MAX_LIMIT_W, 1)).isEqualTo(700.0);
        assertThat(table.eccErrors).containsExactly(2, 3);
        assertThat(table.pstate).containsExactly(0, 2);
        assertThat(table.status).containsOnly(DeviceStatus.OK);
        assertThat(table.hung).containsOnly(false);
        assertThat(busIds).containsExactly("0000:3b:00.0", "0000:3c:00.0");
    }

    @Test
    void anEssentialFieldInErrorOrUnavailableMakesTheGpuFailedNotHung() {
        parse(row(0, "00000000:3B:00.0", "312.45", "[Unknown Error]", 87, "700.00", "200.00", "700.00", 0, "P0"),
                row(1, "00000000:3C:00.0", "95.10", 38, 0, "[Not Supported]", "200.00", "700.00", 0, "P2"));

        assertThat(table.status).containsExactly(DeviceStatus.FAILED, DeviceStatus.FAILED);
        assertThat(table.hung).containsOnly(false);
        assertThat(value(GpuTable.TEMP_K, 0)).isNaN();
        assertThat(value(GpuTable.POWER_W, 0)).isEqualTo(312.45);
        assertThat(value(GpuTable.CAP_W, 1)).isNaN();
    }

    @Test
    void optionalFieldsNotAvailableAreToleratedAndTheEccCountKeepsItsLastValue() {
        parse(GPU0, GPU1);
        parse(row(0, "00000000:3B:00.0", "300.00", 60, "[N/A]", "700.00", "[N/A]", "[N/A]",
                "[Insufficient Permissions]", "[N/A]"), GPU1);

        assertThat(table.status[0]).isEqualTo(DeviceStatus.OK);
        assertThat(value(GpuTable.UTILIZATION, 0)).isNaN();
        assertThat(value(GpuTable.MIN_LIMIT_W, 0)).isNaN();
        assertThat(table.eccErrors[0]).as("no drop to 0 that would look like a reset counter").isEqualTo(2);
        assertThat(table.pstate[0]).isEqualTo(-1);
    }

    @Test
    void aLostMarkerInAnyCellMakesTheGpuHungAndKeepsItsLastReading() {
        parse(GPU0, GPU1);
        parse(GPU0, row(1, "00000000:3C:00.0", "[GPU requires reset]", 38, 0, "500.00", "200.00", "700.00", 3, "P2"));

        assertThat(table.status[1]).isEqualTo(DeviceStatus.NO_RESPONSE);
        assertThat(table.hung[1]).isTrue();
        assertThat(value(GpuTable.POWER_W, 1)).isEqualTo(95.10);
        assertThat(result.seen[1]).isTrue();

        parse(GPU0, GPU1);
        assertThat(table.hung[1]).as("hung until it answers again").isFalse();
        assertThat(table.status[1]).isEqualTo(DeviceStatus.OK);
    }

    @Test
    void anImpossibleReadingIsOutOfRange() {
        parse(row(0, "00000000:3B:00.0", "-5.00", 61, 87, "700.00", "200.00", "700.00", 0, "P0"),
                row(1, "00000000:3C:00.0", "95.10", 38, 250, "500.00", "200.00", "700.00", 0, "P2"));

        assertThat(table.status).containsExactly(DeviceStatus.OUT_OF_RANGE, DeviceStatus.OUT_OF_RANGE);
    }

    @Test
    void linesThatAreNotRowsOfThisTableAreKeptAsTheMessage() {
        parse("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.",
                GPU0, GPU0.replace("312.45", "1.00"), row(7, "00000000:9A:00.0", 1, 2, 3, 4, 5, 6, 7, "P0"), "garbage");

        assertThat(result.rows).isEqualTo(1);
        assertThat(result.seen).containsExactly(true, false);
        assertThat(value(GpuTable.POWER_W, 0)).as("the first row of an index counts").isEqualTo(312.45);
        assertThat(result.message).startsWith("NVIDIA-SMI has failed");
        assertThat(result.namedGone).containsOnly(false);
    }

    @Test
    void rowsOfGpusBeyondTheConfiguredCountAreNotOursAndNotMessages() {
        parse(GPU0, GPU1, row(2, "00000000:3D:00.0", 1, 2, 3, 4, 5, 6, 7, "P0"));

        assertThat(result.rows).isEqualTo(2);
        assertThat(result.message).isNull();
    }

    @Test
    void aDeviceHandleErrorNamesTheGpuByTheBusIdOfItsEarlierRows() {
        parse(GPU0, GPU1);
        parse("Unable to determine the device handle for GPU0000:3C:00.0: GPU is lost.  Reboot the system to recover "
                + "this GPU");

        assertThat(result.rows).isZero();
        assertThat(result.namedGone).containsExactly(false, true);
        assertThat(result.message).contains("GPU is lost");

        parse("Unable to determine the device handle for GPU 00000000:3B:00.0: Unknown Error");
        assertThat(result.namedGone).containsExactly(true, false);
    }

    @Test
    void countsTheGpusAnOutputLists() {
        assertThat(QueryParser.gpusIn(GPU0 + "\n" + GPU1 + "\n")).isEqualTo(2);
        assertThat(QueryParser.gpusIn(GPU1 + "\n")).as("index 0 missing: lost at boot").isEqualTo(2);
        assertThat(QueryParser.gpusIn("No devices were found\n")).isZero();
        assertThat(QueryParser.gpusIn("")).isZero();
    }

    @Test
    void busIdsCompareWithAFourDigitDomainInLowerCase() {
        assertThat(QueryParser.normaliseBusId("00000000:3B:00.0")).isEqualTo("0000:3b:00.0");
        assertThat(QueryParser.normaliseBusId("0000:3B:00.0")).isEqualTo("0000:3b:00.0");
        assertThat(QueryParser.normaliseBusId("00010000:3B:00.0")).isEqualTo("00010000:3b:00.0");
    }
}

package space.ocsat.fsw.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.fsw.protect.FaultId;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;

/**
 * Link management through the whole flight software on a fake HAL, in a plane of 11 satellites at 550 km (the fake
 * terminals do what they are told; the test plays their states). Without GNSS the satellite takes its own position
 * from the constellation table.
 */
class LinkManagerTest {
    private static final long TICK_NS = 100_000_000L;
    private static final int FORE = OpticalTerminals.FORE;
    private final FakeHal fake = new FakeHal();
    private FlightSoftware fsw;

    LinkManagerTest() {
        fake.gnssLost = true;
        fsw = new FlightSoftware(fake.hal, config(), () -> 0L);
    }

    static FswConfig config() {
        FswConfig config = new FswConfig();
        LinkConfig l = config.links;
        int n = 11;
        l.planes = 1;
        l.perPlane = n;
        l.self = 0;
        l.semiMajorAxisM = new double[n];
        l.inclinationRad = new double[n];
        l.raanRad = new double[n];
        l.argLatRad = new double[n];
        for (int k = 0; k < n; k++) {
            l.semiMajorAxisM[k] = 6_378_137 + 550_000;
            l.inclinationRad[k] = Math.toRadians(53);
            l.argLatRad[k] = 2 * Math.PI * k / n;
        }
        return config;
    }

    private void seconds(FlightSoftware sw, int s) {
        for (int i = 0; i < s * 10; i++) {
            fake.wiggleTemperatures();
            sw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }

    private List<String> events(EventId id) {
        EventLog log = fsw.events();
        List<String> out = new ArrayList<>();
        for (long seq = 0; seq < log.published(); seq++) {
            if (log.available(seq) && log.id(seq) == id) {
                out.add(log.argA(seq) + " " + log.argB(seq));
            }
        }
        return out;
    }

    @Test
    void holdsTheInPlaneNeighboursAheadAndBehindAndNoCrossPlanePartnerInASinglePlane() {
        seconds(fsw, 3);
        assertThat(fake.terminalPartner[FORE]).isEqualTo(1);
        assertThat(fake.terminalPartner[OpticalTerminals.AFT]).isEqualTo(10);
        assertThat(fake.terminalPartner[OpticalTerminals.LEFT]).isEqualTo(OpticalTerminals.NO_PARTNER);
        assertThat(fake.terminalPartner[OpticalTerminals.GROUND]).as("no station in the table")
                .isEqualTo(OpticalTerminals.NO_PARTNER);
        assertThat(fake.terminal[FORE]).isEqualTo(TerminalState.POINTING);
    }

    @Test
    void restartsAnAcquisitionThatTimesOutAndIsolatesTheTerminalAfterThreeInARow() {
        seconds(fsw, 3);
        fake.terminal[OpticalTerminals.AFT] = TerminalState.TRACKING;
        int commands = fake.terminalAcquisitions[FORE];
        seconds(fsw, 61);
        assertThat(events(EventId.LINK_ACQUISITION_FAILED)).containsExactly("0 1");
        assertThat(fake.terminalAcquisitions[FORE]).as("started again").isEqualTo(commands + 1);
        fake.terminal[FORE] = TerminalState.ACQUIRING; // pointed this time, but no beacon found
        seconds(fsw, 101);
        assertThat(events(EventId.LINK_ACQUISITION_FAILED)).hasSize(2);
        fake.terminal[FORE] = TerminalState.ACQUIRING;
        seconds(fsw, 101);
        assertThat(events(EventId.TERMINAL_ISOLATED)).containsExactly(
                FORE + " " + FaultId.TERMINAL_ACQUISITION_FAILED.ordinal());
        seconds(fsw, 2);
        assertThat(fake.terminal[FORE]).as("switched off").isEqualTo(TerminalState.OFF);
        assertThat(fake.terminal[OpticalTerminals.AFT]).isNotEqualTo(TerminalState.OFF);
        assertThat(fsw.links().isolated(FORE)).isTrue();

        FlightSoftware after = new FlightSoftware(fake.hal, config(), () -> 0L);
        seconds(after, 3);
        assertThat(after.links().isolated(FORE)).as("kept across a reset").isTrue();
        assertThat(fake.terminal[FORE]).isEqualTo(TerminalState.OFF);
    }

    @Test
    void aMinuteOfTrackingClearsTheFailedAcquisitions() {
        seconds(fsw, 3);
        seconds(fsw, 61);
        seconds(fsw, 61);
        assertThat(fsw.links().failedAcquisitions(FORE)).isEqualTo(2);
        fake.terminal[FORE] = TerminalState.TRACKING;
        seconds(fsw, 62);
        assertThat(fsw.links().failedAcquisitions(FORE)).isZero();
        assertThat(events(EventId.LINK_ACQUIRED)).containsExactly("0 1");
    }

    @Test
    void isolatesATerminalThatLosesLockOnAPartnerInViewThreeTimesInTenMinutes() {
        seconds(fsw, 3);
        for (int loss = 1; loss <= 3; loss++) {
            fake.terminal[FORE] = TerminalState.TRACKING;
            seconds(fsw, 30);
            fake.terminal[FORE] = TerminalState.LOST;
            seconds(fsw, 2);
            assertThat(fake.terminal[FORE]).as("re-acquiring").isEqualTo(loss < 3 ? TerminalState.POINTING
                    : TerminalState.OFF);
        }
        assertThat(events(EventId.LINK_LOST)).containsExactly("0 1", "0 1", "0 1");
        assertThat(events(EventId.TERMINAL_ISOLATED)).containsExactly(
                FORE + " " + FaultId.TERMINAL_LOSS_OF_LOCK.ordinal());
    }

    @Test
    void isolatesATerminalWhoseGimbalStaysOffItsAim() {
        seconds(fsw, 3);
        fake.terminalPointingErrorRad[FORE] = 0.05;
        fake.terminal[FORE] = TerminalState.ACQUIRING;
        seconds(fsw, 59);
        assertThat(fsw.links().isolated(FORE)).as("a slew is allowed its time").isFalse();
        seconds(fsw, 4);
        assertThat(events(EventId.TERMINAL_ISOLATED)).containsExactly(
                FORE + " " + FaultId.TERMINAL_GIMBAL_STUCK.ordinal());
    }

    @Test
    void theGroundsHandoffOverridesThePlanUntilItIsGivenBack() {
        seconds(fsw, 3);
        fsw.links().override(FORE, 7);
        seconds(fsw, 3);
        assertThat(fake.terminalPartner[FORE]).isEqualTo(7);
        fsw.links().override(FORE, LinkManager.PLAN);
        seconds(fsw, 2);
        assertThat(fake.terminalPartner[FORE]).isEqualTo(1);
    }
}

package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;
import space.ocsat.fsw.thermal.ThermalCap;
import space.ocsat.fsw.thermal.ThermalEstimate;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class LinkShedderTest {
    private static final long SECOND_NS = 1_000_000_000L;
    private final FakeHal fake = new FakeHal();
    private final FswConfig config = new FswConfig();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final Sampler sampler = new Sampler(fake.hal, frame);
    private final EventLog events = new EventLog(256);
    private final SocEstimator soc = new SocEstimator(frame, config, 28, 100);
    private final ThermalEstimate thermalEstimate = new ThermalEstimate(frame);
    private final ThermalCap thermal = new ThermalCap(thermalEstimate, events, config, 200, 700);
    private final SettableBudget budget = new SettableBudget(4 * 700);
    private final LoadShedder compute = new LoadShedder(frame, soc, budget, thermal, events, config, new int[] {3, 2, 1, 0}, 700);
    private final LinkShedder links = new LinkShedder(frame, soc, compute, events, config);

    @BeforeEach
    void start() {
        fake.nowNs = 1000 * SECOND_NS;
        fake.batteryV = 28 * 3.7;
        seconds(1);
    }

    private void seconds(int n) {
        for (int i = 0; i < n; i++) {
            sampler.run(fake.nowNs);
            soc.run(fake.nowNs);
            compute.run(fake.nowNs);
            links.run(fake.nowNs);
            fake.nowNs += SECOND_NS;
        }
    }

    @Test
    void shedsLinksOnlyOnceComputeIsAllShedAndSocBelowTheirLevel() {
        soc.restore(config.socLinksShed - 0.02, 100);
        fake.batteryA = -20;
        seconds(3);
        assertThat(compute.allowedCount()).as("the floor's backstop sheds one GPU per interval").isBetween(1, 3);
        assertThat(links.linksShed()).as("links rank above compute").isFalse();
        seconds(20);
        assertThat(compute.allowedCount()).isZero();
        assertThat(links.linksShed()).isTrue();
        assertThat(events.id(events.published() - 1)).isEqualTo(EventId.LOAD_SHED);
        assertThat(events.argA(events.published() - 1)).isEqualTo(LoadPriority.LINKS.ordinal());
    }

    @Test
    void restoresLinksOnlyAboveTheRestoreLevelAfterTheMinimumHold() {
        soc.restore(config.socLinksShed - 0.02, 100);
        fake.batteryA = -20;
        budget.budgetW = 0;
        seconds(30);
        assertThat(links.linksShed()).isTrue();
        fake.batteryA = 20;
        soc.restore(0.5 * (config.socLinksShed + config.socLinksRestore), 100);
        seconds((int) config.linksMinHoldS + 10);
        assertThat(links.linksShed()).as("inside the hysteresis band").isTrue();
        soc.restore(config.socLinksRestore + 0.01, 100);
        seconds(2);
        assertThat(links.linksShed()).isFalse();
    }

    @Test
    void keepsLinksWhileCharging() {
        soc.restore(config.socLinksShed - 0.1, 100);
        fake.batteryA = 20;
        budget.budgetW = 0;
        seconds(60);
        assertThat(links.linksShed()).isFalse();
    }
}

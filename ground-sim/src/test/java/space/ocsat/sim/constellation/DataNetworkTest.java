package space.ocsat.sim.constellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DataNetworkTest {
    private static final double GBIT = 1e9;

    @Test
    void forwardsDataHopByHopToTheSatelliteWithAGroundLink() {
        DataNetwork net = new DataNetwork(3, 100 * GBIT, 1800, 3600);
        for (int s = 0; s < 4; s++) {
            net.beginSecond(s);
            net.link(0, 1, 10 * GBIT);
            net.link(1, 2, 10 * GBIT);
            net.groundLink(0, 100 * GBIT);
            if (s == 0) {
                net.generate(2, 5 * GBIT);
            }
            net.transfer();
            if (s == 0) {
                assertThat(net.nextHop(2)).isEqualTo(1);
                assertThat(net.nextHop(1)).isEqualTo(0);
                assertThat(net.queuedBits(1)).as("one hop a second").isEqualTo(5 * GBIT);
            }
        }
        assertThat(net.deliveredBits()).isEqualTo(5 * GBIT);
        assertThat(net.latencyMaxS()).isEqualTo(2);
        assertThat(net.queuedBits()).isZero();
    }

    @Test
    void prefersTheFasterOfTwoPathsOfEqualHops() {
        DataNetwork net = new DataNetwork(4, 100 * GBIT, 1800, 3600);
        net.beginSecond(0);
        net.link(3, 1, 10 * GBIT);
        net.link(3, 2, 100 * GBIT);
        net.link(1, 0, 25 * GBIT);
        net.link(2, 0, 25 * GBIT);
        net.groundLink(0, 100 * GBIT);
        net.transfer();
        assertThat(net.nextHop(3)).isEqualTo(2);
    }

    @Test
    void keepsEverythingWhileTheStoreHasRoomAndCountsWhatOverflows() {
        DataNetwork net = new DataNetwork(2, 10 * GBIT, 1800, 3600);
        for (int s = 0; s < 10; s++) {
            net.beginSecond(s);
            net.link(0, 1, 10 * GBIT);
            net.generate(1, 1 * GBIT); // no ground link anywhere, so no route: satellite 1's store fills
            net.transfer();
        }
        assertThat(net.droppedBits()).isEqualTo(0);
        for (int s = 10; s < 40; s++) {
            net.beginSecond(s);
            net.link(0, 1, 10 * GBIT);
            net.generate(1, 1 * GBIT);
            net.transfer();
        }
        assertThat(net.queuedBits()).isEqualTo(10 * GBIT);
        assertThat(net.droppedBits()).isEqualTo(30 * GBIT);
        for (int s = 40; s < 45; s++) {
            net.beginSecond(s);
            net.link(0, 1, 10 * GBIT);
            net.groundLink(0, 100 * GBIT); // a pass begins: the backlog drains through satellite 0
            net.transfer();
        }
        assertThat(net.queuedBits()).isZero();
        assertThat(net.deliveredBits()).isEqualTo(10 * GBIT);
        assertThat(net.generatedBits()).isEqualTo(net.queuedBits() + net.droppedBits() + net.deliveredBits());
    }

    @Test
    void judgesDeliveryAgainstTheDeadlineAndLeavesOutTheRunsLastDeadline() {
        double deadline = 600;
        DataNetwork net = new DataNetwork(1, 1e6 * GBIT, deadline, 3600);
        for (int s = 0; s < 3600; s++) {
            net.beginSecond(s);
            net.generate(0, GBIT);
            boolean pass = s >= 1200 && s < 1500; // a ground pass from 20 to 25 minutes
            if (pass) {
                net.groundLink(0, 100 * GBIT);
            }
            net.transfer();
        }
        // generated before 50 min counts: data of 10–25 min reached the ground within 10 minutes, the rest did not
        double counted = 50 * 60;
        assertThat(net.onTimeFraction(3600)).isCloseTo((1500 - 600) / counted, within(0.01));
        assertThat(net.deliveredBits()).isEqualTo(1500 * GBIT);
    }
}

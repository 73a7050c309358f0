package space.ocsat.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.sim.links.GroundSites;
import space.ocsat.sim.links.LinkGeometry;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.links.WalkerConstellation;
import space.ocsat.sim.model.PartnerGeometry.View;
import space.ocsat.sim.orbit.J2Orbit;
import space.ocsat.sim.orbit.OrbitElements;
import space.ocsat.sim.orbit.OrbitGeometry;

/**
 * The terminals' PAT cycle, stepped second by second against either a scripted world (a partner fixed in inertial
 * space whose view the test sets) or the real one: the reference orbit (550 km, 53°, β = 0 at the 2026-03-20 epoch,
 * as MissionConfig builds it) as satellite 0 of the 53°:66/6/1 shell, with the default ground network. Times of
 * events in the real world come from scanning its geometry (in-view windows of partner 21 and of Koganei).
 */
class TerminalModelTest {
    private static final double EPOCH_UNIX_S = 1_774_008_000.0; // 2026-03-20T12:00:00Z
    private static final int FORE = OpticalTerminals.FORE;
    private static final int LEFT = OpticalTerminals.LEFT;
    private static final int GROUND = OpticalTerminals.GROUND;
    private static final int KOGANEI = OpticalTerminals.GROUND_STATION_BASE + 3;

    /** A partner fixed in inertial space, along the orbit's initial velocity; the test sets whether it is in view. */
    private static final class ScriptedWorld implements PartnerGeometry {
        final double[] losEci = new double[3];
        View view = View.CLEAR;
        double rangeM = 3_903_000;

        ScriptedWorld(double[] direction) {
            double n = Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1]
                    + direction[2] * direction[2]);
            for (int i = 0; i < 3; i++) {
                losEci[i] = direction[i] / n;
            }
        }

        @Override public void update(double unixS, double[] p, double[] v, double[] sun) { }
        @Override public boolean accepts(int terminal, int partner) { return partner == 1 || partner == 1000; }
        @Override public View look(int terminal, int partner, double[] out) {
            System.arraycopy(losEci, 0, out, 0, 3);
            return view;
        }
        @Override public double rangeM() { return rangeM; }
        @Override public void boresight(int terminal, double[] out) {
            out[0] = -losEci[0];
            out[1] = -losEci[1];
            out[2] = -losEci[2];
        }
        @Override public double receivedPowerDbm(int partner, double r) { return -26.7; }
        @Override public double rateBps(int partner, double r) { return 25e9; }
        @Override public double marginDb(int partner, double r) { return 4.8; }
    }

    /** The satellite's orbit, attitude and terminals, stepped a second at a time. */
    private static final class Rig {
        final OrbitEnvironment env;
        final AttitudeModel attitude;
        final TerminalModel terminals;
        int t;

        Rig(SatelliteConfig config, PartnerGeometry world, long seed) {
            env = new OrbitEnvironment(referenceOrbit());
            attitude = new AttitudeModel(env, PointingMode.NADIR_YAW_STEERING);
            terminals = new TerminalModel(config, env, attitude, world, seed);
        }

        void second() {
            t++;
            env.update(t);
            attitude.step(1.0);
            terminals.stepSecond();
        }

        void runTo(int seconds) {
            while (t < seconds) {
                second();
            }
        }

        /** Steps until the terminal is in the state, at most maxS seconds; @return seconds taken */
        int until(int terminal, TerminalState state, int maxS) {
            for (int s = 1; s <= maxS; s++) {
                second();
                if (terminals.state(terminal) == state) {
                    return s;
                }
            }
            throw new AssertionError("terminal " + terminal + " not " + state + " within " + maxS + " s, at t=" + t
                    + ": " + terminals.state(terminal) + ", " + terminals.lastView(terminal));
        }
    }

    private static J2Orbit referenceOrbit() {
        double inc = Math.toRadians(53);
        return new J2Orbit(OrbitElements.circular(550_000, inc, OrbitGeometry.raanForZeroBetaRad(inc, EPOCH_UNIX_S),
                0, EPOCH_UNIX_S));
    }

    private static PassiveConstellation realWorld(long seed) {
        double inc = Math.toRadians(53);
        WalkerConstellation shell = new WalkerConstellation(6, 11, 1, 550, 53, EPOCH_UNIX_S,
                Math.toDegrees(OrbitGeometry.raanForZeroBetaRad(inc, EPOCH_UNIX_S)));
        return new PassiveConstellation(shell, 0, GroundSites.defaultNetwork(), seed);
    }

    private static ScriptedWorld scriptedWorld() {
        double[] p = new double[3];
        double[] v = new double[3];
        referenceOrbit().stateAt(0, p, v);
        return new ScriptedWorld(v);
    }

    /** Seconds each of n acquisitions spends ACQUIRING (re-acquired at once after each lock). */
    private static List<Integer> scanTimes(long seed, int n) {
        Rig rig = new Rig(new SatelliteConfig(), scriptedWorld(), seed);
        rig.terminals.setPowered(FORE, true);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rig.terminals.acquire(FORE, 1);
            rig.until(FORE, TerminalState.ACQUIRING, 60);
            out.add(rig.until(FORE, TerminalState.TRACKING, 200));
        }
        return out;
    }

    @Test
    void acquisitionTakesTwentyToSixtySecondsAndRepeatsForASeed() {
        List<Integer> times = scanTimes(7, 300);
        assertThat(times).allSatisfy(s -> assertThat(s).isBetween(20, 60));
        double mean = times.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(mean).as("triangular 20–60 s, mean 40 s").isCloseTo(40, within(2.0));
        assertThat(times.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(28);
        assertThat(times.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(52);
        assertThat(scanTimes(7, 300)).as("same seed, same draws").isEqualTo(times);
        assertThat(scanTimes(8, 300)).as("another seed, other draws").isNotEqualTo(times);
    }

    @Test
    void slewsAtFiveDegreesASecondThenLocksWithTheLinkBudgetsRate() {
        Rig rig = new Rig(new SatelliteConfig(), scriptedWorld(), 1);
        rig.terminals.setPowered(FORE, true);
        rig.second();
        assertThat(rig.terminals.pointingErrorRad(FORE)).as("no partner, no error").isZero();
        rig.terminals.acquire(FORE, 1);
        rig.second();
        // the gimbal rests at the boresight, opposite the partner: 180° to go
        assertThat(Math.toDegrees(rig.terminals.pointingErrorRad(FORE))).isCloseTo(175, within(0.5));
        assertThat(rig.terminals.state(FORE)).isEqualTo(TerminalState.POINTING);
        assertThat(rig.until(FORE, TerminalState.ACQUIRING, 60)).as("175° at 5°/s").isBetween(35, 37);
        assertThat(rig.terminals.pointingErrorRad(FORE)).isLessThan(1e-6);
        assertThat(rig.terminals.dataRateBps(FORE)).as("no data while scanning").isZero();
        rig.until(FORE, TerminalState.TRACKING, 60);
        assertThat(rig.terminals.dataRateBps(FORE)).isEqualTo(25e9);
        assertThat(rig.terminals.linkMarginDb(FORE)).isEqualTo(4.8);
        assertThat(rig.terminals.receivedPowerDbm(FORE)).isEqualTo(-26.7);
        assertThat(rig.terminals.powerW(FORE)).isEqualTo(new SatelliteConfig().terminalActivePowerW);
        assertThat(rig.terminals.powerW(LEFT)).isZero();
    }

    @Test
    void staysPointingWhileThePartnerIsOutOfViewAndWaitsAfterLosingIt() {
        ScriptedWorld world = scriptedWorld();
        Rig rig = new Rig(new SatelliteConfig(), world, 3);
        rig.terminals.setPowered(FORE, true);
        rig.terminals.acquire(FORE, 1);
        world.view = View.EARTH_BLOCKS;
        rig.runTo(300);
        assertThat(rig.terminals.state(FORE)).as("it gives up on nothing").isEqualTo(TerminalState.POINTING);
        world.view = View.CLEAR;
        rig.until(FORE, TerminalState.TRACKING, 100);
        world.view = View.SUN;
        rig.second();
        assertThat(rig.terminals.state(FORE)).isEqualTo(TerminalState.LOST);
        assertThat(rig.terminals.lastLoss(FORE)).isEqualTo(TerminalModel.Loss.SUN);
        world.view = View.CLEAR;
        rig.runTo(rig.t + 200);
        assertThat(rig.terminals.state(FORE)).as("LOST waits for acquire()").isEqualTo(TerminalState.LOST);
        rig.terminals.acquire(FORE, 1);
        rig.until(FORE, TerminalState.TRACKING, 100);
    }

    @Test
    void refusesPartnersItCannotTake() {
        Rig rig = new Rig(new SatelliteConfig(), realWorld(1), 1);
        assertThat(rig.terminals.acquire(FORE, 1)).as("unpowered").isEqualTo(DeviceStatus.OFF);
        rig.terminals.setPowered(FORE, true);
        rig.terminals.setPowered(GROUND, true);
        assertThat(rig.terminals.acquire(FORE, 0)).as("itself").isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(rig.terminals.acquire(FORE, 66)).as("not in the shell").isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(rig.terminals.acquire(FORE, KOGANEI)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(rig.terminals.acquire(GROUND, 1)).isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(rig.terminals.acquire(GROUND, OpticalTerminals.GROUND_STATION_BASE + 7))
                .isEqualTo(DeviceStatus.OUT_OF_RANGE);
        assertThat(rig.terminals.state(FORE)).isEqualTo(TerminalState.IDLE);
        assertThat(rig.terminals.acquire(FORE, 1)).isEqualTo(DeviceStatus.OK);
        assertThat(rig.terminals.acquire(7, 1)).isEqualTo(DeviceStatus.NO_SUCH_UNIT);
    }

    @Test
    void losesLockWhenTheCrossPlanePartnerGoesBehindTheEarth() {
        PassiveConstellation world = realWorld(1);
        Rig rig = new Rig(new SatelliteConfig(), world, 1);
        rig.terminals.setPowered(LEFT, true);
        rig.runTo(1610); // partner 21, of the next plane, enters LEFT's field of regard at 1603 s
        rig.terminals.acquire(LEFT, 21);
        rig.until(LEFT, TerminalState.TRACKING, 100);
        assertThat(rig.terminals.rangeM(LEFT)).as("near the plane crossing: 100 Gbit/s under 2 406 km")
                .isBetween(1.2e6, 2.4e6);
        assertThat(rig.terminals.dataRateBps(LEFT)).isEqualTo(100e9);
        int lostAt = rig.t + rig.until(LEFT, TerminalState.LOST, 1200);
        assertThat(lostAt).isBetween(2630, 2645);
        assertThat(rig.terminals.lastLoss(LEFT)).isEqualTo(TerminalModel.Loss.EARTH_BLOCKS);
        double[] partner = new double[3];
        world.shell().orbit(21).stateAt(rig.t, partner, new double[3]);
        assertThat(LinkGeometry.lowestAltitudeM(rig.env.positionTruthM(), partner))
                .as("the line of sight grazes under 80 km").isLessThan(80_000).isGreaterThan(70_000);
    }

    @Test
    void theSunInTheLineOfSightBreaksTheForeLinkNearBetaZero() {
        Rig rig = new Rig(new SatelliteConfig(), realWorld(1), 1);
        rig.terminals.setPowered(FORE, true);
        rig.terminals.acquire(FORE, 1);
        rig.until(FORE, TerminalState.TRACKING, 120);
        assertThat(rig.terminals.rangeM(FORE)).as("the in-plane neighbour, 32.7° ahead").isCloseTo(3.903e6,
                within(5e3));
        rig.until(FORE, TerminalState.LOST, 1500);
        assertThat(rig.terminals.lastLoss(FORE)).isEqualTo(TerminalModel.Loss.SUN);
        rig.terminals.acquire(FORE, 1);
        int blindS = rig.until(FORE, TerminalState.ACQUIRING, 300);
        assertThat(blindS).as("the Sun crosses the 3° cone in about 95 s").isBetween(60, 100);
    }

    @Test
    void neverTracksAStationUnderCloud() {
        PassiveConstellation clear = realWorld(1);
        PassiveConstellation clouded = realWorld(1);
        clouded.clouds().forceCloudy(3, true);
        Rig sunny = new Rig(new SatelliteConfig(), clear, 1);
        Rig grey = new Rig(new SatelliteConfig(), clouded, 1);
        for (Rig rig : List.of(sunny, grey)) {
            rig.terminals.setPowered(GROUND, true);
            rig.runTo(1900); // Koganei sees the satellite above 20° from 1946 s to 2285 s
            rig.terminals.acquire(GROUND, KOGANEI);
        }
        boolean greyProgressed = false;
        int cloudedS = 0;
        for (int s = 1900; s < 2300; s++) {
            sunny.second();
            grey.second();
            greyProgressed |= grey.terminals.state(GROUND) != TerminalState.POINTING;
            cloudedS += grey.terminals.lastView(GROUND) == View.CLOUDS ? 1 : 0;
        }
        assertThat(greyProgressed).as("clouded: it keeps pointing").isFalse();
        assertThat(cloudedS).as("the whole pass under cloud").isBetween(330, 345);
        assertThat(sunny.terminals.acquisitions(GROUND)).isEqualTo(1);
        assertThat(sunny.terminals.lastLoss(GROUND)).as("the pass ends").isEqualTo(TerminalModel.Loss.BELOW_MASK);
        assertThat(sunny.terminals.trackingSeconds(GROUND)).isBetween(270L, 325L);
    }

    @Test
    void cloudsOverTheStationBreakTheLink() {
        PassiveConstellation world = realWorld(1);
        Rig rig = new Rig(new SatelliteConfig(), world, 1);
        rig.terminals.setPowered(GROUND, true);
        rig.runTo(1940);
        rig.terminals.acquire(GROUND, KOGANEI);
        rig.until(GROUND, TerminalState.TRACKING, 100);
        assertThat(rig.terminals.dataRateBps(GROUND)).isEqualTo(100e9);
        world.clouds().forceCloudy(3, true);
        rig.second();
        assertThat(rig.terminals.state(GROUND)).isEqualTo(TerminalState.LOST);
        assertThat(rig.terminals.lastLoss(GROUND)).isEqualTo(TerminalModel.Loss.CLOUDS);
    }

    @Test
    void withTheLossOfLockFaultEveryLockDropsWithinSecondsUntilCleared() {
        SatelliteConfig config = new SatelliteConfig();
        config.terminalMeanTimeBetweenDropsS = Double.POSITIVE_INFINITY;
        Rig rig = new Rig(config, scriptedWorld(), 5);
        rig.terminals.setPowered(FORE, true);
        rig.terminals.acquire(FORE, 1);
        rig.until(FORE, TerminalState.TRACKING, 100);
        rig.terminals.setLossOfLock(FORE, true);
        for (int k = 0; k < 20; k++) {
            int heldS = rig.until(FORE, TerminalState.LOST, 20);
            assertThat(heldS).isBetween((int) TerminalModel.FAULT_HOLD_MIN_S, (int) TerminalModel.FAULT_HOLD_MAX_S + 1);
            assertThat(rig.terminals.lastLoss(FORE)).isEqualTo(TerminalModel.Loss.FAULT);
            rig.terminals.acquire(FORE, 1);
            rig.until(FORE, TerminalState.TRACKING, 100);
        }
        rig.terminals.setLossOfLock(FORE, false);
        rig.runTo(rig.t + 3600);
        assertThat(rig.terminals.state(FORE)).isEqualTo(TerminalState.TRACKING);
    }

    @Test
    void aStuckGimbalLeavesThePointingErrorToTheAimsMotion() {
        SatelliteConfig config = new SatelliteConfig();
        config.terminalMeanTimeBetweenDropsS = Double.POSITIVE_INFINITY;
        Rig rig = new Rig(config, scriptedWorld(), 5);
        rig.terminals.setPowered(FORE, true);
        rig.terminals.acquire(FORE, 1);
        rig.until(FORE, TerminalState.TRACKING, 100);
        rig.terminals.setGimbalStuck(FORE, true);
        // a partner fixed in inertial space turns in the nadir-pointing body frame at the orbit rate, 1.1 mrad/s
        int lostS = rig.until(FORE, TerminalState.LOST, 10);
        assertThat(lostS).isBetween(2, 3);
        assertThat(rig.terminals.lastLoss(FORE)).isEqualTo(TerminalModel.Loss.POINTING_ERROR);
        rig.terminals.acquire(FORE, 1);
        rig.runTo(rig.t + 60);
        assertThat(rig.terminals.state(FORE)).as("pointing cannot converge").isEqualTo(TerminalState.POINTING);
        double orbitRate = 2 * Math.PI / referenceOrbit().nodalPeriodS();
        assertThat(rig.terminals.pointingErrorRad(FORE)).isCloseTo((lostS + 60) * orbitRate, within(2e-3));
        rig.terminals.setGimbalStuck(FORE, false);
        rig.until(FORE, TerminalState.TRACKING, 100);
    }

    @Test
    void dropsAtRandomAtTheConfiguredMeanInterval() {
        SatelliteConfig config = new SatelliteConfig();
        config.terminalMeanTimeBetweenDropsS = 600;
        Rig rig = new Rig(config, scriptedWorld(), 11);
        rig.terminals.setPowered(FORE, true);
        rig.terminals.acquire(FORE, 1);
        for (int s = 0; s < 200_000; s++) {
            rig.second();
            if (rig.terminals.state(FORE) == TerminalState.LOST) {
                assertThat(rig.terminals.lastLoss(FORE)).isEqualTo(TerminalModel.Loss.RANDOM_DROP);
                rig.terminals.acquire(FORE, 1);
            }
        }
        long drops = rig.terminals.losses(FORE);
        double meanHeldS = (double) rig.terminals.trackingSeconds(FORE) / drops;
        assertThat(drops).isGreaterThan(200);
        assertThat(meanHeldS).as("exponential with mean 600 s, %d drops", drops).isCloseTo(600, within(90.0));
    }

    @Test
    void powerFollowsTheStateAndTheSupply() {
        SatelliteConfig config = new SatelliteConfig();
        Rig rig = new Rig(config, scriptedWorld(), 1);
        assertThat(rig.terminals.totalPowerW()).isZero();
        rig.terminals.setPowered(FORE, true);
        rig.terminals.setPowered(GROUND, true);
        assertThat(rig.terminals.totalPowerW()).isEqualTo(2 * config.terminalIdlePowerW);
        rig.terminals.acquire(FORE, 1);
        assertThat(rig.terminals.totalPowerW()).isEqualTo(config.terminalIdlePowerW + config.terminalActivePowerW);
        rig.terminals.supply(false);
        assertThat(rig.terminals.totalPowerW()).isZero();
        assertThat(rig.terminals.setPowered(FORE, true)).isEqualTo(DeviceStatus.OFF);
        assertThat(rig.terminals.partnerId(FORE)).isEqualTo(OpticalTerminals.NO_PARTNER);
    }

    /** STYLE.md: no allocation in the per-step path (JDK 17–20: later StrictMath allocates scratch itself). */
    @Test
    @EnabledForJreRange(max = JRE.JAVA_20)
    void steppingAllocatesNothing() {
        PassiveConstellation world = realWorld(1);
        Rig rig = new Rig(new SatelliteConfig(), world, 1);
        for (int t = 0; t < 5; t++) {
            rig.terminals.setPowered(t, true);
        }
        rig.terminals.acquire(FORE, 1);
        rig.terminals.acquire(OpticalTerminals.AFT, 10);
        rig.terminals.acquire(LEFT, 21);
        rig.terminals.acquire(OpticalTerminals.RIGHT, 55);
        rig.terminals.acquire(GROUND, KOGANEI);
        rig.runTo(3000);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int k = 0; k < 20_000; k++) {
            rig.terminals.stepSecond(); // warm up: the JIT may charge a one-off recompilation to the thread
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 20_000; k++) {
            rig.terminals.stepSecond();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated over 20,000 steps (16 B a step would be 320 kB)")
                .isLessThan(4096);
    }
}

package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.events.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.AbstractAnalyticalPropagator;
import org.orekit.propagation.events.InterSatDirectViewDetector;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;
import org.orekit.utils.PVCoordinatesProvider;
import org.orekit.utils.TimeStampedPVCoordinates;
import space.ocsat.sim.orbit.EarthConstants;
import space.ocsat.sim.orbit.J2Orbit;
import space.ocsat.sim.orbit.OfflineOrekit;
import space.ocsat.sim.orbit.OrbitElements;

/**
 * LNK-003: the line-of-sight windows of {@link LinkGeometry} against Orekit's {@link InterSatDirectViewDetector}
 * (WGS-84 {@link OneAxisEllipsoid}, 80 km skimming altitude) over one day: every visibility start and end within
 * 1 s, the same number of them, and at least 20 windows so the check cannot pass vacuously.
 *
 * <p>What is compared is the visibility geometry, not the propagators: Orekit flies exactly the simulator's
 * {@link J2Orbit} positions, through a small {@link AbstractAnalyticalPropagator} that evaluates
 * {@link J2Orbit#stateAt} at each date it is asked for (no interpolation, so both sides see identical positions to
 * the last bit). An independent propagator would mix its own differences of a few km into the event times.
 *
 * <p>The ellipsoid's body frame is Orekit's mean-of-date frame, the simulator's ECI. The real Earth-fixed frame
 * differs from it by a rotation about the pole (which an ellipsoid of revolution does not see) plus nutation and
 * polar motion (under 10″, about 1 m of height), and the offline setup has no Earth orientation data; DESIGN.md §8.
 *
 * <p>Orekit finds its events with a 10 s max check and a 1 µs threshold; the simulator's are found the way a
 * simulation would: {@link LinkGeometry#lineOfSightClear} sampled every 10 s, each change bisected to 1 µs.
 */
class OrekitInterSatVisibilityCrossCheckTest {
    private static final Instant EPOCH = Instant.parse("2026-03-20T12:00:00Z");
    private static final double DURATION_S = 86_400.0;
    private static final double SCAN_STEP_S = 10.0;
    private static final double TOLERANCE_S = 1.0;
    private static final double SKIMMING_ALTITUDE_M = 80_000.0;
    private static TimeScale utc;

    @BeforeAll
    static void offlineOrekit() {
        utc = OfflineOrekit.utc();
    }

    static List<Arguments> pairs() {
        double epochUnixS = EPOCH.getEpochSecond();
        WalkerConstellation shell = WalkerConstellation.defaultShell(epochUnixS);
        J2Orbit polar = new J2Orbit(OrbitElements.circular(600e3, Math.toRadians(97.8), Math.toRadians(15.0),
                Math.toRadians(40.0), epochUnixS));
        return List.of(
                Arguments.of("adjacent planes (0 and its next-plane partner)", shell.orbit(0),
                        shell.orbit(shell.nextPlaneNeighbour(0))),
                Arguments.of("planes two apart (120 deg of RAAN)", shell.orbit(0), shell.orbit(shell.id(2, 8))),
                Arguments.of("opposite planes (180 deg of RAAN)", shell.orbit(0), shell.orbit(shell.id(3, 6))),
                Arguments.of("shell satellite and a 600 km polar satellite", shell.orbit(0), polar));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void visibilityStartsAndEndsMatchOrekitWithinOneSecondOverADay(String name, J2Orbit a, J2Orbit b) {
        List<double[]> ours = ourEvents(a, b);
        List<double[]> orekit = orekitEvents(a, b);

        long windows = ours.stream().filter(e -> e[1] > 0).count();
        assertThat(windows).as("%s: visibility windows in a day", name).isGreaterThanOrEqualTo(20);
        assertThat(ours).as("%s: same number of visibility starts and ends as Orekit", name)
                .hasSameSizeAs(orekit);
        double worstS = 0.0;
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)[1]).as("%s: event %d direction", name, i).isEqualTo(orekit.get(i)[1]);
            worstS = Math.max(worstS, Math.abs(ours.get(i)[0] - orekit.get(i)[0]));
        }
        System.out.printf(Locale.ROOT, "%s: %d events, %d windows, worst start/end difference %.2e s%n",
                name, ours.size(), windows, worstS);
        assertThat(worstS).as("%s: worst event-time difference, s", name).isLessThan(TOLERANCE_S);
    }

    /** Events (t since epoch in s, +1 start / −1 end) from the simulator's line-of-sight predicate. */
    private static List<double[]> ourEvents(J2Orbit a, J2Orbit b) {
        LinkGeometry geometry = LinkGeometry.defaults();
        double[] pa = new double[3];
        double[] va = new double[3];
        double[] pb = new double[3];
        double[] vb = new double[3];
        DoublePredicate clear = t -> {
            a.stateAt(t, pa, va);
            b.stateAt(t, pb, vb);
            return geometry.lineOfSightClear(pa, pb);
        };
        List<double[]> events = new ArrayList<>();
        boolean previous = clear.test(0.0);
        for (double t = SCAN_STEP_S; t <= DURATION_S; t += SCAN_STEP_S) {
            boolean now = clear.test(t);
            if (now != previous) {
                double lo = t - SCAN_STEP_S;
                double hi = t;
                while (hi - lo > 1e-6) {
                    double mid = 0.5 * (lo + hi);
                    if (clear.test(mid) == previous) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                events.add(new double[] {0.5 * (lo + hi), now ? 1 : -1});
            }
            previous = now;
        }
        return events;
    }

    /** Events from Orekit's detector, primary and secondary flying the same J2Orbit positions. */
    private static List<double[]> orekitEvents(J2Orbit a, J2Orbit b) {
        Frame mod = FramesFactory.getMOD(IERSConventions.IERS_2010);
        AbsoluteDate epoch = new AbsoluteDate(Date.from(EPOCH), utc);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, mod);
        J2OrbitPropagator primary = new J2OrbitPropagator(a, mod, epoch);
        J2OrbitPropagator secondary = new J2OrbitPropagator(b, mod, epoch);
        List<double[]> events = new ArrayList<>();
        primary.addEventDetector(new InterSatDirectViewDetector(earth, secondary)
                .withSkimmingAltitude(SKIMMING_ALTITUDE_M)
                .withMaxCheck(SCAN_STEP_S)
                .withThreshold(1e-6)
                .withHandler((state, detector, increasing) -> {
                    events.add(new double[] {state.getDate().durationFrom(epoch), increasing ? 1 : -1});
                    return Action.CONTINUE;
                }));
        primary.propagate(epoch, epoch.shiftedBy(DURATION_S));
        return events;
    }

    /** The simulator's J2Orbit as an Orekit analytical propagator and position provider, in mean-of-date. */
    private static final class J2OrbitPropagator extends AbstractAnalyticalPropagator
            implements PVCoordinatesProvider {
        private final J2Orbit orbit;
        private final Frame mod;
        private final AbsoluteDate epoch;

        J2OrbitPropagator(J2Orbit orbit, Frame mod, AbsoluteDate epoch) {
            super(new FrameAlignedProvider(mod));
            this.orbit = orbit;
            this.mod = mod;
            this.epoch = epoch;
            resetInitialState(new SpacecraftState(propagateOrbit(epoch)).withMass(1000.0));
        }

        @Override
        public Orbit propagateOrbit(AbsoluteDate date) {
            return new CartesianOrbit(pv(date), mod, EarthConstants.MU_M3_PER_S2);
        }

        @Override
        public TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
            return mod.getTransformTo(frame, date).transformPVCoordinates(pv(date));
        }

        private TimeStampedPVCoordinates pv(AbsoluteDate date) {
            double[] p = new double[3];
            double[] v = new double[3];
            orbit.stateAt(date.durationFrom(epoch), p, v);
            return new TimeStampedPVCoordinates(date, new PVCoordinates(new Vector3D(p), new Vector3D(v)));
        }

        @Override
        protected double getMass(AbsoluteDate date) {
            return 1000.0;
        }

        @Override
        protected void resetIntermediateState(SpacecraftState state, boolean forward) {
            throw new UnsupportedOperationException("the J2Orbit truth cannot be reset");
        }
    }
}

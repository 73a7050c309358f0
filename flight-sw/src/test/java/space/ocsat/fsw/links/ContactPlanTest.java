package space.ocsat.fsw.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.hal.optical.OpticalTerminals;

/** The contact plan's windows against the on-board geometry evaluated directly at their edges. */
class ContactPlanTest {
    /** The Sun far off every line of sight in these tests: along the pole. */
    private static final double[] SUN = {0, 0, 1};
    /** A 6 × 11 Walker-delta shell at 550 km, 53°, phasing 1: the reference constellation. */
    static LinkConfig shell() {
        LinkConfig l = new LinkConfig();
        int planes = 6;
        int per = 11;
        int n = planes * per;
        l.planes = planes;
        l.perPlane = per;
        l.semiMajorAxisM = new double[n];
        l.inclinationRad = new double[n];
        l.raanRad = new double[n];
        l.argLatRad = new double[n];
        for (int p = 0; p < planes; p++) {
            for (int s = 0; s < per; s++) {
                int id = p * per + s;
                l.semiMajorAxisM[id] = 6_378_137 + 550_000;
                l.inclinationRad[id] = Math.toRadians(53);
                l.raanRad[id] = 2 * Math.PI * p / planes;
                l.argLatRad[id] = 2 * Math.PI * s / per + 2 * Math.PI * p / n; // phasing F = 1
            }
        }
        // ESA's optical ground station, Tenerife
        l.siteLatRad = new double[] {Math.toRadians(28.2997)};
        l.siteLonRad = new double[] {Math.toRadians(-16.5122)};
        l.siteHeightM = new double[] {2_393};
        l.epochUnixS = 1_790_000_000;
        return l.validate();
    }

    @Test
    void predictsCrossPlaneAndStationWindowsWhoseEdgesTheGeometryConfirms() {
        LinkConfig l = shell();
        OrbitTable orbits = new OrbitTable(l);
        Sightline sight = new Sightline(l);
        ContactPlan plan = new ContactPlan(l, orbits, sight);
        double now = l.epochUnixS + 100;
        int calls = 0;
        while (!plan.advance(now, 40, SUN)) {
            calls++;
        }
        assertThat(calls).as("the first plan is spread over cycles").isBetween(40, 80);
        int windows = 0;
        double[] pos = new double[3];
        double[] vel = new double[3];
        double[] other = new double[3];
        double[] otherVel = new double[3];
        for (int id = 11; id < 66; id++) {
            for (int terminal : new int[] {OpticalTerminals.LEFT, OpticalTerminals.RIGHT}) {
                int s = plan.satelliteSeries(id, terminal);
                for (int i = 0; i < plan.windows(s); i++) {
                    for (double edge : new double[] {plan.windowStart(s, i), plan.windowEnd(s, i)}) {
                        if (edge <= now || Double.isInfinite(edge)) {
                            continue;
                        }
                        windows++;
                        boolean opening = edge == plan.windowStart(s, i);
                        for (double dt : new double[] {-0.1, 0.1}) {
                            ownAt(orbits, now, edge + dt, pos, vel);
                            orbits.state(id, edge + dt, other, otherVel);
                            boolean seen = sight.clear(pos, other) && sight.inFieldOfRegard(terminal, pos, vel, other)
                                    && !sight.sunBlinds(pos, other, SUN);
                            assertThat(seen).as("sat %d terminal %d edge %.2f%+.1f", id, terminal, edge, dt)
                                    .isEqualTo(opening == dt > 0);
                        }
                    }
                }
            }
        }
        assertThat(windows).as("cross-plane window edges over two orbits").isGreaterThan(50);
        int site = plan.siteSeries(0);
        assertThat(plan.windows(site)).as("Tenerife passes within two orbits, or none: %s", plan.windows(site))
                .isLessThanOrEqualTo(3);
    }

    /** The plan's own orbit: integrated from the table state at {@code from} in scan steps, then the rest. */
    private static void ownAt(OrbitTable orbits, double from, double t, double[] pos, double[] vel) {
        orbits.state(0, from, pos, vel);
        double[] state = {pos[0], pos[1], pos[2], vel[0], vel[1], vel[2]};
        space.ocsat.fsw.orbit.J2Integrator integrator = new space.ocsat.fsw.orbit.J2Integrator();
        int steps = (int) Math.floor((t - from) / ContactPlan.STEP_S);
        for (int i = 0; i < steps; i++) {
            integrator.step(state, ContactPlan.STEP_S);
        }
        integrator.step(state, t - from - steps * ContactPlan.STEP_S);
        System.arraycopy(state, 0, pos, 0, 3);
        System.arraycopy(state, 3, vel, 0, 3);
    }

    @Test
    void keepsThePlanTwoOrbitsAheadAsTimePasses() {
        LinkConfig l = shell();
        ContactPlan plan = new ContactPlan(l, new OrbitTable(l), new Sightline(l));
        double t = l.epochUnixS;
        while (!plan.advance(t, 40, SUN)) {
            t += 1;
        }
        for (int s = 0; s < 3600; s++) {
            t += 1;
            plan.advance(t, 40, SUN);
        }
        assertThat(plan.scannedToS()).isGreaterThanOrEqualTo(t + ContactPlan.HORIZON_S);
        assertThat(plan.scannedToS()).isLessThan(t + ContactPlan.HORIZON_S + ContactPlan.STEP_S + 1e-9);
    }
}

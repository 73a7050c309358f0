package space.ocsat.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.adcs.Quaternions;

/**
 * The simulator keeps its own quaternion code (truth must not share the flight software's bugs); the
 * two implementations are checked against each other and against a rotation built from known axes.
 */
class QuatTest {
    @Test
    void bodyFrameRotationAgreesWithTheFlightSoftwaresOwn() {
        Rng rng = new Rng(5);
        double[] q = new double[4];
        double[] v = new double[3];
        double[] sim = new double[3];
        double[] fsw = new double[3];
        for (int k = 0; k < 1000; k++) {
            for (int i = 0; i < 4; i++) {
                q[i] = rng.nextDouble() - 0.5;
            }
            Quat.normalizeQ(q);
            for (int i = 0; i < 3; i++) {
                v[i] = rng.nextDouble() - 0.5;
            }
            Quat.toBody(q, v, sim);
            Quaternions.rotateInverse(q, v, fsw);
            for (int i = 0; i < 3; i++) {
                assertThat(sim[i]).isCloseTo(fsw[i], within(1e-12));
            }
        }
    }

    @Test
    void axesToQuaternionMapsEachInertialAxisVectorToItsBodyAxis() {
        double s = Math.sqrt(0.5);
        double[] x = {s, s, 0};
        double[] y = {-s, s, 0};
        double[] z = {0, 0, 1};
        double[] q = new double[4];
        Quat.fromAxes(x, y, z, q);
        double[] out = new double[3];
        Quat.toBody(q, x, out);
        assertThat(out).containsExactly(new double[] {1, 0, 0}, within(1e-12));
        Quat.toBody(q, y, out);
        assertThat(out).containsExactly(new double[] {0, 1, 0}, within(1e-12));
    }
}

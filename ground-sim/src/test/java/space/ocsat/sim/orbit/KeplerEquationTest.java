package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeplerEquationTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1e-3, 0.1, 0.5, 0.9, 0.99})
    void eccentricAnomalySatisfiesKeplersEquation(double eccentricity) {
        for (int k = -400; k <= 400; k++) {
            double meanAnomalyRad = k * 0.05;
            double e = KeplerEquation.eccentricAnomalyRad(meanAnomalyRad, eccentricity);
            double residual = StrictMath.IEEEremainder(
                    e - eccentricity * StrictMath.sin(e) - meanAnomalyRad, 2.0 * StrictMath.PI);
            assertThat(residual).as("M = %s, e = %s", meanAnomalyRad, eccentricity).isCloseTo(0.0, within(1e-12));
        }
    }
}

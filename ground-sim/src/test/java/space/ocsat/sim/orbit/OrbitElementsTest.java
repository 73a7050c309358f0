package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OrbitElementsTest {

    private static final double R = EarthConstants.EQUATORIAL_RADIUS_M;

    @Test
    void circularFactoryPutsArgumentOfLatitudeInMeanAnomaly() {
        OrbitElements elements = OrbitElements.circular(550e3, 0.9, 1.2, 2.5, 1.7e9);

        assertThat(elements.semiMajorAxisM()).isEqualTo(R + 550e3);
        assertThat(elements.eccentricity()).isZero();
        assertThat(elements.argPerigeeRad()).isZero();
        assertThat(elements.meanAnomalyRad()).isEqualTo(2.5);
        assertThat(elements.raanRad()).isEqualTo(1.2);
        assertThat(elements.epochUnixS()).isEqualTo(1.7e9);
    }

    @Test
    void rejectsSemiMajorAxisInsideTheEarth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(R - 1.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0))
                .withMessageContaining("semiMajorAxisM");
    }

    @Test
    void rejectsPerigeeInsideTheEarth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(R + 100e3, 0.1, 0.5, 0.0, 0.0, 0.0, 0.0))
                .withMessageContaining("perigee");
    }

    @Test
    void rejectsEccentricityOutsideZeroToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(2 * R, -0.01, 0.5, 0.0, 0.0, 0.0, 0.0))
                .withMessageContaining("eccentricity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(2 * R, 1.0, 0.5, 0.0, 0.0, 0.0, 0.0))
                .withMessageContaining("eccentricity");
    }

    @Test
    void rejectsInclinationOutsideZeroToPi() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(2 * R, 0.0, -0.1, 0.0, 0.0, 0.0, 0.0))
                .withMessageContaining("inclinationRad");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(2 * R, 0.0, 3.2, 0.0, 0.0, 0.0, 0.0))
                .withMessageContaining("inclinationRad");
    }

    @Test
    void rejectsNonFiniteValuesAndNegativeAltitude() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrbitElements(2 * R, 0.0, 0.5, Double.NaN, 0.0, 0.0, 0.0))
                .withMessageContaining("raanRad");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrbitElements.circular(550e3, 0.5, 0.0, 0.0, Double.POSITIVE_INFINITY))
                .withMessageContaining("epochUnixS");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrbitElements.circular(-1.0, 0.5, 0.0, 0.0, 0.0))
                .withMessageContaining("altitudeM");
    }
}

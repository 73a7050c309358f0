package space.ocsat.fdir.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import space.ocsat.fdir.pool.ParameterPool;

class LimitDetectorTest {
    private final ParameterPool pool = new ParameterPool(4);
    private final LimitDetector detector = new LimitDetector(1, 10, 20, 1);

    private boolean at(double v) {
        pool.set(1, v);
        return detector.violated(pool);
    }

    @Test
    void violatesOutsideTheLimitsAndClearsOnlyInsideByTheHysteresis() {
        assertThat(at(15)).isFalse();
        assertThat(at(20.5)).isTrue();
        assertThat(at(19.5)).as("back inside, but by less than the hysteresis").isTrue();
        assertThat(at(18.9)).isFalse();
        assertThat(at(9.9)).isTrue();
        assertThat(at(10.5)).isTrue();
        assertThat(at(11.1)).isFalse();
    }

    @Test
    void ignoresAnInvalidParameter() {
        pool.set(1, 100);
        pool.invalidate(1);
        assertThat(detector.violated(pool)).isFalse();
    }

    @Test
    void rejectsInconsistentLimits() {
        assertThatThrownBy(() -> detector.retune(5, 5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> detector.retune(1, 5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

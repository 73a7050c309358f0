package space.ocsat.fdir.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import space.ocsat.fdir.pool.ParameterPool;

class DetectorsTest {
    private final ParameterPool pool = new ParameterPool(4);

    @Test
    void stuckDetectorFlagsABitIdenticalReadingAndForgetsAcrossAnInvalidSample() {
        StuckDetector d = new StuckDetector(0);
        pool.set(0, 300.05);
        assertThat(d.violated(pool)).isFalse();
        pool.set(0, 300.10);
        assertThat(d.violated(pool)).isFalse();
        pool.set(0, 300.10);
        assertThat(d.violated(pool)).isTrue();
        pool.invalidate(0);
        assertThat(d.violated(pool)).isFalse();
        pool.set(0, 300.10);
        assertThat(d.violated(pool)).as("no previous valid sample to compare with").isFalse();
        assertThat(d.violated(pool)).isTrue();
    }

    @Test
    void rateDetectorFlagsAChangeLargerThanItsLimitPerSample() {
        RateDetector d = new RateDetector(1, 5);
        pool.set(1, 100);
        assertThat(d.violated(pool)).isFalse();
        pool.set(1, 104);
        assertThat(d.violated(pool)).isFalse();
        pool.set(1, 110);
        assertThat(d.violated(pool)).isTrue();
        pool.set(1, 104.5);
        assertThat(d.violated(pool)).as("falls fast too").isTrue();
        assertThatThrownBy(() -> d.retune(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectedStateDetectorAppliesOnlyInItsCommandedState() {
        ExpectedStateDetector pumpFlow = new ExpectedStateDetector(0, 1, 1, 0.02, Double.POSITIVE_INFINITY);
        pool.set(0, 1);
        pool.set(1, 0.0);
        assertThat(pumpFlow.violated(pool)).as("commanded on, no flow").isTrue();
        pool.set(1, 0.1);
        assertThat(pumpFlow.violated(pool)).isFalse();
        pool.set(0, 0);
        pool.set(1, 0.0);
        assertThat(pumpFlow.violated(pool)).as("commanded off: no flow expected").isFalse();
        pool.set(0, 1);
        pool.invalidate(1);
        assertThat(pumpFlow.violated(pool)).as("flow meter out: cannot judge").isFalse();
    }

    @Test
    void lossDetectorFlagsAnInvalidReading() {
        LossDetector d = new LossDetector(2);
        pool.set(2, 1);
        assertThat(d.violated(pool)).isFalse();
        pool.invalidate(2);
        assertThat(d.violated(pool)).isTrue();
    }

    @Test
    void disagreementDetectorNeedsBothReadingsValid() {
        DisagreementDetector d = new DisagreementDetector(0, 1, 3);
        pool.set(0, 300);
        pool.set(1, 302);
        assertThat(d.violated(pool)).isFalse();
        pool.set(1, 304);
        assertThat(d.violated(pool)).isTrue();
        pool.invalidate(0);
        assertThat(d.violated(pool)).isFalse();
    }

    @Test
    void shortfallDetectorHoldsItsVerdictWhileTheReferenceIsTooSmallToJudge() {
        ShortfallDetector d = new ShortfallDetector(0, 1, 2, 0.2);
        pool.set(1, 10);
        pool.set(0, 9);
        assertThat(d.violated(pool)).isFalse();
        pool.set(0, 0.5);
        assertThat(d.violated(pool)).isTrue();
        pool.set(1, 0.1); // eclipse: nothing to judge by
        pool.set(0, 0.1);
        assertThat(d.violated(pool)).as("held").isTrue();
        pool.set(1, 10);
        pool.set(0, 9.5);
        assertThat(d.violated(pool)).isFalse();
    }
}

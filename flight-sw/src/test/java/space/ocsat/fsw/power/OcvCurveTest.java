package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.config.FswConfig;

class OcvCurveTest {
    private final OcvCurve curve = new OcvCurve(new FswConfig().cellOcvV);

    @Test
    void socFromVoltageInvertsVoltageFromSoc() {
        for (double s = 0; s <= 1.0; s += 0.037) {
            assertThat(curve.soc(curve.ocvV(s))).isCloseTo(s, within(1e-9));
        }
    }

    @Test
    void clampsOutsideTheTable() {
        assertThat(curve.soc(2.0)).isZero();
        assertThat(curve.soc(5.0)).isEqualTo(1.0);
        assertThat(curve.ocvV(1.5)).isEqualTo(4.10);
    }
}

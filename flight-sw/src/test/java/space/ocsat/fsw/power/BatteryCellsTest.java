package space.ocsat.fsw.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.fsw.frame.ActuatorFrame;
import space.ocsat.fsw.frame.Sampler;
import space.ocsat.fsw.frame.SensorFrame;

class BatteryCellsTest {
    private static final double CELL_V = 3.82;
    private final FakeHal fake = new FakeHal();
    private final SensorFrame frame = new SensorFrame(fake.hal);
    private final ActuatorFrame cmd = new ActuatorFrame(fake.hal);
    private final FswConfig config = new FswConfig();
    private final BatteryCells cells = new BatteryCells(frame, cmd, config, 28);

    private void sample(double volts, double amps) {
        fake.batteryV = volts;
        fake.batteryA = amps;
        new Sampler(fake.hal, frame).run(0);
        cells.run(0);
    }

    @Test
    void followsLoadStepsAndSlowDischargeWithoutAStep() {
        sample(28 * CELL_V, 0);
        // 100 A of discharge: the terminal voltage sags by I·R, the OCV does not move
        sample(28 * CELL_V - 100 * config.packResistanceOhm, -100);
        assertThat(cells.stepCells()).isCloseTo(0, within(0.01));
        // an hour of eclipse in 3,600 samples: 0.3 V a cell in all, a millivolt a second
        for (int s = 0; s < 3600; s++) {
            sample(28 * (CELL_V - 0.3 * s / 3600) - 100 * config.packResistanceOhm, -100);
            assertThat(Math.abs(cells.stepCells())).isLessThan(0.5);
        }
        assertThat(cells.count()).isEqualTo(28);
    }

    @Test
    void holdsAOneCellStepDownAndRecountsTheStringAndTheEndOfChargeVoltage() {
        sample(28 * CELL_V - 40 * config.packResistanceOhm, -40);
        assertThat(cmd.endOfChargeV).isCloseTo(28 * 4.10, within(1e-9));
        fake.batteryMaxCellV = CELL_V - 40 * config.packResistanceOhm / 28; // the monitor sees 27 live cells
        for (int s = 0; s < 5; s++) {
            sample(27 * CELL_V - 40 * config.packResistanceOhm, -40);
            assertThat(cells.stepCells()).as("held against the level before the step").isCloseTo(-1, within(0.02));
        }
        assertThat(cells.recount()).isEqualTo(-1);
        assertThat(cells.count()).isEqualTo(27);
        assertThat(cells.packResistanceOhm()).isCloseTo(config.packResistanceOhm * 27 / 28, within(1e-12));
        sample(27 * CELL_V - 40 * cells.packResistanceOhm(), -40);
        assertThat(cmd.endOfChargeV).isCloseTo(27 * 4.10, within(1e-9));
        sample(27 * CELL_V - 40 * cells.packResistanceOhm(), -40);
        assertThat(cells.stepCells()).as("the new level is the reference now").isCloseTo(0, within(0.01));
    }

    @Test
    void takesTheCountFromTheHighestCellWhenTheStepWasMissed() {
        fake.batteryMaxCellV = CELL_V; // a cell shorted while the processor was down: 27 live cells at boot
        for (int s = 0; s < 3; s++) {
            sample(27 * CELL_V, 0);
        }
        assertThat(cells.stepCells()).isCloseTo(-1, within(0.01));
        assertThat(cells.recount()).isEqualTo(-1);
        sample(27 * CELL_V, 0);
        assertThat(cells.stepCells()).isZero();
        assertThat(cmd.endOfChargeV).isCloseTo(27 * 4.10, within(1e-9));
    }

    @Test
    void forgetsAGlitchThatComesBack() {
        sample(28 * CELL_V, 0);
        sample(26 * CELL_V, 0);
        assertThat(cells.stepCells()).isCloseTo(-2, within(0.02));
        sample(28 * CELL_V, 0);
        assertThat(cells.stepCells()).isCloseTo(0, within(0.01));
        sample(28 * CELL_V + 0.01, 0);
        assertThat(cells.stepCells()).isCloseTo(0, within(0.01));
    }

    @Test
    void restoresAKeptCountAndRefusesOneOutOfRange() {
        cells.restore(26);
        assertThat(cells.count()).isEqualTo(26);
        assertThat(cells.endOfChargeV()).isCloseTo(26 * 4.10, within(1e-9));
        cells.restore(0);
        assertThat(cells.count()).isEqualTo(28);
        cells.restore(29);
        assertThat(cells.count()).isEqualTo(28);
    }
}

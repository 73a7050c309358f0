package space.ocsat.sim.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Sun along +x at 1 AU; satellites placed around the terminator at 550 km and beyond. */
class ShadowTest {

    private static final double R = EarthConstants.EQUATORIAL_RADIUS_M;
    private static final double AU = EarthConstants.AU_M;
    private static final double[] SUN_X = {1.0, 0.0, 0.0};

    @Test
    void fullyLitOnTheDaySide() {
        double[] pos = {R + 550e3, 0.0, 0.0};

        assertThat(Shadow.illumination(pos, SUN_X, AU)).isEqualTo(1.0);
        assertThat(Shadow.inUmbra(pos, SUN_X, AU)).isFalse();
    }

    @Test
    void darkOnTheNightSideBehindEarthsCentre() {
        double[] pos = {-(R + 550e3), 0.0, 0.0};

        assertThat(Shadow.illumination(pos, SUN_X, AU)).isZero();
        assertThat(Shadow.inUmbra(pos, SUN_X, AU)).isTrue();
    }

    @Test
    void partiallyLitInPenumbraWhereTheLimbCrossesTheSunsCentre() {
        // At y = R the line of sight toward the Sun grazes the limb, so about half the disc shows.
        double[] pos = {-2.7e6, R, 0.0};

        double illumination = Shadow.illumination(pos, SUN_X, AU);

        assertThat(illumination).isStrictlyBetween(0.0, 1.0);
        assertThat(illumination).isCloseTo(0.5, within(0.05));
        assertThat(Shadow.inUmbra(pos, SUN_X, AU)).isFalse();
    }

    @Test
    void illuminationRisesMonotonicallyThroughTheTerminator() {
        double[] pos = {-2.7e6, 0.0, 0.0};
        double previous = -1.0;
        int penumbraSamples = 0;

        for (double y = R - 40e3; y <= R + 40e3; y += 100.0) {
            pos[1] = y;
            double illumination = Shadow.illumination(pos, SUN_X, AU);
            assertThat(illumination).as("y = %s m", y).isGreaterThanOrEqualTo(previous);
            if (illumination > 0.0 && illumination < 1.0) {
                penumbraSamples++;
            }
            previous = illumination;
        }

        assertThat(Shadow.illumination(new double[] {-2.7e6, R - 40e3, 0.0}, SUN_X, AU)).isZero();
        assertThat(previous).isEqualTo(1.0);
        // Penumbra width ≈ 2·2.7e6 m·(R☉/AU) ≈ 25 km, i.e. ~250 samples.
        assertThat(penumbraSamples).isBetween(200, 300);
    }

    @Test
    void penumbraMatchesARayTracedSolarDisc() {
        double[][] positions = {{-2.7e6, R - 8e3, 0.0}, {-2.7e6, R, 0.0}, {-2.7e6, R + 9e3, 0.0},
            {-5e6, 0.0, R + 5e3}, {-1e6, -R + 1e3, 2e5}};
        for (double[] pos : positions) {
            double expected = rayTracedVisibleFraction(pos);
            assertThat(expected).isStrictlyBetween(0.02, 0.98);
            assertThat(Shadow.illumination(pos, SUN_X, AU)).as("pos y = %s", pos[1]).isCloseTo(expected, within(0.01));
        }
    }

    @Test
    void annularBeyondTheUmbraApex() {
        // The umbra ends ~1.38e9 m behind Earth; at 3e9 m on the axis the Earth sits inside the solar disc.
        double[] pos = {-3e9, 0.0, 0.0};
        double a = StrictMath.asin(EarthConstants.SUN_RADIUS_M / (AU + 3e9));
        double b = StrictMath.asin(R / 3e9);

        assertThat(Shadow.illumination(pos, SUN_X, AU)).isCloseTo(1.0 - b * b / (a * a), within(1e-12));
    }

    /**
     * Independent reference: the share of a uniform grid of directions inside the Sun's apparent disc whose
     * rays miss the Earth sphere.
     */
    private static double rayTracedVisibleFraction(double[] pos) {
        double dx = AU - pos[0];
        double dy = -pos[1];
        double dz = -pos[2];
        double dist = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        double[] w = {dx / dist, dy / dist, dz / dist};
        double[] u = normalize(new double[] {-w[1], w[0], 0.0});
        double[] v = {w[1] * u[2] - w[2] * u[1], w[2] * u[0] - w[0] * u[2], w[0] * u[1] - w[1] * u[0]};
        double sunRadiusRad = StrictMath.asin(EarthConstants.SUN_RADIUS_M / dist);
        int n = 300;
        int inside = 0;
        int visible = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double p = (2.0 * (i + 0.5) / n - 1.0) * sunRadiusRad;
                double q = (2.0 * (j + 0.5) / n - 1.0) * sunRadiusRad;
                if (p * p + q * q > sunRadiusRad * sunRadiusRad) {
                    continue;
                }
                inside++;
                double[] ray = normalize(new double[] {w[0] + p * u[0] + q * v[0], w[1] + p * u[1] + q * v[1],
                    w[2] + p * u[2] + q * v[2]});
                if (!hitsEarth(pos, ray)) {
                    visible++;
                }
            }
        }
        return (double) visible / inside;
    }

    private static boolean hitsEarth(double[] origin, double[] dir) {
        double b = origin[0] * dir[0] + origin[1] * dir[1] + origin[2] * dir[2];
        double c = origin[0] * origin[0] + origin[1] * origin[1] + origin[2] * origin[2] - R * R;
        return b < 0.0 && b * b - c >= 0.0;
    }

    private static double[] normalize(double[] x) {
        double n = StrictMath.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        return new double[] {x[0] / n, x[1] / n, x[2] / n};
    }
}

package space.ocsat.sim.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.utils.Constants;
import space.ocsat.sim.model.Rng;

/**
 * LNK-003: geodetic heights and the lowest point of a segment against Orekit's {@link OneAxisEllipsoid} (Fukushima's
 * iteration, and a Brent search along the segment), on seeded random points and LEO segments.
 */
class Wgs84Test {
    private static final long SEED = 84L;
    private final Frame frame = FramesFactory.getGCRF();
    private final OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
            Constants.WGS84_EARTH_FLATTENING, frame);

    @Test
    void constantsAreTheWgs84ValuesOrekitUses() {
        assertThat(Wgs84.EQUATORIAL_RADIUS_M).isEqualTo(Constants.WGS84_EARTH_EQUATORIAL_RADIUS);
        assertThat(Wgs84.FLATTENING).isEqualTo(Constants.WGS84_EARTH_FLATTENING);
    }

    @Test
    void heightsAndLatitudesMatchOrekitFromBelowTheSurfaceToTenThousandKilometres() {
        Rng rng = new Rng(SEED);
        for (int i = 0; i < 20_000; i++) {
            double lat = Math.asin(2 * rng.nextDouble() - 1);
            double lon = 2 * Math.PI * rng.nextDouble();
            double h = -100e3 + 10_100e3 * rng.nextDouble() * rng.nextDouble();
            Vector3D point = earth.transform(new GeodeticPoint(lat, lon, h));
            double p = Math.hypot(point.getX(), point.getY());
            double ourLat = Wgs84.latitudeRad(p, point.getZ());
            GeodeticPoint reference = earth.transform(point, frame, null);
            assertThat(ourLat).as("seed %d sample %d", SEED, i).isCloseTo(reference.getLatitude(), within(1e-12));
            assertThat(Wgs84.heightM(point.getX(), point.getY(), point.getZ()))
                    .as("seed %d sample %d", SEED, i).isCloseTo(reference.getAltitude(), within(1e-6));
        }
    }

    @Test
    void earthFixedPositionMatchesOrekit() {
        double[] out = new double[3];
        Wgs84.toEarthFixed(Math.toRadians(28.3), Math.toRadians(-16.5), 2_400.0, out);
        Vector3D reference = earth.transform(new GeodeticPoint(Math.toRadians(28.3), Math.toRadians(-16.5), 2_400.0));
        assertThat(new Vector3D(out).distance(reference)).isLessThan(1e-6);
    }

    @Test
    void lowestPointOfLeoSegmentsMatchesOrekitWithinAMillimetre() {
        Rng rng = new Rng(SEED + 1);
        int grazing = 0;
        for (int i = 0; i < 5_000; i++) {
            Vector3D a = randomLeoPoint(rng);
            Vector3D b = randomLeoPoint(rng);
            double reference = earth.lowestAltitudeIntermediate(a, b).getAltitude();
            if (reference < 0) {
                continue; // through the Earth: only the sign matters there
            }
            grazing += reference < 200e3 ? 1 : 0;
            double ours = LinkGeometry.lowestAltitudeM(a.toArray(), b.toArray());
            assertThat(ours).as("seed %d segment %d", SEED + 1, i).isCloseTo(reference, within(1e-3));
        }
        assertThat(grazing).as("segments grazing below 200 km").isGreaterThan(100);
    }

    private static Vector3D randomLeoPoint(Rng rng) {
        double r = Wgs84.EQUATORIAL_RADIUS_M + 400e3 + 1_600e3 * rng.nextDouble();
        double z = 2 * rng.nextDouble() - 1;
        double lon = 2 * Math.PI * rng.nextDouble();
        double s = Math.sqrt(1 - z * z);
        return new Vector3D(r * s * Math.cos(lon), r * s * Math.sin(lon), r * z);
    }
}

package space.ocsat.sim;

import space.ocsat.fsw.config.LinkConfig;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.sim.links.GroundSite;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.links.TerminalMount;
import space.ocsat.sim.links.WalkerConstellation;

/**
 * Fills the flight software's link tables ({@link LinkConfig}) from the simulator's constellation and ground network,
 * as operators would uplink them: this satellite's id, the shell's size, every satellite's mean circular elements at
 * the epoch, the optical ground stations, their elevation mask, the terminals' fields of regard and the grazing
 * height.
 *
 * <p>The elements are exactly those the simulator propagates the partners with ({@code J2Orbit}: the same secular J2
 * rates as the flight software's {@code OrbitTable}), so the flight software predicts the partners where they are.
 * Two differences, both small: this satellite's own truth is integrated numerically with J2's short-period terms
 * (within about 2 km of its mean orbit; the flight software takes its own position from GNSS anyway), and the
 * simulator decides the line of sight on the WGS-84 ellipsoid exactly where the flight software uses a stretched
 * sphere (heights within 0.4 %).
 */
public final class LinkTables {
    private LinkTables() {
    }

    /**
     * @param c     the flight software's link configuration, overwritten
     * @param world the constellation and stations the simulator flies the satellite in
     * @throws IllegalStateException if the mounts' elevation bands or the stations' masks differ (the flight
     *                               software's table has one of each)
     */
    public static void fill(LinkConfig c, PassiveConstellation world) {
        WalkerConstellation shell = world.shell();
        int n = shell.size();
        c.self = world.self();
        c.planes = shell.planes();
        c.perPlane = shell.perPlane();
        c.epochUnixS = shell.epochUnixS();
        c.semiMajorAxisM = new double[n];
        c.inclinationRad = new double[n];
        c.raanRad = new double[n];
        c.argLatRad = new double[n];
        for (int id = 0; id < n; id++) {
            int plane = shell.planeOf(id);
            c.semiMajorAxisM[id] = shell.elements(id).semiMajorAxisM();
            c.inclinationRad[id] = shell.elements(id).inclinationRad();
            c.raanRad[id] = shell.raanRad(plane);
            c.argLatRad[id] = shell.argumentOfLatitudeAtEpochRad(plane, shell.slotOf(id));
        }
        fillSites(c, world);
        fillFieldsOfRegard(c);
        c.grazingHeightM = world.geometry().grazingAltitudeM();
    }

    private static void fillSites(LinkConfig c, PassiveConstellation world) {
        int k = world.siteCount();
        c.siteLatRad = new double[k];
        c.siteLonRad = new double[k];
        c.siteHeightM = new double[k];
        for (int i = 0; i < k; i++) {
            GroundSite site = world.site(i);
            c.siteLatRad[i] = Math.toRadians(site.latitudeDeg());
            c.siteLonRad[i] = Math.toRadians(site.longitudeDeg());
            c.siteHeightM[i] = site.heightM();
            if (site.minElevationDeg() != world.site(0).minElevationDeg()) {
                throw new IllegalStateException("the flight software's table has one elevation mask; station "
                        + site.name() + " has its own");
            }
        }
        if (k > 0) {
            c.siteElevationMaskRad = Math.toRadians(world.site(0).minElevationDeg());
        }
    }

    private static void fillFieldsOfRegard(LinkConfig c) {
        TerminalMount[] isl = {TerminalMount.FORE, TerminalMount.AFT, TerminalMount.LEFT, TerminalMount.RIGHT};
        int[] index = {OpticalTerminals.FORE, OpticalTerminals.AFT, OpticalTerminals.LEFT, OpticalTerminals.RIGHT};
        c.forAzimuthRad = new double[isl.length];
        c.forHalfWidthRad = new double[isl.length];
        for (int i = 0; i < isl.length; i++) {
            TerminalMount m = isl[i];
            if (m.minElevationRad() != isl[0].minElevationRad() || m.maxElevationRad() != isl[0].maxElevationRad()) {
                throw new IllegalStateException("the flight software's table has one elevation band; " + m
                        + " has its own");
            }
            c.forAzimuthRad[index[i]] = m.boresightAzimuthRad();
            c.forHalfWidthRad[index[i]] = m.azimuthHalfWidthRad();
        }
        c.forMinElevationRad = isl[0].minElevationRad();
        c.forMaxElevationRad = isl[0].maxElevationRad();
        c.groundConeRad = TerminalMount.GROUND.nadirConeHalfAngleRad();
    }
}

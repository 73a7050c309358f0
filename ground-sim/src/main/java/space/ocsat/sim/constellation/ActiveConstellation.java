package space.ocsat.sim.constellation;

import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.sim.links.PassiveConstellation;
import space.ocsat.sim.model.PartnerGeometry;

/**
 * The world satellite {@code self} of a constellation run sees: the geometry, link budgets and weather of
 * {@link PassiveConstellation} (composed, not copied), plus two conditions that need the other satellites' state. A
 * link to a satellite closes only while that satellite points back: one of its terminals is commanded at this one and
 * POINTING, ACQUIRING or TRACKING ({@link PartnerGeometry.View#PARTNER_NOT_POINTING} otherwise). A link to a ground
 * station closes only for the satellite the station serves ({@link PartnerGeometry.View#STATION_BUSY} otherwise; one
 * satellite at a time, {@link PointingTable}). The geometric conditions are checked first; both others read the
 * {@link PointingTable} snapshot taken at the last barrier, so every satellite sees the same state whatever thread
 * steps it. Not thread-safe itself (one per satellite); allocates nothing.
 */
public final class ActiveConstellation implements PartnerGeometry {
    private final PassiveConstellation geometry;
    private final PointingTable table;
    private final int self;

    /**
     * @param geometry this satellite's geometry (its id, the shell, the stations, the shared weather)
     * @param table    the constellation's pointing snapshot
     */
    public ActiveConstellation(PassiveConstellation geometry, PointingTable table) {
        this.geometry = geometry;
        this.table = table;
        this.self = geometry.self();
    }

    @Override
    public void update(double unixS, double[] selfPosM, double[] selfVelMps, double[] sunDirUnit) {
        geometry.update(unixS, selfPosM, selfVelMps, sunDirUnit);
    }

    @Override
    public boolean accepts(int terminal, int partner) {
        return geometry.accepts(terminal, partner);
    }

    @Override
    public View look(int terminal, int partner, double[] outLosUnitEci) {
        View view = geometry.look(terminal, partner, outLosUnitEci);
        if (view != View.CLEAR) {
            return view;
        }
        if (partner >= OpticalTerminals.GROUND_STATION_BASE) {
            return table.stationUser(partner - OpticalTerminals.GROUND_STATION_BASE) == self ? View.CLEAR
                    : View.STATION_BUSY;
        }
        return table.pointsAt(partner, self) ? View.CLEAR : View.PARTNER_NOT_POINTING;
    }

    @Override
    public double rangeM() {
        return geometry.rangeM();
    }

    @Override
    public void boresight(int terminal, double[] outUnitEci) {
        geometry.boresight(terminal, outUnitEci);
    }

    @Override
    public double receivedPowerDbm(int partner, double rangeM) {
        return geometry.receivedPowerDbm(partner, rangeM);
    }

    @Override
    public double rateBps(int partner, double rangeM) {
        return geometry.rateBps(partner, rangeM);
    }

    @Override
    public double marginDb(int partner, double rangeM) {
        return geometry.marginDb(partner, rangeM);
    }

    /** @return the geometry this world adds the partners' state to */
    public PassiveConstellation geometry() {
        return geometry;
    }
}

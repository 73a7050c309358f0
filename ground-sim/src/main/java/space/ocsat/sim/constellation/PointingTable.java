package space.ocsat.sim.constellation;

import java.util.Arrays;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;

/**
 * Who points at whom, as a snapshot taken once a simulated second at the constellation's barrier: per satellite and
 * terminal, the partner it is commanded at and whether it is pointing, acquiring or tracking; and per optical ground
 * station, the one satellite it serves. Every satellite's terminals read the same snapshot during the next second, so
 * the outcome does not depend on which thread steps which satellite.
 *
 * <p>A station serves one satellite at a time: the satellite using it keeps it while its ground terminal stays
 * commanded at the station and pointing, acquiring or tracking; a free station goes to the lowest-id satellite whose
 * ground terminal is commanded at it. Written only by {@link #snapshot} (single-threaded, between seconds); read by
 * many threads during a second.
 */
public final class PointingTable {
    private final int satellites;
    private final int terminals;
    private final int[][] partner;
    private final boolean[][] active;
    private final int[] stationUser;

    /**
     * @param satellites satellites in the constellation
     * @param terminals  terminals per satellite
     * @param stations   optical ground stations
     */
    public PointingTable(int satellites, int terminals, int stations) {
        this.satellites = satellites;
        this.terminals = terminals;
        this.partner = new int[satellites][terminals];
        this.active = new boolean[satellites][terminals];
        for (int[] row : partner) {
            Arrays.fill(row, OpticalTerminals.NO_PARTNER);
        }
        this.stationUser = new int[stations];
        Arrays.fill(stationUser, -1);
    }

    /** The terminals of every satellite, as the snapshot reads them. */
    public interface Source {
        /** @return the terminals of satellite {@code s} */
        OpticalTerminals terminals(int s);
    }

    /** Takes the snapshot for the next second (call between seconds, from one thread). */
    public void snapshot(Source source) {
        for (int s = 0; s < satellites; s++) {
            OpticalTerminals t = source.terminals(s);
            for (int i = 0; i < terminals; i++) {
                partner[s][i] = t.partnerId(i);
                active[s][i] = engaged(t.state(i));
            }
        }
        assignStations();
    }

    private static boolean engaged(TerminalState state) {
        return state == TerminalState.POINTING || state == TerminalState.ACQUIRING || state == TerminalState.TRACKING;
    }

    private void assignStations() {
        int ground = OpticalTerminals.GROUND;
        for (int k = 0; k < stationUser.length; k++) {
            int user = stationUser[k];
            int id = OpticalTerminals.GROUND_STATION_BASE + k;
            if (user >= 0 && active[user][ground] && partner[user][ground] == id) {
                continue; // the satellite using it keeps it
            }
            stationUser[k] = -1;
            for (int s = 0; s < satellites; s++) {
                if (active[s][ground] && partner[s][ground] == id) {
                    stationUser[k] = s;
                    break;
                }
            }
        }
    }

    /** @return true if a terminal of satellite {@code s} is commanded at {@code target} and engaged (pointing on) */
    public boolean pointsAt(int s, int target) {
        for (int i = 0; i < terminals; i++) {
            if (partner[s][i] == target && active[s][i]) {
                return true;
            }
        }
        return false;
    }

    /** @return the satellite station {@code k} serves this second, −1 if none */
    public int stationUser(int k) {
        return stationUser[k];
    }

    /** @return satellites in the table */
    public int satellites() {
        return satellites;
    }
}

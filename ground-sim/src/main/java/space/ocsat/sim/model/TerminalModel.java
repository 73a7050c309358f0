package space.ocsat.sim.model;

import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.optical.OpticalTerminals;
import space.ocsat.hal.optical.TerminalState;

/**
 * Optical terminals, power and state only: powered terminals idle at their idle draw; a commanded
 * acquisition points the terminal (active draw) but, with no partner geometry in a single-satellite
 * simulation, never reaches TRACKING. The constellation simulation replaces this with link geometry.
 */
public final class TerminalModel implements OpticalTerminals {
    private final TerminalState[] state;
    private final int[] partner;
    private final double idleW;
    private final double activeW;
    private boolean supplyOn = true;

    public TerminalModel(int count, double idleW, double activeW) {
        this.state = new TerminalState[count];
        java.util.Arrays.fill(state, TerminalState.OFF);
        this.partner = new int[count];
        java.util.Arrays.fill(partner, NO_PARTNER);
        this.idleW = idleW;
        this.activeW = activeW;
    }

    /** @param on terminal PDU channel state: without supply every terminal is off */
    public void supply(boolean on) {
        supplyOn = on;
        if (!on) {
            java.util.Arrays.fill(state, TerminalState.OFF);
            java.util.Arrays.fill(partner, NO_PARTNER);
        }
    }

    /** @return total draw of all terminals, W */
    public double totalPowerW() {
        double sum = 0;
        for (int i = 0; i < state.length; i++) {
            sum += powerW(i);
        }
        return sum;
    }

    @Override
    public int count() { return state.length; }

    @Override
    public TerminalState state(int terminal) { return state[terminal]; }

    @Override
    public int partnerId(int terminal) { return partner[terminal]; }

    @Override
    public double pointingAzimuthRad(int terminal) { return 0; }

    @Override
    public double pointingElevationRad(int terminal) { return 0; }

    @Override
    public double pointingErrorRad(int terminal) { return 0; }

    @Override
    public double receivedPowerDbm(int terminal) { return -200; }

    @Override
    public double dataRateBps(int terminal) { return 0; }

    @Override
    public double linkMarginDb(int terminal) { return Double.NaN; }

    @Override
    public double powerW(int terminal) {
        switch (state[terminal]) {
            case OFF:
                return 0;
            case IDLE:
                return idleW;
            default:
                return activeW;
        }
    }

    @Override
    public DeviceStatus setPowered(int terminal, boolean on) {
        if (terminal < 0 || terminal >= state.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (on && !supplyOn) {
            return DeviceStatus.OFF;
        }
        state[terminal] = on ? TerminalState.IDLE : TerminalState.OFF;
        partner[terminal] = NO_PARTNER;
        return DeviceStatus.OK;
    }

    @Override
    public DeviceStatus acquire(int terminal, int partnerId) {
        if (terminal < 0 || terminal >= state.length) {
            return DeviceStatus.NO_SUCH_UNIT;
        }
        if (state[terminal] == TerminalState.OFF) {
            return DeviceStatus.OFF;
        }
        partner[terminal] = partnerId;
        state[terminal] = partnerId == NO_PARTNER ? TerminalState.IDLE : TerminalState.POINTING;
        return DeviceStatus.OK;
    }

    @Override
    public DeviceStatus status(int terminal) {
        return terminal >= 0 && terminal < state.length ? DeviceStatus.OK : DeviceStatus.NO_SUCH_UNIT;
    }
}

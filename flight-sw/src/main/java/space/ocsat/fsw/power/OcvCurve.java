package space.ocsat.fsw.power;

/** A cell's open-circuit voltage versus state of charge: a table at equal SoC steps, linear between. */
public final class OcvCurve {
    private final double[] cellOcvV;
    private final double step;

    /** @param cellOcvV OCV at SoC 0, 1/(n−1), …, 1, volts per cell, strictly increasing */
    public OcvCurve(double[] cellOcvV) {
        this.cellOcvV = cellOcvV.clone();
        this.step = 1.0 / (cellOcvV.length - 1);
    }

    /** @param soc state of charge 0..1 (clamped) @return cell OCV, V */
    public double ocvV(double soc) {
        double s = Math.max(0, Math.min(1, soc));
        int i = Math.min((int) (s / step), cellOcvV.length - 2);
        double frac = (s - i * step) / step;
        return cellOcvV[i] + frac * (cellOcvV[i + 1] - cellOcvV[i]);
    }

    /**
     * Energy per ampere-hour between two states of charge: ∫ OCV ds from {@code fromSoc} to {@code toSoc}
     * (exact for the piecewise-linear table; negative if {@code toSoc < fromSoc}). Times capacity (Ah) and cells in
     * series, it is the energy the cells hold between the two states, Wh, before resistive losses.
     *
     * @return volts (Wh per Ah per cell)
     */
    public double energyWhPerAh(double fromSoc, double toSoc) {
        return cumulative(toSoc) - cumulative(fromSoc);
    }

    /** ∫₀ˢ OCV ds by the trapezoid rule on the table's segments (exact for linear segments). */
    private double cumulative(double soc) {
        double s = Math.max(0, Math.min(1, soc));
        double sum = 0;
        int i = 0;
        while (i < cellOcvV.length - 1 && (i + 1) * step <= s) {
            sum += 0.5 * (cellOcvV[i] + cellOcvV[i + 1]) * step;
            i++;
        }
        double rest = s - i * step;
        if (rest > 0 && i < cellOcvV.length - 1) {
            sum += 0.5 * (cellOcvV[i] + ocvV(s)) * rest;
        }
        return sum;
    }

    /** @param cellV cell OCV, V @return state of charge 0..1 (clamped at the table's ends) */
    public double soc(double cellV) {
        if (cellV <= cellOcvV[0]) {
            return 0;
        }
        int last = cellOcvV.length - 1;
        if (cellV >= cellOcvV[last]) {
            return 1;
        }
        int i = 0;
        while (cellV > cellOcvV[i + 1]) {
            i++;
        }
        return (i + (cellV - cellOcvV[i]) / (cellOcvV[i + 1] - cellOcvV[i])) * step;
    }
}

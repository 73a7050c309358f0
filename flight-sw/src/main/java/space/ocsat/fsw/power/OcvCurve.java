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

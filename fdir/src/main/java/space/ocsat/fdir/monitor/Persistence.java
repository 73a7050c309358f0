package space.ocsat.fdir.monitor;

/**
 * Confirms a violation only after {@code samples} consecutive violated samples, and clears the
 * confirmation after as many consecutive nominal ones.
 */
public final class Persistence {
    private int samples;
    private int violatedRun;
    private int nominalRun;
    private boolean confirmed;

    /** @param samples consecutive samples needed, ≥ 1 */
    public Persistence(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("persistence needs at least 1 sample, got " + samples);
        }
        this.samples = samples;
    }

    /**
     * Changes the samples needed (command path): the runs so far start afresh, the verdict stands (a standing fault
     * is not cleared by retuning it, nor a nominal one confirmed).
     */
    public void retune(int newSamples) {
        if (newSamples < 1) {
            throw new IllegalArgumentException("persistence needs at least 1 sample, got " + newSamples);
        }
        samples = newSamples;
        violatedRun = 0;
        nominalRun = 0;
    }

    /**
     * Feeds one sample.
     *
     * @param violated the detector's verdict for this sample
     * @return true while the fault is confirmed
     */
    public boolean update(boolean violated) {
        if (violated) {
            nominalRun = 0;
            if (violatedRun < samples) {
                violatedRun++;
            }
            if (violatedRun >= samples) {
                confirmed = true;
            }
        } else {
            violatedRun = 0;
            if (nominalRun < samples) {
                nominalRun++;
            }
            if (nominalRun >= samples) {
                confirmed = false;
            }
        }
        return confirmed;
    }

    /** @return true while confirmed */
    public boolean confirmed() {
        return confirmed;
    }

    /** Forgets the history (after a recovery or a clear command). */
    public void reset() {
        violatedRun = 0;
        nominalRun = 0;
        confirmed = false;
    }
}

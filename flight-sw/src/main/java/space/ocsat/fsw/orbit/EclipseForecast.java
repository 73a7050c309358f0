package space.ocsat.fsw.orbit;

/** The umbra ahead, as the power plan reads it: {@link EclipsePredictor} on board, a fixed forecast in tests. */
public interface EclipseForecast {
    /** @return true if the last prediction had a usable (bound, above-ground) state */
    boolean valid();

    /** @return true if the satellite was in the umbra at the last prediction */
    boolean inUmbra();

    /** @return mission time of the next umbra entry, ns; {@link Long#MAX_VALUE} if none predicted */
    long nextEntryNs();

    /** @return mission time of the next umbra exit (the current one's inside the umbra), ns; {@link Long#MAX_VALUE} if none */
    long nextExitNs();
}

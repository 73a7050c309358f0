package space.ocsat.fdir.response;

/** Receives FDIR verdicts; the wiring routes them to recovery and to events. */
public interface FaultListener {
    /**
     * A fault has just been confirmed.
     *
     * @param faultId  the monitor's fault id
     * @param unit     the unit it was confirmed on ({@link space.ocsat.fdir.Fdir#NO_UNIT} if none)
     * @param response the response the table prescribes
     * @param nowNs    mission time, ns
     */
    void onConfirmed(int faultId, int unit, Response response, long nowNs);

    /** A confirmed fault has cleared. @param faultId fault id @param unit its unit @param nowNs mission time, ns */
    void onCleared(int faultId, int unit, long nowNs);
}

package space.ocsat.fdir.response;

/** Receives FDIR verdicts; the wiring routes them to recovery and to events. */
public interface FaultListener {
    /**
     * A fault has just been confirmed.
     *
     * @param faultId  the monitor's fault id
     * @param response the response the table prescribes
     * @param nowNs    mission time, ns
     */
    void onConfirmed(int faultId, Response response, long nowNs);

    /** A confirmed fault has cleared. @param faultId fault id @param nowNs mission time, ns */
    void onCleared(int faultId, long nowNs);
}

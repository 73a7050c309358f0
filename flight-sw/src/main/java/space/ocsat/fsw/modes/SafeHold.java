package space.ocsat.fsw.modes;

/**
 * Tells the mode manager whether SAFE may be left (FDIR implements it): not while a SAFE-level fault stands, and not
 * before the satellite could survive outside it.
 */
@FunctionalInterface
public interface SafeHold {
    /** Never holds. */
    SafeHold NONE = () -> false;

    /** @return true while SAFE may not be left */
    boolean holdsSafe();

    /**
     * @return why SAFE may not be left (MODE_REFUSED's value): 0 it may; 1 a SAFE-level fault stands; 2 the state of
     *         charge is below the exit minimum; 3 the battery temperature is out of range or unknown; 4 the coolant
     *         over-temperature fault stands (its limit + margin, persisted)
     */
    default int whyHeld() {
        return holdsSafe() ? 1 : 0;
    }
}

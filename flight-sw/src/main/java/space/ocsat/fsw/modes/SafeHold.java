package space.ocsat.fsw.modes;

/** Tells the mode manager whether a standing fault forbids leaving SAFE (FDIR implements it). */
@FunctionalInterface
public interface SafeHold {
    /** Never holds. */
    SafeHold NONE = () -> false;

    /** @return true while a fault whose response is SAFE stays confirmed */
    boolean holdsSafe();
}

package space.ocsat.fsw.power;

/**
 * The bus loads in priority order, highest first (DESIGN.md §3): what energy shedding switches off last comes first.
 * Compute is shed by the energy plan and {@link LoadShedder} from the SoC floor down; links go only when SoC keeps
 * falling with compute already off ({@link LinkShedder}); thermal control and avionics are never shed for energy:
 * below the hard floor FDIR takes the satellite to SAFE instead, which keeps the survival heaters and the ground link.
 */
public enum LoadPriority {
    AVIONICS,
    THERMAL,
    LINKS,
    COMPUTE
}

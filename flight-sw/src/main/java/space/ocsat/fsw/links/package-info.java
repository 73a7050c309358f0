/**
 * Link management: which partner each optical terminal should hold (the plan, from the constellation and ground
 * station tables and the geometry predicted on board), and the supervision of each terminal's
 * pointing-acquisition-tracking cycle with timeouts counted in cycles, failures counted for FDIR, and the
 * ground's overrides.
 */
package space.ocsat.fsw.links;

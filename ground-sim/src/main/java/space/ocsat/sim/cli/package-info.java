/** The ocsat command line (picocli): {@code run} now; scenario, ops, bench, serve-hal, fsw as they land. */
package space.ocsat.sim.cli;

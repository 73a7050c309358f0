/** Command-line value converters shared by every ocsat command (durations, UTC times). */
package space.ocsat.sim.options;

/** The command and telemetry dictionary, generated from the .fbs contract. */
package space.ocsat.sim.dictionary;

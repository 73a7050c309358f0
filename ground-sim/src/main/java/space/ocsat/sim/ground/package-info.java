/** The simulated ground segment: receives telemetry, keeps each frame once and in order, acknowledges it. */
package space.ocsat.sim.ground;

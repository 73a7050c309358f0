/**
 * The constellation in the simulator: where result data goes over the links (the payload routers and their
 * stores, {@link space.ocsat.sim.constellation.DataNetwork}); the many-satellite runner builds on it.
 */
package space.ocsat.sim.constellation;

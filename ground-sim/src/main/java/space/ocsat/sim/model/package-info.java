/**
 * Physics models behind every HAL interface: orbit environment, attitude and array drives, solar array,
 * battery, power system, GPUs, thermal network, heaters, coolant loop, radiators, optical terminals (their
 * pointing-acquisition-tracking against {@link space.ocsat.sim.model.PartnerGeometry}), watchdog.
 * Every random source is seeded ({@link space.ocsat.sim.model.Rng}); sensors are sampled once per step,
 * so what the flight software reads does not depend on how often it reads.
 */
package space.ocsat.sim.model;

/**
 * Fault detection, isolation and recovery. Detection is a pure function of the parameter pool
 * ({@link space.ocsat.fdir.monitor.Detector}); persistence filters it; the response table maps a
 * confirmed fault to a recovery action that the flight software carries out. The detector never calls
 * recovery itself.
 */
package space.ocsat.fdir;

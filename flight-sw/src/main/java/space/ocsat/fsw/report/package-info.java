/**
 * REPORT stage: housekeeping packets (power, thermal, compute, links, exec), each at a commandable period,
 * and event frames, encoded without allocation into telemetry frames (schema:
 * flight-sw/src/main/fbs/telemetry.fbs).
 */
package space.ocsat.fsw.report;

/**
 * The executive: one control thread, a 10 Hz base tick, rate groups at 10, 1 and 0.1 Hz in a fixed
 * order, stages in data-flow order, execution time and slips measured, the watchdog kicked each cycle.
 *
 * <p>Requirements: EXEC-1 every cycle runs SENSE → ESTIMATE → PROTECT → DECIDE → ACT → REPORT;
 * EXEC-2 rate groups derive from the base tick by divisor; EXEC-3 the real-time driver uses absolute
 * deadlines (no drift) and reports missed ticks as slips with one throttled event;
 * EXEC-4 the lockstep driver runs the same {@code runCycle(now)}; EXEC-5 no allocation after start.
 */
package space.ocsat.fsw.exec;

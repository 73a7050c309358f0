/**
 * Commanding: telecommands decoded, authenticated (HMAC-SHA256, per-key rising sequence persisted
 * across reboots) and validated on receipt; executed at the start of the next cycle; every stage
 * acknowledged (ACCEPTED/REJECTED, STARTED, COMPLETED/FAILED) with a code, a counter and an event.
 *
 * <p>CMD-1 a malformed, unauthenticated, replayed or misaddressed command is rejected with its own code
 * and never throws past the adapter; CMD-2 hazardous commands need a matching Arm within its window;
 * CMD-3 the last accepted sequence per key is persisted before ACCEPTED is sent; CMD-4 time-tagged
 * commands wait in a schedule kept in the non-volatile store, one slot per entry: a reboot loses none, an
 * entry interrupted mid-execution fails instead of running twice, one overdue at boot fails EXPIRED.
 * Not yet in this build: SetParameter, TerminalHandoff, AcknowledgeTelemetry, RotateKey, DumpFaultLog,
 * ClearFaultLog, LoadParameterTable, DumpParameterTable (rejected UNKNOWN_COMMAND).
 */
package space.ocsat.fsw.cmd;

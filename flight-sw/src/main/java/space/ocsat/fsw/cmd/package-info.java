/**
 * Commanding: telecommands decoded, authenticated (HMAC-SHA256, per-key rising sequence persisted
 * across reboots) and validated on receipt; executed at the start of the next cycle; every stage
 * acknowledged (ACCEPTED/REJECTED, STARTED, COMPLETED/FAILED) with a code, a counter and an event.
 *
 * <p>CMD-1 a malformed, unauthenticated, replayed or misaddressed command is rejected with its own code
 * and never throws past the adapter; CMD-2 hazardous commands need a matching Arm within its window;
 * CMD-3 the last accepted sequence per key is persisted before ACCEPTED is sent. Not yet in this build:
 * the time-tagged schedule (time-tagged commands are rejected SCHEDULE_FULL: its capacity is zero) and the
 * commands CancelScheduled, SetParameter, TerminalHandoff, AcknowledgeTelemetry, RotateKey, DumpFaultLog,
 * ClearFaultLog, LoadParameterTable, DumpParameterTable (rejected UNKNOWN_COMMAND).
 */
package space.ocsat.fsw.cmd;

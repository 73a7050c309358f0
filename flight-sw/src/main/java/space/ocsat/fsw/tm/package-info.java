/** Telemetry and events. Events are declared once in {@link space.ocsat.fsw.tm.EventId}. */
package space.ocsat.fsw.tm;

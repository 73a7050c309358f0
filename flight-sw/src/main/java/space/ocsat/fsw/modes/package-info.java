/**
 * Modes: BOOT, SAFE, STANDBY, OPERATIONAL. MODE-1 every transition is a MODE_CHANGED event;
 * MODE-2 FDIR can only command SAFE; MODE-3 SAFE is left only by ground command.
 */
package space.ocsat.fsw.modes;

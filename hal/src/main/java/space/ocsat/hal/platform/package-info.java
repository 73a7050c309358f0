/** Platform: watchdog and the non-volatile store. */
package space.ocsat.hal.platform;

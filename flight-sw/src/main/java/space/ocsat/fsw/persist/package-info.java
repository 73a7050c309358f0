/** What the flight software keeps across a processor reset, in the HAL's non-volatile store. */
package space.ocsat.fsw.persist;

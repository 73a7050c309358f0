/** Attitude and solar array drives. */
package space.ocsat.hal.adcs;

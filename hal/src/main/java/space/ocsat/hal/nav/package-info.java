/** Navigation: GNSS position, velocity, time and the Sun direction. */
package space.ocsat.hal.nav;

/** Optical terminals (laser links). */
package space.ocsat.hal.optical;

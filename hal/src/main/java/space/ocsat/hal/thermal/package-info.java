/** Thermal: unit thermistors, heaters, the coolant loop and the radiators. */
package space.ocsat.hal.thermal;

/** On-board orbit geometry: where the satellite will be, and when it will be in the Earth's shadow. */
package space.ocsat.fsw.orbit;

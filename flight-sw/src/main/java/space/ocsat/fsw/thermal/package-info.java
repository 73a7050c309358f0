/**
 * Thermal: voted temperatures, the thermal cap on compute, survival heaters.
 *
 * <p>THM-1 caps fall linearly to the minimum as coolant or radiator enter the band below their limits;
 * THM-2 each survival heater is a thermostat with hysteresis; THM-3 redundant sensors are voted.
 */
package space.ocsat.fsw.thermal;

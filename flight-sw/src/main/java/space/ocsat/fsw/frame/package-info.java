/** The cycle's data: the sensor frame read from the HAL and the actuator frame written back. */
package space.ocsat.fsw.frame;

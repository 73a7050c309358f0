/** Time: the mission clock handed to the flight software. */
package space.ocsat.hal.time;

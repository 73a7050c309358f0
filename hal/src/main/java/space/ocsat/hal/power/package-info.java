/** Power: solar array strings, battery and charge regulator, power distribution. */
package space.ocsat.hal.power;

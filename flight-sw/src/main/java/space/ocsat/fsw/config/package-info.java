/** The flight software's typed configuration, with every default in one place. */
package space.ocsat.fsw.config;

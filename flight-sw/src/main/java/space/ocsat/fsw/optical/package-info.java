/** Optical terminals: power by mode (link management comes on top). */
package space.ocsat.fsw.optical;

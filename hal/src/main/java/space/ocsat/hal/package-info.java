/** Hardware abstraction layer. */
package space.ocsat.hal;

/** Compute: the GPU modules. */
package space.ocsat.hal.compute;

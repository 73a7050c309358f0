/** Bounded lock-free queues between the control thread and the I/O threads. */
package space.ocsat.fsw.queue;

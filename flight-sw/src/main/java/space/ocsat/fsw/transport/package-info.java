/**
 * The ground link: MQTT (Eclipse Paho v3) on its own I/O thread, exchanging bytes with the control
 * thread through bounded lock-free rings only. Topics: {@link space.ocsat.fsw.transport.Topics}.
 */
package space.ocsat.fsw.transport;

/**
 * Store-and-forward telemetry: every frame is recorded in mass memory until the ground acknowledges it, sent live
 * when the link is up, and replayed in order when it was not.
 */
package space.ocsat.fsw.downlink;

/**
 * Compute: the GPU governor.
 *
 * <p>GPU-1 cap = min(power share, thermal cap, die cap, commanded cap), rate limited in normal operation;
 * GPU-2 thermal emergencies and die over-temperature cut at once; GPU-3 isolated GPUs stay off;
 * GPU-4 no compute outside OPERATIONAL or while FDIR sheds compute.
 */
package space.ocsat.fsw.compute;

package space.ocsat.hal.compute;

import space.ocsat.hal.DeviceStatus;

/**
 * The GPU compute modules, index based. Readings are those of the GPU's own management interface
 * (as {@code nvidia-smi} reports them); the power switch is the module's supply.
 */
public interface GpuModules {
    /** @return number of GPU modules */
    int count();

    /** @param gpu module index @return true if the module's supply is on */
    boolean isPowered(int gpu);

    /**
     * @param gpu module index
     * @param on  true to power the module
     * @return {@link DeviceStatus#OK}, or {@link DeviceStatus#NO_SUCH_UNIT}
     */
    DeviceStatus setPowered(int gpu, boolean on);

    /** @param gpu module index @return board power draw, watts (W) */
    double powerW(int gpu);

    /** @param gpu module index @return die temperature, kelvin (K) */
    double dieTempK(int gpu);

    /** @param gpu module index @return utilisation, fraction 0..1 */
    double utilization(int gpu);

    /** @param gpu module index @return the power cap in force, watts (W) */
    double powerCapW(int gpu);

    /**
     * Sets the board power limit (as {@code nvidia-smi -pl}).
     *
     * @param gpu  module index
     * @param capW power cap, watts (W), within [{@link #minCapW()}, {@link #maxCapW()}]
     * @return {@link DeviceStatus#OK}, {@link DeviceStatus#OUT_OF_RANGE} outside the limits (cap unchanged),
     *         {@link DeviceStatus#OFF} if unpowered, {@link DeviceStatus#NO_RESPONSE} if the GPU does not answer
     */
    DeviceStatus setPowerCapW(int gpu, double capW);

    /** @return lowest settable power cap, watts (W) */
    double minCapW();

    /** @return highest settable power cap (board TDP), watts (W) */
    double maxCapW();

    /**
     * Asks the GPU's host to checkpoint its jobs and take no new work (true) before the module is switched off,
     * or to take work again (false). Switching the module off ends a drain.
     *
     * @return {@link DeviceStatus#OK}, {@link DeviceStatus#NO_SUCH_UNIT}, {@link DeviceStatus#OFF} if unpowered
     */
    DeviceStatus setDrain(int gpu, boolean drain);

    /** @param gpu module index @return true once a requested drain is done: jobs checkpointed, the GPU idle */
    boolean isDrained(int gpu);

    /** @param gpu module index @return cumulative uncorrectable ECC error count since power-on */
    long eccErrors(int gpu);

    /** @param gpu module index @return true if the GPU has stopped answering work (needs a power cycle) */
    boolean isHung(int gpu);

    /** @param gpu module index @return status of the module */
    DeviceStatus status(int gpu);
}

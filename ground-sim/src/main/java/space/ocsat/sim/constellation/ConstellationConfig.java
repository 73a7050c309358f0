package space.ocsat.sim.constellation;

import java.util.Arrays;
import space.ocsat.sim.links.WalkerConstellation;

/**
 * What a constellation run is, with its defaults in one place: the Walker shell (planes × satellites per plane,
 * phasing; altitude, inclination, epoch and seed come from the {@code MissionConfig}), the worker threads, the result
 * data each satellite's GPUs produce, the payload stores, the delivery deadline, and an optional cloud outage forced
 * on some ground stations.
 *
 * <p>Default data figures: 1 Gbit/s per satellite at full compute (scaled by the GPUs' draw over their full power;
 * 66 Gbit/s for the default shell, a few percent of the ground links' 10–100 Gbit/s each, so delivery is limited by
 * contacts, not by rate); a 1 TB (8 Tbit) store per satellite, about 2.2 hours of full-rate output, which rides out
 * the longest gaps in ground contact of a plane; a 30-minute deadline (issue 5).
 */
public final class ConstellationConfig {
    /** Default result data rate at full compute, bit/s. */
    public static final double DEFAULT_DATA_RATE_BPS = 1e9;
    /** Default payload store per satellite, bits (1 TB). */
    public static final double DEFAULT_STORE_BITS = 8e12;
    /** Default delivery deadline, s. */
    public static final double DEFAULT_DEADLINE_S = 1800;
    /** Default recorder (telemetry mass memory) per satellite, blocks of 2 KiB (4 MiB; telemetry is acknowledged every 10 s). */
    public static final int DEFAULT_RECORDER_BLOCKS = 2048;

    public int planes = WalkerConstellation.DEFAULT_PLANES;
    public int perPlane = WalkerConstellation.DEFAULT_PER_PLANE;
    public int phasing = WalkerConstellation.DEFAULT_PHASING;
    /** Worker threads stepping satellites (results do not depend on it). */
    public int threads = Runtime.getRuntime().availableProcessors();
    /** Result data per satellite at full compute, bit/s. */
    public double dataRateBps = DEFAULT_DATA_RATE_BPS;
    /** Payload store per satellite, bits. */
    public double storeBits = DEFAULT_STORE_BITS;
    /** Delivery deadline, s. */
    public double deadlineS = DEFAULT_DEADLINE_S;
    /** Telemetry recorder per satellite, blocks. */
    public int recorderBlocks = DEFAULT_RECORDER_BLOCKS;
    /** Ground stations (indices in the default network) held cloudy from {@link #cloudFromS} to {@link #cloudUntilS}. */
    public int[] cloudedSites = {};
    /** Start of the forced outage, s since the run began. */
    public double cloudFromS;
    /** End of the forced outage, s since the run began (+∞: to the end). */
    public double cloudUntilS = Double.POSITIVE_INFINITY;

    /** @return the number of satellites */
    public int size() {
        return planes * perPlane;
    }

    /** @throws IllegalArgumentException with a one-line reason */
    public ConstellationConfig validate() {
        if (planes < 1 || perPlane < 1 || phasing < 0 || phasing >= planes) {
            throw new IllegalArgumentException("the constellation needs planes >= 1, satellites per plane >= 1 and "
                    + "0 <= phasing < planes, got " + planes + "x" + perPlane + " phasing " + phasing);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(dataRateBps >= 0) || !(storeBits > 0) || !(deadlineS > 0)) {
            throw new IllegalArgumentException("data rate >= 0, store > 0 and deadline > 0 are needed");
        }
        if (recorderBlocks < 64) {
            throw new IllegalArgumentException("the recorder needs at least 64 blocks, got " + recorderBlocks);
        }
        return this;
    }

    @Override
    public String toString() {
        return planes + "x" + perPlane + "/" + phasing + " clouded " + Arrays.toString(cloudedSites);
    }
}

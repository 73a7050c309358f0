package space.ocsat.fsw.downlink;

import java.nio.ByteBuffer;
import space.ocsat.fsw.tm.FrameSink;

/**
 * The way down to the ground as the recorder sees it: the MQTT transport in flight, an in-process ground in batch
 * simulation. Called on the control thread; never blocks.
 */
public interface DownlinkPort {
    /** @return true while frames offered now can reach the ground */
    boolean up();

    /**
     * Hands a frame over for sending. The port copies what it keeps.
     *
     * @param replay true for a frame from the recorder's backlog (topic {@code tm/replay}), false for a live one
     * @return false if the port cannot take it now (its queue is full): the recorder keeps it and tries later
     */
    boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay);

    /** @return a port that is always up and passes every frame to {@code sink} */
    static DownlinkPort always(FrameSink sink) {
        return new DownlinkPort() {
            @Override
            public boolean up() {
                return true;
            }

            @Override
            public boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay) {
                sink.accept(stream, sequence, frame);
                return true;
            }
        };
    }
}

package space.ocsat.sim.report;

import space.ocsat.fsw.tm.FrameSink;

/** Hands every frame to two sinks in turn (the archive and the live link). */
public final class TeeSink implements FrameSink {
    private final FrameSink first;
    private final FrameSink second;

    public TeeSink(FrameSink first, FrameSink second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void accept(int stream, long sequence, java.nio.ByteBuffer frame) {
        first.accept(stream, sequence, frame);
        second.accept(stream, sequence, frame);
    }
}

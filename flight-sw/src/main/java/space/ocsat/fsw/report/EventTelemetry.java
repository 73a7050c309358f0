package space.ocsat.fsw.report;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.TimeSource;
import space.ocsat.fsw.exec.CycleTask;
import space.ocsat.wire.Event;
import space.ocsat.wire.Payload;
import space.ocsat.wire.Stream;

/**
 * REPORT: turns every event published since the last cycle into an Event frame on the EVENTS stream and
 * marks it consumed in the event log. Event ids and severities go on the wire as their ordinals, which
 * the schema's enums mirror (a test keeps them equal). Runs at 10 Hz.
 */
public final class EventTelemetry implements CycleTask {
    private final EventLog log;
    private final FrameEncoder encoder;
    private final TimeSource time;

    public EventTelemetry(EventLog log, FrameEncoder encoder, TimeSource time) {
        this.log = log;
        this.encoder = encoder;
        this.time = time;
    }

    @Override
    public void run(long nowNs) {
        long end = log.published();
        for (long seq = log.readCursor(); seq < end; seq++) {
            if (!log.available(seq)) {
                continue;
            }
            FlatBufferBuilder b = encoder.begin();
            int event = Event.createEvent(b, log.id(seq).ordinal(), log.id(seq).severity().ordinal(),
                    log.argA(seq), log.argB(seq), log.value(seq));
            encoder.finish(Stream.EVENTS, Payload.Event, event, log.timeNs(seq), time.unixNs(log.timeNs(seq)));
        }
        log.consumeTo(end);
    }
}

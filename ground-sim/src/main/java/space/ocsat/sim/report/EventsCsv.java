package space.ocsat.sim.report;

import java.io.IOException;
import java.io.Writer;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

/** {@code events.csv}: every flight-software event, in order, with simulated time only. */
public final class EventsCsv {
    public static final String HEADER = "t_s,seq,event,severity,a,b,value";

    private final Writer out;
    private final StringBuilder row = new StringBuilder(128);
    private final long[] countById = new long[EventId.values().length];
    private long next;
    private EventLog lastLog;
    private long written;

    public EventsCsv(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write('\n');
    }

    /** Writes the events published since the last drain (reading only: the telemetry consumes them). */
    public void drain(EventLog log) throws IOException {
        if (log != lastLog) {
            // a new flight software (a processor reset) starts its own log from zero
            lastLog = log;
            next = 0;
        }
        long end = log.published();
        for (long seq = next; seq < end; seq++) {
            if (!log.available(seq)) {
                continue;
            }
            row.setLength(0);
            CsvFormat.fixed(row, log.timeNs(seq) / 1e9, 1).append(',');
            row.append(seq).append(',').append(log.id(seq).name()).append(',')
                    .append(log.id(seq).severity().name()).append(',')
                    .append(log.argA(seq)).append(',').append(log.argB(seq)).append(',');
            CsvFormat.fixed(row, log.value(seq), 4).append('\n');
            out.append(row);
            written++;
            countById[log.id(seq).ordinal()]++;
        }
        next = end;
    }

    /** @return events of this id written so far */
    public long count(EventId id) {
        return countById[id.ordinal()];
    }

    /** @return events written */
    public long written() {
        return written;
    }
}

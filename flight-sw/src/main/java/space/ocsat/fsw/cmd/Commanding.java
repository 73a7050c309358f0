package space.ocsat.fsw.cmd;

import space.ocsat.hal.platform.StoreStatus;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;
import space.ocsat.fsw.tm.FrameEncoder;
import space.ocsat.fsw.tm.TimeSource;
import space.ocsat.hal.platform.NonVolatileStore;

/**
 * The command path, assembled: inbox → adapter (accept/reject on receipt) → queue → dispatcher (execute
 * next cycle), with the anti-replay guard persisted in the non-volatile store and every stage
 * acknowledged. The composition root registers {@link #dispatcher()} then {@link #adapter()} in SENSE.
 */
public final class Commanding {
    /** Accepted commands waiting for the next cycle. */
    private static final int QUEUE_CAPACITY = 32;
    /** Commands buffered between the I/O thread and the cycle. */
    private static final int INBOX_CAPACITY = 64;

    private final CommandInbox inbox = new CommandInbox(INBOX_CAPACITY);
    private final SequenceGuard sequences;
    private final CommandAcks acks;
    private final CommandAdapter adapter;
    private final CommandDispatcher dispatcher;
    private final CommandSchedule schedule;
    private final boolean restored;
    private final EventLog events;

    public Commanding(KeyTable keys, NonVolatileStore store, CommandTarget target, FrameEncoder frames,
                      EventLog events, TimeSource time, long satelliteId) {
        this.events = events;
        sequences = new SequenceGuard(keys, store);
        restored = sequences.restore();
        acks = new CommandAcks(frames, events, time);
        AcceptedQueue queue = new AcceptedQueue(QUEUE_CAPACITY, CommandInbox.MAX_COMMAND_BYTES);
        schedule = new CommandSchedule(store);
        schedule.restore();
        Arming arming = new Arming();
        CommandTables tables = new CommandTables();
        CommandValidator validator = new CommandValidator(target, tables, keys);
        adapter = new CommandAdapter(inbox, keys, sequences, validator, queue, schedule, arming, acks, events, time,
                satelliteId);
        dispatcher = new CommandDispatcher(queue, schedule, validator, target, arming, acks, time, tables, keys,
                sequences, events);
    }

    /** @return where the transport (or an in-process ground) puts received command buffers */
    public CommandInbox inbox() { return inbox; }

    public CommandAdapter adapter() { return adapter; }

    public CommandDispatcher dispatcher() { return dispatcher; }

    public CommandAcks acks() { return acks; }

    /** @return time-tagged commands waiting (or interrupted, until reported) */
    public int scheduled() { return schedule.size(); }

    /**
     * Boot: reports a lost anti-replay record ({@code ANTI_REPLAY_LOST}). With {@code storeMissing} (the store was
     * found blank although this is a restart) the blank record is not a first boot's, and the guard counts as lost
     * too. Lost, every command is refused until UTC re-anchors the floor.
     */
    public void reportAntiReplay(long bootNs, boolean storeMissing) {
        if (storeMissing) {
            sequences.markLost();
        }
        if (sequences.lost()) {
            StoreStatus why = storeMissing ? StoreStatus.EMPTY : sequences.restoreStatus();
            events.publish(bootNs, EventId.ANTI_REPLAY_LOST, SequenceGuard.SLOT, why.ordinal(), 0);
        }
    }

    /** @return true while the anti-replay state is lost and not re-anchored (every command refused) */
    public boolean antiReplayLost() { return sequences.lost(); }

    /** @return true if the anti-replay counters were restored from the store at boot */
    public boolean restored() { return restored; }
}

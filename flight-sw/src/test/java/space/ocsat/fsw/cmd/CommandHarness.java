package space.ocsat.fsw.cmd;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import space.ocsat.fsw.FakeHal;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.config.FswConfig;
import space.ocsat.wire.CommandAck;
import space.ocsat.wire.Stream;
import space.ocsat.wire.TelemetryFrame;

/** A flight software on a fake HAL with a test key, a ground encoder, and the acknowledgements it sent. */
final class CommandHarness {
    static final long SAT = 9;
    static final long KEY_ID = 7;
    static final byte[] KEY = new byte[32];
    static final long TICK_NS = 100_000_000L;

    static {
        java.util.Arrays.fill(KEY, (byte) 7);
    }

    final FakeHal fake;
    final List<ByteBuffer> frames = new ArrayList<>();
    /** Fuzzing runs millions of commands: it counts acknowledgements and keeps no frames. */
    boolean keepFrames = true;
    final TelecommandEncoder ground = new TelecommandEncoder(SAT, KEY_ID, KEY);
    FlightSoftware fsw;
    private final java.util.Set<String> received = new java.util.HashSet<>();

    CommandHarness() {
        this(new FakeHal());
    }

    CommandHarness(FakeHal fake) {
        this.fake = fake;
        boot();
    }

    /** (Re)boots the flight software on the same HAL and store: in-memory state is gone. */
    void boot() {
        boot(KeyTable.parse(List.of(KeyTable.line(KEY_ID, KEY))));
    }

    /** Reboots with another key file. */
    void boot(KeyTable keys) {
        FswConfig config = new FswConfig();
        config.satelliteId = SAT;
        fsw = new FlightSoftware(fake.hal, config, () -> 0L, (stream, sequence, frame) -> {
            if (!keepFrames || !received.add(stream + ":" + sequence)) {
                return; // the ground keeps the first copy of a frame; a reboot replays what it did not acknowledge
            }
            ByteBuffer copy = ByteBuffer.allocate(frame.remaining());
            copy.put(frame.duplicate()).flip();
            frames.add(copy);
        }, keys);
    }

    byte[] command(long sequence, byte type, ToIntFunction<FlatBufferBuilder> table) {
        return ground.encode(sequence, 0, type, table);
    }

    void send(byte[] bytes) {
        fsw.commanding().inbox().offer(bytes, 0, bytes.length);
    }

    void cycles(int n) {
        for (int i = 0; i < n; i++) {
            fsw.runCycle(fake.nowNs);
            fake.nowNs += TICK_NS;
        }
    }

    /** @return every acknowledgement sent so far, as "SEQ STAGE CODE" */
    List<String> acks() {
        List<String> out = new ArrayList<>();
        CommandAck ack = new CommandAck();
        for (ByteBuffer f : frames) {
            TelemetryFrame frame = TelemetryFrame.getRootAsTelemetryFrame(f.duplicate());
            if (frame.stream() == Stream.ACKS) {
                frame.payload(ack);
                out.add(ack.commandSequence() + " " + space.ocsat.wire.AckStage.name(ack.stage()) + " "
                        + space.ocsat.wire.AckCode.name(ack.code()));
            }
        }
        return out;
    }

    /** @return how many times the flight software raised this event so far */
    long events(space.ocsat.fsw.tm.EventId id) {
        space.ocsat.fsw.tm.EventLog log = fsw.events();
        long n = 0;
        for (long seq = 0; seq < log.published(); seq++) {
            if (log.available(seq) && log.id(seq) == id) {
                n++;
            }
        }
        return n;
    }
}

package space.ocsat.fsw.cmd;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import space.ocsat.wire.CommandBody;
import space.ocsat.wire.Telecommand;

/**
 * The ground's side of the command contract (the "proxy" to {@link CommandAdapter}'s "adapter"): builds a
 * signed Telecommand — the CommandBody as its own FlatBuffer, its HMAC-SHA256 with the key, both in the
 * envelope. Used by the ops console and by tests; not on the control cycle.
 */
public final class TelecommandEncoder {
    private final long satelliteId;
    private final long keyId;
    private final Mac mac;

    /**
     * @param satelliteId the satellite addressed
     * @param keyId       the key's id
     * @param key         the key (at least 32 bytes)
     */
    public TelecommandEncoder(long satelliteId, long keyId, byte[] key) {
        this.satelliteId = satelliteId;
        this.keyId = keyId;
        this.mac = KeyTable.hmac(key);
    }

    /**
     * Encodes one command.
     *
     * @param sequence        the sequence number (must rise per key)
     * @param executeAtUnixNs GNSS time to execute at, ns; 0 for the next cycle
     * @param commandType     the Command union tag
     * @param command         builds the command table in the builder and returns its offset
     * @return the telecommand bytes, exactly as they travel on MQTT
     */
    public byte[] encode(long sequence, long executeAtUnixNs, byte commandType, ToIntFunction<FlatBufferBuilder> command) {
        FlatBufferBuilder bodyBuilder = new FlatBufferBuilder(256);
        int table = command.applyAsInt(bodyBuilder);
        int body = CommandBody.createCommandBody(bodyBuilder, satelliteId, keyId, sequence, executeAtUnixNs,
                commandType, table);
        bodyBuilder.finish(body);
        byte[] signed = bodyBuilder.sizedByteArray();
        mac.reset();
        byte[] tag = mac.doFinal(signed);
        FlatBufferBuilder envelope = new FlatBufferBuilder(signed.length + 128);
        int bodyVector = Telecommand.createBodyVector(envelope, signed);
        int macVector = Telecommand.createMacVector(envelope, tag);
        int tc = Telecommand.createTelecommand(envelope, bodyVector, macVector);
        Telecommand.finishTelecommandBuffer(envelope, tc);
        return envelope.sizedByteArray();
    }

    /** @return the encoded command as a buffer (position 0, limit its length) */
    public ByteBuffer encodeBuffer(long sequence, long executeAtUnixNs, byte commandType,
                                   ToIntFunction<FlatBufferBuilder> command) {
        return ByteBuffer.wrap(encode(sequence, executeAtUnixNs, commandType, command));
    }
}

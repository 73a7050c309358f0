package space.ocsat.fsw.cmd;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The satellite's command keys: HMAC-SHA256 keys by key id, one active at a time after a rotation
 * (older ones retired). Loaded at boot from a key file outside the repository: one key per line,
 * {@code <key id> <key as hex, at least 32 bytes>}, {@code #} starts a comment.
 */
public final class KeyTable {
    /** HMAC-SHA256 tag length, bytes. */
    public static final int MAC_BYTES = 32;
    private static final int MIN_KEY_BYTES = 32;

    private final long[] ids;
    private final Mac[] macs;
    private final boolean[] retired;
    private final byte[] tag = new byte[MAC_BYTES];

    private KeyTable(long[] ids, byte[][] keys) {
        this.ids = ids;
        this.macs = new Mac[ids.length];
        this.retired = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            macs[i] = hmac(keys[i]);
        }
    }

    /** @return a table without keys: every command is rejected UNKNOWN_KEY */
    public static KeyTable empty() {
        return new KeyTable(new long[0], new byte[0][]);
    }

    /**
     * Parses a key file's lines.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static KeyTable parse(List<String> lines) {
        long[] ids = new long[lines.size()];
        byte[][] keys = new byte[lines.size()][];
        int n = 0;
        for (int lineNo = 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("key file line " + lineNo + ": expected '<key id> <hex key>'");
            }
            long id;
            try {
                id = Long.parseLong(parts[0]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("key file line " + lineNo + ": key id is not a number");
            }
            if (id < 0 || id > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("key file line " + lineNo + ": key id out of range 0..4294967295");
            }
            byte[] key = hex(parts[1], lineNo);
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("key file line " + lineNo + ": key shorter than 32 bytes");
            }
            for (int i = 0; i < n; i++) {
                if (ids[i] == id) {
                    throw new IllegalArgumentException("key file line " + lineNo + ": duplicate key id " + id);
                }
            }
            ids[n] = id;
            keys[n] = key;
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("key file holds no key");
        }
        return new KeyTable(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(keys, n));
    }

    private static byte[] hex(String s, int lineNo) {
        try {
            return parseHex(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key file line " + lineNo + ": " + e.getMessage());
        }
    }

    /**
     * @param s hex digits, an even number of them
     * @return the bytes
     * @throws IllegalArgumentException for an odd length or a non-hex digit
     */
    public static byte[] parseHex(String s) {
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("hex key has an odd length");
        }
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("key is not hex");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** @return a key file line for a key (for tools that generate keys) */
    public static String line(long id, byte[] key) {
        StringBuilder sb = new StringBuilder().append(id).append(' ');
        for (byte b : key) {
            sb.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
        }
        return sb.toString();
    }

    static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** @return the key's index, or −1 if the id is unknown or retired */
    public int index(long keyId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == keyId) {
                return retired[i] ? -1 : i;
            }
        }
        return -1;
    }

    /** @return number of keys (active and retired) */
    public int size() {
        return ids.length;
    }

    /** @return the id of the key at this index */
    public long id(int index) {
        return ids[index];
    }

    /**
     * Checks a tag in constant time.
     *
     * @param index key index
     * @param body  the signed bytes, position to limit (not moved)
     * @param mac   the tag received, 32 bytes
     */
    public boolean verify(int index, java.nio.ByteBuffer body, byte[] mac) {
        Mac m = macs[index];
        m.reset();
        m.update(body.duplicate());
        try {
            m.doFinal(tag, 0);
        } catch (javax.crypto.ShortBufferException e) {
            return false;
        }
        return MessageDigest.isEqual(tag, mac);
    }

    /** @return true if the key at this index is retired */
    public boolean retired(int index) {
        return retired[index];
    }

    /** Retires a key by index (restoring a persisted rotation). */
    public void retire(int index) {
        retired[index] = true;
    }

    /** Undoes a retirement that could not be persisted. */
    void reinstate(int index) {
        retired[index] = false;
    }
}

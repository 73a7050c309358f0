package space.ocsat.sim.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The ops console's signing key: the first key line of a key file ({@code <key id> <hex key>}). */
record GroundKey(long id, byte[] key) {
    static GroundKey read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read key file " + file);
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || parts[1].length() % 2 != 0) {
                throw new IllegalArgumentException(file + ": expected '<key id> <hex key>'");
            }
            byte[] key = new byte[parts[1].length() / 2];
            for (int i = 0; i < key.length; i++) {
                int hi = Character.digit(parts[1].charAt(2 * i), 16);
                int lo = Character.digit(parts[1].charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException(file + ": key is not hex");
                }
                key[i] = (byte) (hi << 4 | lo);
            }
            try {
                return new GroundKey(Long.parseLong(parts[0]), key);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": key id is not a number");
            }
        }
        throw new IllegalArgumentException(file + " holds no key");
    }
}

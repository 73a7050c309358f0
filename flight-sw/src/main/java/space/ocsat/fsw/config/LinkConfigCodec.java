package space.ocsat.fsw.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The link tables ({@link LinkConfig}) as bytes, so a rig can hand a flight software in another process the tables
 * the ground would have uplinked before a run (the HIL bridge's WELCOME carries them). Every public instance field is
 * written by name, in name order, so a field added to {@link LinkConfig} travels without a change here; a name the
 * reader does not know is skipped. Types: int, long, double, boolean and arrays of int and double. Boot-time only.
 */
public final class LinkConfigCodec {
    private static final int MAGIC = 0x4f434c54; // "OCLT"
    private static final int VERSION = 1;

    private LinkConfigCodec() {
    }

    /** @return the tables' bytes */
    public static byte[] encode(LinkConfig c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Field[] fields = fields();
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(fields.length);
            for (Field f : fields) {
                out.writeUTF(f.getName());
                write(out, f, f.get(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Overwrites {@code c}'s fields with the ones in {@code bytes}, then validates it.
     *
     * @throws IllegalArgumentException if the bytes are not link tables or the result is inconsistent
     */
    public static LinkConfig decode(byte[] bytes, LinkConfig c) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not link tables of version " + VERSION);
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                Object value = read(in);
                Field f = field(name);
                if (f != null) {
                    set(c, f, value);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("link tables truncated: " + e.getMessage(), e);
        }
        return c.validate();
    }

    private static Field[] fields() {
        return Arrays.stream(LinkConfig.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .sorted(Comparator.comparing(Field::getName))
                .toArray(Field[]::new);
    }

    private static Field field(String name) {
        try {
            Field f = LinkConfig.class.getField(name);
            return Modifier.isStatic(f.getModifiers()) ? null : f;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static void write(DataOutputStream out, Field f, Object v) throws IOException {
        Class<?> t = f.getType();
        if (t == int.class) {
            out.writeByte('I');
            out.writeInt((Integer) v);
        } else if (t == long.class) {
            out.writeByte('J');
            out.writeLong((Long) v);
        } else if (t == double.class) {
            out.writeByte('D');
            out.writeDouble((Double) v);
        } else if (t == boolean.class) {
            out.writeByte('Z');
            out.writeBoolean((Boolean) v);
        } else if (t == double[].class) {
            double[] a = (double[]) v;
            out.writeByte('d');
            out.writeInt(a.length);
            for (double x : a) {
                out.writeDouble(x);
            }
        } else if (t == int[].class) {
            int[] a = (int[]) v;
            out.writeByte('i');
            out.writeInt(a.length);
            for (int x : a) {
                out.writeInt(x);
            }
        } else {
            throw new IllegalStateException("LinkConfig." + f.getName() + ": type " + t.getSimpleName()
                    + " has no encoding in LinkConfigCodec");
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        switch (type) {
            case 'I':
                return in.readInt();
            case 'J':
                return in.readLong();
            case 'D':
                return in.readDouble();
            case 'Z':
                return in.readBoolean();
            case 'd': {
                double[] a = new double[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readDouble();
                }
                return a;
            }
            case 'i': {
                int[] a = new int[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readInt();
                }
                return a;
            }
            default:
                throw new IOException("unknown type tag " + type);
        }
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("array length " + n);
        }
        return n;
    }

    private static void set(LinkConfig c, Field f, Object v) {
        try {
            if (Modifier.isFinal(f.getModifiers())) {
                return;
            }
            f.set(c, v);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalArgumentException("link tables: field " + f.getName() + " of another type", e);
        }
    }
}

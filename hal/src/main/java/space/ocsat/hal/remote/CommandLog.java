package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.wire.Actuators;
import space.ocsat.hal.wire.DeviceCommand;

/**
 * The device commands of one cycle, in call order, as an ACTUATORS frame carries them: preallocated parallel arrays,
 * emptied after each frame.
 */
final class CommandLog {
    /** Commands one cycle carries at most (the reference satellite's flight software gives about 70 at most). */
    static final int CAPACITY = 512;

    private final byte[] op = new byte[CAPACITY];
    private final byte[] expected = new byte[CAPACITY];
    private final short[] unit = new short[CAPACITY];
    private final int[] arg = new int[CAPACITY];
    private final double[] value = new double[CAPACITY];
    private int size;

    /** @return false if the cycle already holds {@link #CAPACITY} commands (nothing recorded) */
    boolean add(int opCode, int unitIndex, int argument, double v, DeviceStatus returned) {
        if (size == CAPACITY) {
            return false;
        }
        op[size] = (byte) opCode;
        expected[size] = (byte) returned.ordinal();
        unit[size] = (short) unitIndex;
        arg[size] = argument;
        value[size++] = v;
        return true;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** @return the offset of the commands vector (call before {@code startActuators}) */
    int encode(FlatBufferBuilder b) {
        Actuators.startCommandsVector(b, size);
        for (int i = size - 1; i >= 0; i--) {
            DeviceCommand.createDeviceCommand(b, op[i] & 0xFF, expected[i] & 0xFF, unit[i], arg[i], value[i]);
        }
        return b.endVector();
    }
}

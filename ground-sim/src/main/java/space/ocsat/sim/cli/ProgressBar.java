package space.ocsat.sim.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/** A one-line progress bar on a terminal stream, redrawn in place; silent when disabled. */
final class ProgressBar implements DoubleConsumer {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final boolean enabled;
    private int lastPercent = -1;

    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** @return true if the program talks to a terminal */
    static boolean onTerminal() {
        return space.ocsat.sim.options.Terminal.interactive();
    }

    @Override
    public void accept(double fraction) {
        if (!enabled) {
            return;
        }
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        StringBuilder sb = new StringBuilder(WIDTH + 16).append('\r').append('[');
        for (int i = 0; i < WIDTH; i++) {
            sb.append(i < filled ? '#' : '.');
        }
        sb.append("] ").append(percent).append('%');
        if (percent == 100) {
            sb.append('\n');
        }
        out.print(sb);
        out.flush();
    }
}

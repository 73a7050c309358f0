package space.ocsat.hal.compute.nvidia;

/**
 * How one nvidia-smi process ended and what it printed (stdout and stderr together).
 *
 * @param outcome  how it ended
 * @param exitCode the exit code when {@link Outcome#EXITED}, else -1 (nvidia-smi's codes follow NVML's return values:
 *                 4 insufficient permissions, 9 driver not loaded, 15 GPU lost, 255 other)
 * @param output   what it printed (at most {@link ToolRunner#MAX_OUTPUT_BYTES}), or the reason it did not run
 */
record ToolResult(Outcome outcome, int exitCode, String output) {
    /** How a process ended. */
    enum Outcome {
        /** It ran and exited with {@link #exitCode}. */
        EXITED,
        /** It could not be started: the executable is missing or not executable (an IOException). */
        START_FAILED,
        /** It ran past the process timeout and was killed with its children. */
        TIMED_OUT,
        /** The worker was interrupted (closing) while it ran; it was killed with its children. */
        INTERRUPTED
    }

    private static final int MAX_DESCRIPTION_CHARS = 240;

    static ToolResult exited(int exitCode, String output) {
        return new ToolResult(Outcome.EXITED, exitCode, output);
    }

    static ToolResult startFailed(String reason) {
        return new ToolResult(Outcome.START_FAILED, -1, reason == null ? "" : reason);
    }

    static ToolResult timedOut(String partialOutput) {
        return new ToolResult(Outcome.TIMED_OUT, -1, partialOutput);
    }

    static ToolResult interrupted() {
        return new ToolResult(Outcome.INTERRUPTED, -1, "");
    }

    /** @return true if the process ran and exited 0 */
    boolean succeeded() {
        return outcome == Outcome.EXITED && exitCode == 0;
    }

    /** @return a one-line account for logs and {@code lastError}: the outcome and the first line printed */
    String describe() {
        String head = switch (outcome) {
            case EXITED -> "exit " + exitCode;
            case START_FAILED -> "cannot start";
            case TIMED_OUT -> "timed out, killed";
            case INTERRUPTED -> "interrupted, killed";
        };
        String line = firstLine(output);
        String text = line.isEmpty() ? head : head + ": " + line;
        return text.length() <= MAX_DESCRIPTION_CHARS ? text : text.substring(0, MAX_DESCRIPTION_CHARS);
    }

    private static String firstLine(String s) {
        for (String line : s.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }
}

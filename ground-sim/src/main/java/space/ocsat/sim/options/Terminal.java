package space.ocsat.sim.options;

/** Whether output goes to a person's terminal (progress bars, colours) or to a file or pipe. */
public final class Terminal {
    private Terminal() {
    }

    /**
     * @return true if the program talks to a terminal (JDK 22+ always has a console; its isTerminal()
     *         tells, and is looked up reflectively because the build targets Java 17)
     */
    public static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** @return true when stdout is an interactive terminal and NO_COLOR is not set */
    public static boolean colours() {
        return System.getenv("NO_COLOR") == null && interactive();
    }
}

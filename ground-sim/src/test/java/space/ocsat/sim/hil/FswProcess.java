package space.ocsat.sim.hil;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The flight software as a separate JVM, as a rig runs it: {@code java -cp <this test's classpath>
 * space.ocsat.fsw.FswMain …}, the class the runnable jar ({@code ocsat-flight-sw.jar}) starts. The test classpath
 * rather than the jar, so the test runs from a clean clone under {@code mvn test} as well as {@code mvn verify}
 * (the jar exists only after the package phase) and always runs the code just compiled.
 */
final class FswProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private FswProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code FswMain} with the given arguments; its output goes to {@code log}, at the runnable jar's levels
     * (ocsat INFO: this test classpath's own logback-test.xml would keep only warnings).
     */
    static FswProcess start(Path log, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path logging = log.resolveSibling("fsw-logback.xml");
        Files.writeString(logging, "<configuration><appender name=\"E\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                + "<encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern></encoder></appender>"
                + "<logger name=\"space.ocsat\" level=\"INFO\"/><root level=\"WARN\"><appender-ref ref=\"E\"/></root>"
                + "</configuration>\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dlogback.configurationFile=" + logging, "-cp", classpath,
                "space.ocsat.fsw.FswMain"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new FswProcess(p, log);
    }

    /** @return its exit code, or throws if it has not ended in time */
    int waitFor(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the flight software process did not end within " + seconds + " s:\n"
                    + output());
        }
        return process.exitValue();
    }

    /** The exit code of a JVM that ended on SIGTERM after its shutdown hooks ran (128 + 15). */
    static final int SIGTERM_EXIT = 143;

    /** Sends SIGTERM (Process.destroy on Unix) and waits for it to end. @return its exit code */
    int terminate(long seconds) throws InterruptedException, IOException {
        process.destroy();
        return waitFor(seconds);
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** @return a TCP port free on the loopback now */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

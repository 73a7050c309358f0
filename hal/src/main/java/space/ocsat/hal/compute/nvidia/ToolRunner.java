package space.ocsat.hal.compute.nvidia;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one nvidia-smi process at a time with a timeout, on the worker thread (never on the control thread).
 *
 * <p>Output (stdout and stderr together) goes to a file rather than a pipe, so a process that hangs, or a child it
 * left behind holding the output open, can never block the reader; a process past the timeout is killed with all its
 * descendants. A bare executable name is looked up on the PATH of the child's environment (the configured
 * environment over the JVM's), because the JVM itself would look it up on its own PATH only.
 */
final class ToolRunner implements AutoCloseable {
    /** Output beyond this is ignored (nvidia-smi prints ~100 bytes per GPU). */
    static final int MAX_OUTPUT_BYTES = 64 * 1024;
    private static final long KILL_WAIT_MS = 1000;

    private final String executable;
    private final Map<String, String> environment;
    private final long timeoutNs;
    private final Path outputFile;

    /** @throws UncheckedIOException if the output file cannot be created in {@code workDir} */
    ToolRunner(String executable, Map<String, String> environment, long timeoutNs, Path workDir) {
        this.executable = executable;
        this.environment = Map.copyOf(environment);
        this.timeoutNs = timeoutNs;
        try {
            this.outputFile = Files.createTempFile(workDir, "ocsat-nvidia-smi-", ".out");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create nvidia-smi output file in " + workDir, e);
        }
    }

    /** Runs {@code executable args...} to its end or the timeout; never throws for trouble with the tool. */
    ToolResult run(List<String> args) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(resolve(executable, environment.getOrDefault("PATH", System.getenv("PATH"))));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return ToolResult.startFailed(e.getMessage());
        }
        try {
            if (!process.waitFor(timeoutNs, TimeUnit.NANOSECONDS)) {
                killTree(process);
                return ToolResult.timedOut(readOutput());
            }
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            return ToolResult.interrupted();
        }
        return ToolResult.exited(process.exitValue(), readOutput());
    }

    /**
     * @return {@code executable} itself if it names a path, else the first executable file of that name in the
     *         directories of {@code path}; the bare name if there is none (starting it then fails: tool missing)
     */
    static String resolve(String executable, String path) {
        if (executable.indexOf('/') >= 0 || path == null) {
            return executable;
        }
        for (String dir : path.split(File.pathSeparator, -1)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath().toString();
            }
        }
        return executable;
    }

    /** Kills the process and every descendant (a shell wrapper's children would otherwise outlive it). */
    private static void killTree(Process process) {
        Object[] descendants = process.descendants().toArray();
        process.destroyForcibly();
        for (Object d : descendants) {
            ((ProcessHandle) d).destroyForcibly();
        }
        boolean interrupted = Thread.interrupted();
        try {
            process.waitFor(KILL_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String readOutput() {
        try (InputStream in = Files.newInputStream(outputFile)) {
            return new String(in.readNBytes(MAX_OUTPUT_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "cannot read nvidia-smi output: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(outputFile);
        } catch (IOException e) {
            // a temp file left behind is harmless
        }
    }
}

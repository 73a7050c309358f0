package space.ocsat.hal.compute.nvidia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A fake {@code nvidia-smi}: a POSIX shell script ({@code bin/nvidia-smi}) that appends its arguments to
 * {@code calls.log} and plays recorded answers, one step per call and per kind of call (the query; {@code -pl} per
 * GPU), the last step repeating. Query answers may hold {@code @CAPn@}, replaced by GPU n's current limit, which a
 * {@code -pl} without a recorded answer sets like a real GPU would ("Power limit ... was set to ...", exit 0).
 * A step may hang instead: the script records its pid and its child's, then waits on a long sleep.
 */
final class FakeNvidiaSmi {
    private static final String SCRIPT = """
            #!/bin/sh
            # fake nvidia-smi: logs its arguments, plays the recorded answers in @DATA@ (builtins: few forks)
            d='@DATA@'
            printf '%s\\n' "$*" >> "$d/calls.log"
            kind=other; gpu=; watts=; prev=
            for a in "$@"; do
              case "$prev" in -i) gpu=$a ;; -pl) watts=$a ;; esac
              case "$a" in --query-gpu=*) kind=query ;; esac
              prev=$a
            done
            [ -n "$watts" ] && kind="pl.$gpu"
            n=0; [ -e "$d/$kind.count" ] && read -r n < "$d/$kind.count"
            n=$((n + 1)); echo "$n" > "$d/$kind.count"
            last=0; [ -e "$d/$kind.last" ] && read -r last < "$d/$kind.last"
            if [ "$last" -eq 0 ]; then
              if [ -n "$watts" ]; then
                echo "$watts" > "$d/cap.$gpu"
                echo "Power limit for GPU 00000000:0$gpu:00.0 was set to $watts W from 700.00 W."
                echo "All done."
                exit 0
              fi
              echo "fake nvidia-smi: no answer recorded for $kind" >&2
              exit 255
            fi
            step=$((n < last ? n : last))
            if [ -e "$d/$kind.$step.hang" ]; then
              echo $$ > "$d/hang.pid"
              sleep 60 &
              echo $! > "$d/hang.child.pid"
              wait
            fi
            code=0; read -r code < "$d/$kind.$step.code"
            set -- -e 's/^//'
            for f in "$d"/cap.*; do
              [ -e "$f" ] || continue
              read -r w < "$f"
              set -- "$@" -e "s/@CAP${f##*.}@/$w/g"
            done
            sed "$@" "$d/$kind.$step.out"
            exit "$code"
            """;

    private final Path data;
    private final Path bin;
    private final Map<String, Integer> steps = new HashMap<>();

    FakeNvidiaSmi(Path dir) {
        try {
            data = Files.createDirectories(dir.resolve("data"));
            bin = Files.createDirectories(dir.resolve("bin"));
            Path script = bin.resolve("nvidia-smi");
            Files.writeString(script, SCRIPT.replace("@DATA@", data.toString()));
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the script's absolute path */
    String path() {
        return bin.resolve("nvidia-smi").toString();
    }

    /** @return the directory holding the script, to put on a PATH */
    Path binDir() {
        return bin;
    }

    /** Adds a query step answering these rows, exit 0. */
    FakeNvidiaSmi query(String... rows) {
        return queryAnswer(0, String.join("\n", rows));
    }

    /** Adds a query step printing {@code output} and exiting {@code exitCode}. */
    FakeNvidiaSmi queryAnswer(int exitCode, String output) {
        return step("query", exitCode, output, false);
    }

    /** Adds a query step that hangs (60 s) before answering nothing. */
    FakeNvidiaSmi queryHangs() {
        return step("query", 0, "", true);
    }

    /** Adds a {@code -i gpu -pl W} step printing {@code output} and exiting {@code exitCode}; the limit stays. */
    FakeNvidiaSmi capAnswer(int gpu, int exitCode, String output) {
        return step("pl." + gpu, exitCode, output, false);
    }

    /** Sets GPU {@code gpu}'s current limit, shown where a query answer holds {@code @CAPgpu@}. */
    FakeNvidiaSmi cap(int gpu, String watts) {
        write("cap." + gpu, watts);
        return this;
    }

    private FakeNvidiaSmi step(String kind, int exitCode, String output, boolean hang) {
        int n = steps.merge(kind, 1, Integer::sum);
        write(kind + "." + n + ".out", output);
        write(kind + "." + n + ".code", Integer.toString(exitCode));
        if (hang) {
            write(kind + "." + n + ".hang", "");
        }
        write(kind + ".last", Integer.toString(n));
        return this;
    }

    private void write(String name, String content) {
        try {
            Files.writeString(data.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every invocation's arguments so far, in order */
    List<String> calls() {
        Path log = data.resolve("calls.log");
        try {
            return Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the invocations that were queries */
    List<String> queryCalls() {
        return calls().stream().filter(c -> c.startsWith("--query-gpu=")).toList();
    }

    /** @return the invocations that set a power limit */
    List<String> capCalls() {
        return calls().stream().filter(c -> c.contains("-pl")).toList();
    }

    /** @return the pid of the hanging script (once it hangs) */
    OptionalLong hangPid() {
        return pid("hang.pid");
    }

    /** @return the pid of the sleep the hanging script waits on */
    OptionalLong hangChildPid() {
        return pid("hang.child.pid");
    }

    private OptionalLong pid(String name) {
        try {
            Path f = data.resolve(name);
            String s = Files.exists(f) ? Files.readString(f).strip() : "";
            return s.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return one CSV row as nvidia-smi prints it ({@code ", "} between cells) */
    static String row(Object... cells) {
        List<String> s = new ArrayList<>();
        for (Object c : cells) {
            s.add(String.valueOf(c));
        }
        return String.join(", ", s);
    }
}

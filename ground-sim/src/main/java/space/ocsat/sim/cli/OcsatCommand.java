package space.ocsat.sim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ocsat} command line: one program, a subcommand per job. */
@Command(name = "ocsat", mixinStandardHelpOptions = true, version = "ocsat 0.1.0",
        description = "Flight software and ground simulator for an on-orbit compute satellite.",
        subcommands = {RunCommand.class, ScenarioCommand.class, space.ocsat.sim.ops.OpsCommand.class,
                space.ocsat.sim.bench.BenchCommand.class, ServeHalCommand.class})
public final class OcsatCommand implements Runnable {
    /** Exit code for bad options. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'ocsat run'");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams. @return the exit code */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new OcsatCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(cmd.getCommandName() + ": " + ex.getMessage()
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, ignored) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println(cmd.getCommandName() + ": " + ex.getMessage());
                return EXIT_USAGE;
            }
            cmd.getErr().println(cmd.getCommandName() + ": failed: " + (ex.getMessage() != null
                    ? ex.getMessage() : ex.getClass().getSimpleName()));
            return 1;
        });
        return cli.execute(args);
    }
}

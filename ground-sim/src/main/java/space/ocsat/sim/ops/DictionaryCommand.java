package space.ocsat.sim.ops;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import space.ocsat.sim.dictionary.Dictionary;

/** {@code ocsat ops dictionary}: prints the command and telemetry dictionary (Markdown). */
@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "Print the command and telemetry dictionary generated from the schemas (docs/DICTIONARY.md).")
final class DictionaryCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().print(Dictionary.generate());
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package space.ocsat.sim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import space.ocsat.fsw.modes.Mode;
import space.ocsat.sim.scenario.Scenario.Expectation;
import space.ocsat.sim.scenario.Scenario.TimelineEntry;

/**
 * Reads a scenario file (YAML) into a {@link Scenario}, refusing anything it does not know — a key, a fault, a
 * command, a duration — with a {@link ScenarioError} that names the file, the line, the word and the choices.
 * Works on SnakeYAML's node tree, which keeps every value's line.
 */
public final class ScenarioParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final List<String> TOP = List.of("name", "description", "seed", "duration", "satellite", "initial",
            "timeline", "expect");
    private static final List<String> SATELLITE = List.of("altitudeKm", "inclinationDeg", "missionAgeYears", "sso",
            "epoch");
    private static final List<String> INITIAL = List.of("soc", "mode");
    private static final List<String> ENTRY = List.of("at", "fault", "clear", "command", "target", "args",
            "executeAt");
    private static final List<String> EXPECT = List.of("always", "never", "eventually", "at", "that", "after",
            "within");

    private final String file;

    private ScenarioParser(String file) {
        this.file = file;
    }

    /** @return the scenario in the file @throws ScenarioError if the file is not a valid scenario */
    public static Scenario parse(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioError(path + ": cannot read: " + e.getMessage());
        }
        return parse(text, path.toString());
    }

    /** @return the scenario in the text, errors naming {@code file} */
    public static Scenario parse(String text, String file) {
        Node root;
        try (Reader r = new java.io.StringReader(text)) {
            root = new Yaml(new LoaderOptions()).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw ScenarioError.at(file, line, "not valid YAML: " + e.getProblem(), null, null);
        } catch (YAMLException | IOException e) {
            throw new ScenarioError(file + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw ScenarioError.at(file, root == null ? 1 : line(root), "a scenario is a mapping of keys", null, TOP);
        }
        return new ScenarioParser(file).scenario((MappingNode) root);
    }

    private Scenario scenario(MappingNode root) {
        Map<String, Node> top = keys(root, TOP);
        Node nameNode = require(top, "name", root);
        String name = scalar(nameNode);
        if (!NAME.matcher(name).matches()) {
            throw ScenarioError.at(file, line(nameNode), "a name is lower-case letters, digits and '-', not", name, null);
        }
        String description = top.containsKey("description") ? scalar(top.get("description")) : "";
        long seed = top.containsKey("seed") ? (long) number(top.get("seed")) : 1;
        double durationS = duration(require(top, "duration", root));
        double altitudeKm = 550;
        double inclinationDeg = Double.NaN;
        double ageYears = 0;
        boolean sso = false;
        String epoch = null;
        if (top.containsKey("satellite")) {
            Map<String, Node> sat = keys(mapping(top.get("satellite")), SATELLITE);
            altitudeKm = sat.containsKey("altitudeKm") ? number(sat.get("altitudeKm")) : altitudeKm;
            inclinationDeg = sat.containsKey("inclinationDeg") ? number(sat.get("inclinationDeg")) : inclinationDeg;
            ageYears = sat.containsKey("missionAgeYears") ? number(sat.get("missionAgeYears")) : ageYears;
            sso = sat.containsKey("sso") && bool(sat.get("sso"));
            epoch = sat.containsKey("epoch") ? scalar(sat.get("epoch")) : null;
        }
        double initialSoc = Double.NaN;
        String initialMode = null;
        if (top.containsKey("initial")) {
            Map<String, Node> init = keys(mapping(top.get("initial")), INITIAL);
            if (init.containsKey("soc")) {
                initialSoc = number(init.get("soc"));
                if (!(initialSoc > 0 && initialSoc <= 1)) {
                    throw ScenarioError.at(file, line(init.get("soc")), "initial soc must be in (0, 1], not",
                            scalar(init.get("soc")), null);
                }
            }
            if (init.containsKey("mode")) {
                initialMode = oneOf(init.get("mode"), "mode", List.of(Mode.SAFE.name(), Mode.STANDBY.name(),
                        Mode.OPERATIONAL.name()));
            }
        }
        List<TimelineEntry> timeline = top.containsKey("timeline") ? timeline(top.get("timeline"), durationS)
                : List.of();
        List<Expectation> expect = top.containsKey("expect") ? expectations(top.get("expect"), durationS) : List.of();
        return new Scenario(name, description, seed, durationS, altitudeKm, inclinationDeg, sso, epoch, ageYears,
                initialSoc, initialMode, timeline, expect);
    }

    private List<TimelineEntry> timeline(Node node, double durationS) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Node item : sequence(node)) {
            Map<String, Node> e = keys(mapping(item), ENTRY);
            double atS = duration(require(e, "at", item));
            if (atS > durationS) {
                throw ScenarioError.at(file, line(e.get("at")), "this time is after the scenario's end",
                        scalar(e.get("at")), null);
            }
            int kinds = (e.containsKey("fault") ? 1 : 0) + (e.containsKey("clear") ? 1 : 0)
                    + (e.containsKey("command") ? 1 : 0);
            if (kinds != 1) {
                throw ScenarioError.at(file, line(item), "a timeline entry has exactly one of", null,
                        List.of("fault", "clear", "command"));
            }
            TimelineEntry.Kind kind;
            String name;
            if (e.containsKey("command")) {
                kind = TimelineEntry.Kind.COMMAND;
                name = oneOf(e.get("command"), "command", ScenarioCommands.NAMES);
            } else {
                kind = e.containsKey("fault") ? TimelineEntry.Kind.FAULT : TimelineEntry.Kind.CLEAR;
                Node f = e.containsKey("fault") ? e.get("fault") : e.get("clear");
                name = oneOf(f, "fault", FaultCatalog.NAMES);
                if (!FaultCatalog.SIMULATED.contains(name)) {
                    throw ScenarioError.at(file, line(f), "fault not simulated yet", name, FaultCatalog.SIMULATED);
                }
            }
            String target = e.containsKey("target") ? scalar(e.get("target")) : null;
            Map<String, Object> args = e.containsKey("args") ? args(mapping(e.get("args"))) : Map.of();
            double executeAtS = Double.NaN;
            if (e.containsKey("executeAt")) {
                if (kind != TimelineEntry.Kind.COMMAND) {
                    throw ScenarioError.at(file, line(e.get("executeAt")), "only a command is time-tagged, not",
                            name, null);
                }
                executeAtS = duration(e.get("executeAt"));
            }
            entries.add(new TimelineEntry(atS, kind, name, target, args, executeAtS, line(item)));
        }
        entries.sort((a, b) -> Double.compare(a.atS(), b.atS()));
        return List.copyOf(entries);
    }

    private List<Expectation> expectations(Node node, double durationS) {
        List<Expectation> list = new ArrayList<>();
        for (Node item : sequence(node)) {
            Map<String, Node> e = keys(mapping(item), EXPECT);
            int line = line(item);
            if (e.containsKey("always")) {
                list.add(new Expectation(Expectation.Kind.ALWAYS, scalar(e.get("always")), 0, 0, 0, line));
            } else if (e.containsKey("never")) {
                list.add(new Expectation(Expectation.Kind.NEVER, scalar(e.get("never")), 0, 0, 0, line));
            } else if (e.containsKey("eventually")) {
                double after = e.containsKey("after") ? duration(e.get("after")) : 0;
                double within = e.containsKey("within") ? duration(e.get("within")) : durationS - after;
                list.add(new Expectation(Expectation.Kind.EVENTUALLY, scalar(e.get("eventually")), after, within, 0,
                        line));
            } else if (e.containsKey("at") && e.containsKey("that")) {
                list.add(new Expectation(Expectation.Kind.AT, scalar(e.get("that")), 0, 0, duration(e.get("at")),
                        line));
            } else {
                throw ScenarioError.at(file, line, "an expectation is one of", null,
                        List.of("always", "never", "eventually (after, within)", "at + that"));
            }
        }
        return List.copyOf(list);
    }

    private Map<String, Object> args(MappingNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = scalar(t.getKeyNode());
            String v = scalar(t.getValueNode());
            double d = Durations.parse(v);
            out.put(key, Double.isNaN(d) ? v : (Object) d);
        }
        return out;
    }

    /** The mapping's keys, each checked against the allowed ones; a repeated key is refused too. */
    private Map<String, Node> keys(MappingNode node, List<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                throw ScenarioError.at(file, line(t.getKeyNode()), "unknown key", key, allowed);
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw ScenarioError.at(file, line(t.getKeyNode()), "repeated key", key, null);
            }
        }
        return out;
    }

    private Node require(Map<String, Node> map, String key, Node parent) {
        Node n = map.get(key);
        if (n == null) {
            throw ScenarioError.at(file, line(parent), "missing required key", key, null);
        }
        return n;
    }

    private String oneOf(Node node, String what, List<String> choices) {
        String v = scalar(node);
        if (!choices.contains(v)) {
            throw ScenarioError.at(file, line(node), "unknown " + what, v, choices);
        }
        return v;
    }

    private double duration(Node node) {
        String v = scalar(node);
        double s = Durations.parse(v);
        if (Double.isNaN(s)) {
            throw ScenarioError.at(file, line(node), "bad duration", v, List.of("a number with s, min, h or d"));
        }
        return s;
    }

    private double number(Node node) {
        String v = scalar(node);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ScenarioError.at(file, line(node), "not a number", v, null);
        }
    }

    private boolean bool(Node node) {
        return oneOf(node, "boolean", List.of("true", "false")).equals("true");
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode)) {
            throw ScenarioError.at(file, line(node), "expected a single value here", null, null);
        }
        return ((ScalarNode) node).getValue();
    }

    private MappingNode mapping(Node node) {
        if (!(node instanceof MappingNode)) {
            throw ScenarioError.at(file, line(node), "expected keys and values here", null, null);
        }
        return (MappingNode) node;
    }

    private List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode)) {
            throw ScenarioError.at(file, line(node), "expected a list here", null, null);
        }
        return ((SequenceNode) node).getValue();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** Scenario files a directory holds (*.yaml, *.yml), sorted. */
    public static List<Path> filesIn(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> Set.of("yaml", "yml").contains(extension(p))).sorted().toList();
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}

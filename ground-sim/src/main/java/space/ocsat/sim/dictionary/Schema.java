package space.ocsat.sim.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dictionary needs from the .fbs files: enums, unions and tables with their doc comments
 * ({@code ///}), in declaration order. A reader of the subset of the FlatBuffers grammar the ocsat
 * schemas use (namespace, include, enum, union, table, root_type, attributes in parentheses).
 */
final class Schema {
    /** A named item with its documentation. */
    record Member(String name, String type, String value, String doc) {
    }

    /** An enum, union or table. */
    record Decl(String kind, String name, String type, String doc, List<Member> members) {
    }

    final Map<String, Decl> decls = new LinkedHashMap<>();

    /** Parses one schema file's text into this schema. */
    void parse(String text) {
        List<String> docs = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("///")) {
                docs.add(line.substring(3).strip());
                continue;
            }
            if (line.startsWith("//") || line.isEmpty()) {
                if (line.isEmpty()) {
                    docs.clear();
                }
                continue;
            }
            String[] words = line.split("[\\s{:]+");
            String keyword = words[0];
            if (keyword.equals("enum") || keyword.equals("union") || keyword.equals("table")) {
                String name = words[1];
                String type = keyword.equals("enum") ? line.replaceAll(".*:\\s*(\\w+).*", "$1") : "";
                String doc = String.join(" ", docs);
                docs.clear();
                List<Member> members = new ArrayList<>();
                i = members(lines, i, keyword, members);
                decls.put(name, new Decl(keyword, name, type, doc, members));
            } else {
                docs.clear();
            }
        }
    }

    /** Reads the members up to the closing brace. @return the index of the closing line */
    private static int members(String[] lines, int start, String kind, List<Member> out) {
        List<String> docs = new ArrayList<>();
        int i = start;
        if (lines[i].contains("}")) {
            return i;
        }
        for (i = start + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("}")) {
                return i;
            }
            if (line.startsWith("///")) {
                docs.add(line.substring(3).strip());
                continue;
            }
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            String body = line.replaceAll("\\(.*\\)", "").replaceAll("[,;]\\s*$", "").strip();
            String doc = String.join(" ", docs);
            docs.clear();
            if (kind.equals("table")) {
                String[] parts = body.split(":", 2);
                out.add(new Member(parts[0].strip(), parts[1].strip(), "", doc));
            } else if (kind.equals("enum")) {
                String[] parts = body.split("=", 2);
                out.add(new Member(parts[0].strip(), "", parts.length > 1 ? parts[1].strip() : "", doc));
            } else {
                out.add(new Member(body, "", Integer.toString(out.size() + 1), doc));
            }
        }
        throw new IllegalArgumentException("unterminated " + kind + " at line " + (start + 1));
    }

    /** @return the declaration, or null */
    Decl get(String name) {
        return decls.get(name);
    }
}

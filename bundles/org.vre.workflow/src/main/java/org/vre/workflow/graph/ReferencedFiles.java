package org.vre.workflow.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vre.core.VreException;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.Severity;
import org.vre.workflow.yaml.SourceSpan;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlSequence;
import org.vre.workflow.yaml.YamlTreeParser;

/** Reads the YAML files a workflow refers to (each once) and collects the problems found in them. */
final class ReferencedFiles {

    private final YamlTreeParser parser;
    private final Map<Path, YamlDocument> documents = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final String referrer;

    ReferencedFiles(YamlLimits limits, String referrer) {
        this.parser = new YamlTreeParser(limits);
        this.referrer = referrer;
    }

    List<Diagnostic> problems() {
        return problems;
    }

    /** The parsed file, or null (with a problem reported at {@code from}) when it is missing or malformed. */
    YamlDocument load(Path path, String fromFile, SourceSpan from) {
        Path key = path.toAbsolutePath().normalize();
        if (documents.containsKey(key)) {
            return documents.get(key);
        }
        YamlDocument document = null;
        if (!Files.isRegularFile(key)) {
            problem(fromFile, from, "referenced file '" + path + "' does not exist: the workflow cannot be loaded");
        } else {
            try {
                document = parser.parse(path.toString(), Files.readString(key));
            } catch (VreException e) {
                problems.add(new Diagnostic(Severity.ERROR, path.toString(), 1, 1, "referenced-file", e.getMessage()));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                problem(fromFile, from, "cannot read '" + path + "': " + e.getMessage());
            }
        }
        documents.put(key, document);
        return document;
    }

    void problem(String file, SourceSpan at, String message) {
        SourceSpan span = at != null && at.isKnown() ? at : new SourceSpan(0, 0, 1, 1);
        problems.add(new Diagnostic(Severity.ERROR, file == null ? referrer : file, span.line(), span.column(),
                "referenced-file", message));
    }

    /** The node at a JSON pointer fragment ({@code /generate}) of a document, or null. */
    static YamlNode pointer(YamlNode root, String fragment) {
        YamlNode node = root;
        if (fragment == null || fragment.isEmpty() || fragment.equals("/")) {
            return node;
        }
        for (String segment : fragment.replaceFirst("^/", "").split("/")) {
            if (node == null) {
                return null;
            }
            YamlNode current = node.resolved();
            if (current instanceof YamlMapping map) {
                node = map.get(segment.replace("~1", "/").replace("~0", "~"));
            } else if (current instanceof YamlSequence seq && segment.matches("\\d+")
                    && Integer.parseInt(segment) < seq.items().size()) {
                node = seq.items().get(Integer.parseInt(segment));
            } else {
                return null;
            }
        }
        return node;
    }
}

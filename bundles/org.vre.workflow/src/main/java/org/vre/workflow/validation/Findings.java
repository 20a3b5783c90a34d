package org.vre.workflow.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.vre.workflow.internal.SourceBinding;
import org.vre.workflow.model.Located;
import org.vre.workflow.yaml.SourceSpan;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlSequence;

/** Collects diagnostics for one file and finds the positions of model values in its text. */
final class Findings {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    String file() {
        return file;
    }

    void add(Severity severity, SourceSpan at, String code, String message) {
        SourceSpan span = at == null || !at.isKnown() ? new SourceSpan(0, 0, 1, 1) : at;
        diagnostics.add(new Diagnostic(severity, file, span.line(), span.column(), code, message));
    }

    void error(SourceSpan at, String code, String message) {
        add(Severity.ERROR, at, code, message);
    }

    void warning(SourceSpan at, String code, String message) {
        add(Severity.WARNING, at, code, message);
    }

    void info(SourceSpan at, String code, String message) {
        add(Severity.INFO, at, code, message);
    }

    /** Where {@code object} starts. */
    static SourceSpan at(EObject object) {
        if (object instanceof Located l && l.getLine() > 0) {
            return new SourceSpan(0, 0, l.getLine(), l.getColumn());
        }
        return object != null && object.eContainer() != null ? at(object.eContainer()) : SourceSpan.NONE;
    }

    /** Where the value of {@code key} of {@code object} is written (the object itself when the key is absent). */
    static SourceSpan at(EObject object, String key) {
        YamlNode node = valueNode(object, key);
        return node != null ? node.span() : at(object);
    }

    /** Where item {@code index} of the list under {@code key} is written. */
    static SourceSpan at(EObject object, String key, int index) {
        YamlNode node = valueNode(object, key);
        if (node != null && node.resolved() instanceof YamlSequence seq && index < seq.items().size()) {
            return seq.items().get(index).span();
        }
        return at(object, key);
    }

    /** Where the key {@code key} of {@code object} is written. */
    static SourceSpan keyAt(EObject object, String key) {
        SourceBinding binding = object == null ? null : SourceBinding.of(object);
        if (binding != null && binding.node() instanceof YamlMapping map) {
            YamlEntry entry = map.entry(key);
            if (entry != null) {
                return entry.key().span();
            }
        }
        return at(object);
    }

    static YamlNode valueNode(EObject object, String key) {
        SourceBinding binding = object == null ? null : SourceBinding.of(object);
        if (binding != null && binding.node() instanceof YamlMapping map) {
            return map.get(key);
        }
        return null;
    }
}

package org.vre.workflow.yaml;

/**
 * A parsed YAML file: the exact text, its root node (null for an empty document) and a line index.
 * The text is kept whole so that saving can write minimal edits into it.
 */
public record YamlDocument(String source, String text, YamlNode root, LineIndex lines) {

    public SourceSpan spanOf(int start, int end) {
        return lines.span(start, end);
    }
}

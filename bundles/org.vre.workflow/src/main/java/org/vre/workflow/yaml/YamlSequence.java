package org.vre.workflow.yaml;

import java.util.List;

/** A sequence (list), block ({@code - item}) or flow ({@code [a, b]}). */
public record YamlSequence(List<YamlNode> items, boolean flow, String anchor, SourceSpan span) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}

package org.vre.workflow.yaml;

/** An alias ({@code *name}) to a node anchored earlier in the document. */
public record YamlAlias(String name, YamlNode target, SourceSpan span) implements YamlNode {

    @Override
    public String anchor() {
        return null;
    }

    @Override
    public YamlNode resolved() {
        return target.resolved();
    }

    @Override
    public String describe() {
        return target.describe();
    }
}

package org.vre.workflow.yaml;

/** A node of a YAML document as written, with its place in the text. */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence, YamlAlias {

    SourceSpan span();

    /** The anchor ({@code &name}) on this node, or null. */
    String anchor();

    /** This node with aliases followed to the node they name. */
    default YamlNode resolved() {
        return this;
    }

    /** What the node holds, in words for messages: "a string", "a list", "a mapping"... */
    String describe();
}

package org.vre.workflow.yaml;

/** One {@code key: value} pair of a mapping. */
public record YamlEntry(YamlNode key, YamlNode value) {

    /** The key as text (non-scalar keys give their description). */
    public String keyText() {
        YamlNode k = key.resolved();
        return k instanceof YamlScalar scalar ? scalar.value() : k.describe();
    }
}

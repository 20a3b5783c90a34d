package org.vre.workflow.yaml;

/** A scalar: its value after YAML unquoting, its resolved type and how it was written. */
public record YamlScalar(String value, ScalarType type, ScalarStyle style, String anchor, SourceSpan span)
        implements YamlNode {

    @Override
    public String describe() {
        return type.description() + (type == ScalarType.NULL ? "" : " (" + abbreviate(value) + ")");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}

package org.vre.workflow.yaml;

/** How a scalar resolves, with PyYAML's YAML 1.1 rules, which are the rules REANA reads reana.yaml with. */
public enum ScalarType {
    STRING("a string"), INTEGER("an integer"), FLOAT("a number"), BOOLEAN("a boolean"), NULL("null"),
    TIMESTAMP("a date");

    private final String description;

    ScalarType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

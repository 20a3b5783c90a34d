package org.vre.workflow.yaml;

/** How a scalar is written in the text; kept so an edited value is written back the same way. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED
}

package org.vre.workflow.plan;

import org.vre.workflow.internal.ScalarValues;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.yaml.ScalarStyle;
import org.vre.workflow.yaml.ScalarType;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.SourceSpan;

/** The text REANA substitutes for a parameter: Python's {@code str()} of the value PyYAML read. */
final class ParameterText {

    private ParameterText() {
    }

    static String python(Parameter p) {
        ValueType type = p.getType();
        String value = p.getValue();
        if (value == null || type == ValueType.NULL) {
            return "None";
        }
        ScalarType scalarType = switch (type) {
            case INTEGER -> ScalarType.INTEGER;
            case FLOAT -> ScalarType.FLOAT;
            case BOOLEAN -> ScalarType.BOOLEAN;
            default -> ScalarType.STRING;
        };
        try {
            return ScalarValues.pythonText(new YamlScalar(value, scalarType, ScalarStyle.PLAIN, null, SourceSpan.NONE));
        } catch (NumberFormatException e) {
            return value; // a value edited into a form YAML would read as a string: substitute it as written
        }
    }
}

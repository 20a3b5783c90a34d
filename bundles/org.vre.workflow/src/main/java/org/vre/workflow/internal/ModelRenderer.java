package org.vre.workflow.internal;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.yaml.ScalarStyle;

/** Writes model objects and values that have no text yet as block YAML, two spaces per level. */
final class ModelRenderer {

    private final String newline;

    ModelRenderer(String newline) {
        this.newline = newline;
    }

    /** The text that follows {@code key:} for {@code value}, for a key written at column {@code indent}. */
    String afterKey(EStructuralFeature feature, Object value, int indent) {
        if (feature instanceof EReference reference) {
            if (!reference.isMany()) {
                String block = block((EObject) value, indent + 2);
                return block.isEmpty() ? " {}" : newline + block;
            }
            List<?> items = (List<?>) value;
            if (items.isEmpty()) {
                return YamlKeys.isMap(reference) ? " {}" : " []";
            }
            StringBuilder out = new StringBuilder();
            for (Object item : items) {
                out.append(newline).append(YamlKeys.isMap(reference)
                        ? entry((EObject) item, indent + 2) : sequenceItem((EObject) item, indent + 2));
            }
            return out.toString();
        }
        if (feature.isMany()) {
            return scalarList((EAttribute) feature, (List<?>) value, indent + 2);
        }
        return " " + scalar(value);
    }

    /** The object's saved features as block mapping lines, each indented by {@code indent}. */
    String block(EObject object, int indent) {
        StringBuilder out = new StringBuilder();
        for (EStructuralFeature feature : YamlKeys.savedFeatures(object.eClass())) {
            if (!object.eIsSet(feature)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(newline);
            }
            out.append(" ".repeat(indent)).append(key(YamlKeys.keyOf(feature))).append(':')
                    .append(afterKey(feature, object.eGet(feature), indent));
        }
        return out.toString();
    }

    /** A sequence item {@code - ...} with its dash at column {@code dashIndent}. */
    String sequenceItem(EObject object, int dashIndent) {
        String block = block(object, dashIndent + 2);
        return " ".repeat(dashIndent) + "- " + (block.isEmpty() ? "{}" : block.substring(dashIndent + 2));
    }

    /** A mapping entry for an object written as {@code key: value} (parameter, option, scatter, retention rule). */
    String entry(EObject object, int indent) {
        EClass type = object.eClass();
        Object name = object.eGet(YamlKeys.mapKeyFeature(type));
        return " ".repeat(indent) + key(name == null ? "" : name.toString()) + ":" + entryValue(object, indent);
    }

    /** The text after {@code key:} for an entry object's value. */
    String entryValue(EObject object, int indent) {
        EClass type = object.eClass();
        EAttribute valueFeature = (EAttribute) YamlKeys.mapValueFeature(type);
        Object value = object.eGet(valueFeature);
        EStructuralFeature typeFeature = type.getEStructuralFeature("type");
        if (typeFeature != null && object.eGet(typeFeature) instanceof ValueType valueType) {
            return " " + typedText(valueType, (String) value);
        }
        if (valueFeature.isMany()) {
            return scalarList(valueFeature, (List<?>) value, indent + 2);
        }
        return value == null ? " null" : " " + scalar(value);
    }

    String scalarList(EAttribute feature, List<?> values, int indent) {
        if (values.isEmpty()) {
            return " []";
        }
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            out.append(newline).append(" ".repeat(indent)).append("- ").append(scalar(v));
        }
        return out.toString();
    }

    /** A list of scalars on one line: {@code [a, b]}. */
    String flowList(List<?> values) {
        StringBuilder out = new StringBuilder("[");
        for (Object v : values) {
            out.append(out.length() > 1 ? ", " : "").append(v instanceof String s
                    ? ScalarText.string(s, ScalarStyle.PLAIN, true) : scalar(v));
        }
        return out.append(']').toString();
    }

    /** Entry objects on one line: {@code {name: value, ...}}. */
    String flowEntries(List<?> items) {
        StringBuilder out = new StringBuilder("{");
        for (Object item : items) {
            EObject object = (EObject) item;
            Object name = object.eGet(YamlKeys.mapKeyFeature(object.eClass()));
            EAttribute valueFeature = (EAttribute) YamlKeys.mapValueFeature(object.eClass());
            Object value = object.eGet(valueFeature);
            EStructuralFeature typeFeature = object.eClass().getEStructuralFeature("type");
            String text;
            if (typeFeature != null && object.eGet(typeFeature) instanceof ValueType valueType) {
                text = valueType == ValueType.STRING && value != null
                        ? ScalarText.string((String) value, ScalarStyle.PLAIN, true) : typedText(valueType, (String) value);
            } else if (valueFeature.isMany()) {
                text = flowList((List<?>) value);
            } else {
                text = value == null ? "null" : scalar(value);
            }
            out.append(out.length() > 1 ? ", " : "").append(ScalarText.string(String.valueOf(name), ScalarStyle.PLAIN,
                    true)).append(": ").append(text);
        }
        return out.append('}').toString();
    }

    /** A scalar for a model value: numbers and booleans plain, enum literals and strings as strings. */
    static String scalar(Object value) {
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enumerator literal) {
            return ScalarText.string(literal.getLiteral(), ScalarStyle.PLAIN, false);
        }
        return ScalarText.string(String.valueOf(value), ScalarStyle.PLAIN, false);
    }

    /** A parameter or option value written so YAML reads it back with its type. */
    static String typedText(ValueType type, String text) {
        if (text == null || type == ValueType.NULL) {
            return "null";
        }
        return switch (type) {
            case INTEGER, FLOAT, BOOLEAN -> ScalarText.isPlainSafe(text, false) ? ScalarText.string(text, ScalarStyle.PLAIN, false) : text;
            case LIST, MAP -> FlowText.of(text);
            default -> ScalarText.string(text, ScalarStyle.PLAIN, false);
        };
    }

    private static String key(String key) {
        return ScalarText.string(key, ScalarStyle.PLAIN, false);
    }
}

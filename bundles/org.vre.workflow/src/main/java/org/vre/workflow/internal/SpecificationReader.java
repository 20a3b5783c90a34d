package org.vre.workflow.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vre.workflow.model.Located;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowPackage;
import org.vre.workflow.yaml.ScalarType;
import org.vre.workflow.yaml.SourceSpan;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;

/**
 * Reads a parsed reana.yaml into the model, driven by the Ecore annotations ({@link YamlKeys}). It never fails on
 * content: what does not fit the model (wrong types, unknown keys) stays in the text, untouched by saves, and the
 * validator reports it.
 */
public final class SpecificationReader {

    private final WorkflowFactory factory;
    /** The text being read: list and mapping parameter values keep their written form. */
    private String documentText;

    public SpecificationReader(WorkflowFactory factory) {
        this.factory = factory;
    }

    public SpecificationReader() {
        this(WorkflowFactory.eINSTANCE);
    }

    /** Reads {@code document}; one reader reads one document at a time. */
    public Specification read(YamlDocument document) {
        this.documentText = document.text();
        Specification specification = factory.createSpecification();
        YamlNode root = document.root() == null ? null : document.root().resolved();
        if (root instanceof YamlMapping mapping) {
            readObject(specification, mapping);
        } else {
            specification.eAdapters().add(new SourceBinding(root, null));
            if (root != null) {
                locate(specification, root.span());
            }
        }
        return specification;
    }

    private void readObject(EObject object, YamlMapping mapping) {
        SourceBinding binding = new SourceBinding(mapping, null);
        object.eAdapters().add(binding);
        locate(object, mapping.span());
        for (EStructuralFeature feature : YamlKeys.savedFeatures(object.eClass())) {
            YamlNode value = mapping.get(YamlKeys.keyOf(feature));
            if (value == null) {
                binding.remember(feature, null);
                continue;
            }
            if (feature instanceof EReference reference) {
                readReference(object, reference, value.resolved(), binding);
            } else {
                readAttribute(object, (EAttribute) feature, value, binding);
            }
        }
    }

    private void readReference(EObject object, EReference reference, YamlNode value, SourceBinding binding) {
        EClass type = reference.getEReferenceType();
        if (!reference.isMany()) {
            if (value instanceof YamlMapping mapping) {
                EObject child = factory.create(type);
                object.eSet(reference, child);
                readObject(child, mapping);
                binding.remember(reference, child);
            }
            return;
        }
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) object.eGet(reference);
        if (YamlKeys.isMap(reference)) {
            if (value instanceof YamlMapping mapping) {
                for (YamlEntry entry : mapping.effectiveEntries()) {
                    list.add(readEntryObject(type, entry));
                }
                binding.remember(reference, new ArrayList<>(list));
            }
        } else if (value instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item.resolved() instanceof YamlMapping mapping) {
                    EObject child = factory.create(type);
                    list.add(child);
                    readObject(child, mapping);
                }
            }
            if (list.size() == sequence.items().size()) {
                binding.remember(reference, new ArrayList<>(list));
            }
        }
    }

    /** An object written as one {@code key: value} entry (a parameter, an option, a scatter list, a retention rule). */
    private EObject readEntryObject(EClass type, YamlEntry entry) {
        EObject object = factory.create(type);
        SourceBinding binding = new SourceBinding(entry.value(), entry);
        object.eAdapters().add(binding);
        locate(object, entry.key().span());
        EAttribute keyFeature = (EAttribute) YamlKeys.mapKeyFeature(type);
        EAttribute valueFeature = (EAttribute) YamlKeys.mapValueFeature(type);
        object.eSet(keyFeature, entry.keyText());
        binding.remember(keyFeature, entry.keyText());
        YamlNode value = entry.value().resolved();
        EStructuralFeature typeFeature = type.getEStructuralFeature("type");
        if (typeFeature != null && typeFeature.getEType() == WorkflowPackage.Literals.VALUE_TYPE) {
            // parameters and options keep any YAML value: scalars as text, lists and mappings as their source text
            ValueType valueType = valueTypeOf(value);
            object.eSet(typeFeature, valueType);
            String text = value instanceof YamlScalar s ? (s.type() == ScalarType.NULL ? null : s.value())
                    : sourceText(value);
            object.eSet(valueFeature, text);
            binding.remember(valueFeature, text);
            binding.remember(typeFeature, valueType);
            return object;
        }
        if (valueFeature.isMany()) {
            List<String> values = new ArrayList<>();
            boolean readable = true;
            List<YamlNode> items = value instanceof YamlSequence seq ? seq.items() : List.of(value);
            for (YamlNode item : items) {
                String text = ScalarValues.textOrNull(item);
                if (text == null) {
                    readable = false;
                } else {
                    values.add(text);
                }
            }
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) object.eGet(valueFeature);
            list.addAll(values);
            if (readable && value instanceof YamlSequence) {
                binding.remember(valueFeature, new ArrayList<>(values));
            }
        } else {
            Object converted = convert(valueFeature.getEAttributeType(), value);
            if (converted != null) {
                object.eSet(valueFeature, converted);
                binding.remember(valueFeature, converted);
            }
        }
        return object;
    }

    private void readAttribute(EObject object, EAttribute attribute, YamlNode value, SourceBinding binding) {
        YamlNode resolved = value.resolved();
        if (attribute.isMany()) {
            if (resolved instanceof YamlSequence sequence) {
                List<Object> values = new ArrayList<>();
                for (YamlNode item : sequence.items()) {
                    Object converted = convert(attribute.getEAttributeType(), item);
                    if (converted == null) {
                        return; // a list we cannot represent stays as written
                    }
                    values.add(converted);
                }
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) object.eGet(attribute);
                list.addAll(values);
                binding.remember(attribute, values);
            }
            return;
        }
        Object converted = convert(attribute.getEAttributeType(), resolved);
        if (converted != null) {
            object.eSet(attribute, converted);
            binding.remember(attribute, converted);
        }
    }

    private static Object convert(EDataType type, YamlNode node) {
        if (type instanceof EEnum eEnum) {
            String text = ScalarValues.textOrNull(node);
            EEnumLiteral literal = text == null ? null : eEnum.getEEnumLiteralByLiteral(text);
            return literal == null ? null : literal.getInstance();
        }
        Class<?> javaType = type.getInstanceClass();
        if (javaType == Integer.class || javaType == int.class) {
            return ScalarValues.intOrNull(node);
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return ScalarValues.boolOrNull(node);
        }
        return ScalarValues.textOrNull(node);
    }

    static ValueType valueTypeOf(YamlNode value) {
        if (value instanceof YamlSequence) {
            return ValueType.LIST;
        }
        if (value instanceof YamlMapping) {
            return ValueType.MAP;
        }
        YamlScalar scalar = (YamlScalar) value;
        return switch (scalar.type()) {
            case INTEGER -> ValueType.INTEGER;
            case FLOAT -> ValueType.FLOAT;
            case BOOLEAN -> ValueType.BOOLEAN;
            case NULL -> ValueType.NULL;
            default -> ValueType.STRING;
        };
    }

    private String sourceText(YamlNode node) {
        return node.span().isKnown() && documentText != null
                ? documentText.substring(node.span().start(), node.span().end()).strip() : node.describe();
    }

    private static void locate(EObject object, SourceSpan span) {
        if (object instanceof Located located) {
            located.setLine(span.line());
            located.setColumn(span.column());
        }
    }
}

package org.vre.workflow.internal;

import java.math.BigInteger;

import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON value PyYAML would hand to jsonschema for a YAML tree: aliases expanded, merge keys applied, YAML 1.1
 * types. Expansion is bounded, so an alias bomb stops with a message instead of exhausting memory.
 */
public final class JsonTree {

    /** Thrown when expanding aliases would visit more nodes than allowed. */
    public static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super(null, null, false, false);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private int budget;

    private JsonTree(int budget) {
        this.budget = budget;
    }

    public static JsonNode of(YamlNode root, int maxNodes) {
        return root == null ? NODES.nullNode() : new JsonTree(maxNodes).convert(root);
    }

    private JsonNode convert(YamlNode node) {
        if (--budget < 0) {
            throw new TooLargeException();
        }
        YamlNode n = node.resolved();
        if (n instanceof YamlScalar s) {
            return switch (s.type()) {
                case NULL -> NODES.nullNode();
                case BOOLEAN -> NODES.booleanNode(ScalarValues.bool(s.value()));
                case INTEGER -> {
                    BigInteger value = ScalarValues.integer(s.value());
                    yield value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
                }
                case FLOAT -> NODES.numberNode(ScalarValues.floating(s.value()));
                default -> NODES.textNode(s.value());
            };
        }
        if (n instanceof YamlSequence seq) {
            ArrayNode array = NODES.arrayNode(seq.items().size());
            for (YamlNode item : seq.items()) {
                array.add(convert(item));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        for (YamlEntry e : ((YamlMapping) n).effectiveEntries()) {
            object.set(e.keyText(), convert(e.value()));
        }
        return object;
    }
}

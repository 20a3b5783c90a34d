package org.vre.workflow.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.vre.workflow.internal.JsonTree;
import org.vre.workflow.yaml.SourceSpan;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlSequence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a document against REANA's own JSON schema (reana-commons, draft-07), as {@code reana-client validate}
 * does: unknown keys are warnings, every other violation is an error. Positions come from the YAML tree.
 */
final class SchemaCheck {

    static final String SCHEMA_RESOURCE = "reana_analysis_schema.json";
    /** Keys of the VRE extension for parallel work, allowed in serial steps. */
    static final Set<String> EXTENSION_KEYS = Set.of("depends_on", "scatter");
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("version", "inputs", "workflow", "outputs", "tests",
            "workspace");

    private final JsonSchema schema;
    private final YamlLimits limits;

    SchemaCheck(YamlLimits limits) {
        this.limits = limits;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the REANA schema is missing from the bundle: " + SCHEMA_RESOURCE);
            }
            JsonNode schemaNode = new ObjectMapper().readTree(in);
            dropLegacyIds(schemaNode);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .locale(java.util.Locale.ROOT).build();
            // the schema's relative "$id"s need an absolute base; nothing is fetched from it
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
                    SchemaLocation.of("https://schemas.vre.invalid/reana/" + SCHEMA_RESOURCE), schemaNode, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema has one draft-04 {@code "id"} (on {@code resources.rucio}); Python's jsonschema ignores it, the
     * Java validator rejects the schema for it. It names nothing that is referenced, so it is removed.
     */
    private static void dropLegacyIds(JsonNode schemaNode) {
        if (schemaNode instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.fields().forEachRemaining(field -> {
                if (field.getKey().equals("properties")) {
                    field.getValue().forEach(SchemaCheck::dropLegacyIds);
                } else {
                    dropLegacyIds(field.getValue());
                }
            });
        } else if (schemaNode != null && schemaNode.isArray()) {
            schemaNode.forEach(SchemaCheck::dropLegacyIds);
        }
    }

    void check(YamlDocument document, Findings findings) {
        JsonNode json;
        try {
            json = JsonTree.of(document.root(), limits.maxExpandedNodes());
        } catch (JsonTree.TooLargeException e) {
            findings.error(document.root().span(), "alias-expansion", "aliases expand to more than "
                    + limits.maxExpandedNodes() + " nodes (an alias bomb?): the file is not checked further");
            return;
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(json));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        boolean serial = json.path("workflow").path("type").asText("").equals("serial");
        for (ValidationMessage message : messages) {
            report(document, message, serial, findings);
        }
    }

    private void report(YamlDocument document, ValidationMessage message, boolean serial, Findings findings) {
        String pointer = message.getInstanceLocation().toString();
        YamlNode node = find(document.root(), pointer);
        SourceSpan at = node == null ? SourceSpan.NONE : node.span();
        String where = describe(pointer);
        if ("additionalProperties".equals(message.getType())) {
            String key = message.getProperty();
            SourceSpan keyAt = keySpan(node, key, at);
            if (serial && EXTENSION_KEYS.contains(key) && pointer.matches("/workflow/specification/steps/\\d+")) {
                findings.info(keyAt, "extension", "'" + key + "' in " + where + " is a VRE extension: REANA ignores"
                        + " it (reana-client reports it as an unknown key)");
            } else if (TOP_LEVEL_KEYS.contains(key) && !pointer.isEmpty()) {
                findings.warning(keyAt, "misplaced-key", "unknown key '" + key + "' in " + where + ": '" + key
                        + "' belongs at the top level of the file; here it is ignored"
                        + ("outputs".equals(key) ? " and the outputs are not collected" : ""));
            } else {
                findings.warning(keyAt, "unknown-key", "unknown key '" + key + "' in " + where
                        + " (REANA ignores it)");
            }
            return;
        }
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        String detail = colon >= 0 && text.startsWith(pointer.isEmpty() ? "" : pointer) ? text.substring(colon + 2)
                : text;
        findings.error(at, "schema", where + ": " + detail);
    }

    private static SourceSpan keySpan(YamlNode node, String key, SourceSpan fallback) {
        if (node != null && node.resolved() instanceof YamlMapping map && key != null) {
            for (YamlEntry e : map.entries()) {
                if (key.equals(e.keyText())) {
                    return e.key().span();
                }
            }
        }
        return fallback;
    }

    /** The YAML node at a JSON pointer ({@code /workflow/specification/steps/0}). */
    static YamlNode find(YamlNode root, String pointer) {
        YamlNode node = root;
        if (pointer.isEmpty() || node == null) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            YamlNode current = node.resolved();
            YamlNode next = null;
            if (current instanceof YamlMapping map) {
                next = map.get(segment);
            } else if (current instanceof YamlSequence seq && segment.matches("\\d+")) {
                int index = Integer.parseInt(segment);
                next = index < seq.items().size() ? seq.items().get(index) : null;
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    /** A JSON pointer in words: {@code workflow.specification.steps[0]}, or "the file" for the root. */
    static String describe(String pointer) {
        if (pointer.isEmpty()) {
            return "the file";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (segment.matches("\\d+")) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return "'" + out + "'";
    }
}

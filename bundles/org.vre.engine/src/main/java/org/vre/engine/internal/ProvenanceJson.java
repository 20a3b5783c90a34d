package org.vre.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.engine.Provenance;
import org.vre.engine.Provenance.FileRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code provenance.json}: a plain, self-describing document meant to outlive the application. */
public final class ProvenanceJson {

    private ProvenanceJson() {
    }

    public static ObjectNode toJson(Provenance p) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("format", "vre-provenance/1");
        node.put("runId", p.runId());
        node.put("vreVersion", p.vreVersion());
        node.put("host", p.host());
        ArrayNode executors = node.putArray("executors");
        p.executors().forEach(executors::add);
        ObjectNode spec = node.putObject("specification");
        spec.put("file", p.specificationFile());
        spec.put("sha256", p.specificationSha256());
        spec.put("text", p.specificationText());
        ObjectNode git = node.putObject("git");
        git.put("commit", p.gitCommit());
        git.put("dirty", p.gitDirty());
        ObjectNode parameters = node.putObject("parameters");
        p.parameters().forEach(parameters::put);
        ArrayNode images = node.putArray("images");
        p.images().forEach(images::add);
        Json.put(node, "started", p.started());
        Json.put(node, "ended", p.ended());
        files(node.putArray("inputs"), p.inputs());
        files(node.putArray("outputs"), p.outputs());
        return node;
    }

    private static void files(ArrayNode array, List<FileRecord> files) {
        for (FileRecord f : files) {
            ObjectNode n = array.addObject();
            n.put("name", f.name());
            n.put("source", f.source());
            n.put("bytes", f.bytes());
            n.put("adler32", f.adler32());
            n.put("sha256", f.sha256());
        }
    }

    public static Provenance fromJson(JsonNode node) {
        JsonNode spec = node.path("specification");
        JsonNode git = node.path("git");
        Map<String, String> parameters = new LinkedHashMap<>();
        node.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
        return new Provenance(Json.text(node, "runId"), Json.text(spec, "file"), Json.text(spec, "sha256"),
                Json.text(spec, "text"), parameters, files(node.path("inputs")), strings(node.path("images")),
                strings(node.path("executors")), Json.text(node, "host"), Json.text(node, "vreVersion"),
                Json.text(git, "commit"), git.path("dirty").asBoolean(false), Json.instant(node, "started"),
                Json.instant(node, "ended"), files(node.path("outputs")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static List<FileRecord> files(JsonNode array) {
        List<FileRecord> list = new ArrayList<>();
        for (JsonNode n : array) {
            list.add(new FileRecord(Json.text(n, "name"), Json.text(n, "source"), n.path("bytes").asLong(),
                    Json.text(n, "adler32"), Json.text(n, "sha256")));
        }
        return list;
    }
}

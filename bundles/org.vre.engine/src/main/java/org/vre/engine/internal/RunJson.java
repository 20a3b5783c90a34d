package org.vre.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.engine.JobRun;
import org.vre.engine.ResourceUsage;
import org.vre.engine.Run;
import org.vre.engine.RunOptions;
import org.vre.engine.RunState;
import org.vre.engine.StepRun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Run records to and from JSON ({@code run.json}); field names are those {@code vre status --json} prints. */
public final class RunJson {

    private RunJson() {
    }

    public static ObjectNode toJson(Run run) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", run.id());
        node.put("name", run.name());
        node.put("status", run.state().label());
        node.put("message", run.message());
        node.put("progress", run.progress().toString());
        Json.put(node, "analysisDirectory", run.analysisDirectory());
        Json.put(node, "specificationFile", run.specificationFile());
        Json.put(node, "workspace", run.workspace());
        Json.put(node, "created", run.created());
        Json.put(node, "started", run.started());
        Json.put(node, "ended", run.ended());
        node.put("ownerPid", run.ownerPid());
        node.put("attempt", run.attempt());
        ObjectNode parameters = node.putObject("parameters");
        run.parameters().forEach(parameters::put);
        node.set("options", options(run.options()));
        ArrayNode steps = node.putArray("steps");
        for (StepRun step : run.steps()) {
            ObjectNode s = steps.addObject();
            s.put("name", step.name());
            s.put("status", step.state().label());
            s.put("environment", step.environment());
            s.put("backend", step.backend());
            s.put("cached", step.cached());
            s.put("message", step.message());
            ArrayNode jobs = s.putArray("jobs");
            for (JobRun job : step.jobs()) {
                ObjectNode j = jobs.addObject();
                j.put("id", job.id());
                j.put("command", job.command());
                j.put("status", job.state().label());
                if (job.exitCode() != null) {
                    j.put("exitCode", job.exitCode());
                }
                j.put("message", job.message());
                Json.put(j, "started", job.started());
                Json.put(j, "ended", job.ended());
                j.put("externalId", job.externalId());
                j.put("host", job.host());
                ObjectNode usage = j.putObject("usage");
                usage.put("wallMillis", job.usage().wallMillis());
                usage.put("cpuMillis", job.usage().cpuMillis());
                usage.put("peakRssBytes", job.usage().peakRssBytes());
                usage.put("readBytes", job.usage().readBytes());
                usage.put("writtenBytes", job.usage().writtenBytes());
            }
        }
        return node;
    }

    private static ObjectNode options(RunOptions options) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode parameters = node.putObject("parameters");
        options.parameters().forEach(parameters::put);
        node.put("from", options.from());
        node.put("target", options.target());
        if (options.cache() != null) {
            node.put("cache", options.cache());
        }
        node.put("backend", options.backend());
        node.put("parallelism", options.parallelism());
        return node;
    }

    public static Run fromJson(JsonNode node) {
        List<StepRun> steps = new ArrayList<>();
        for (JsonNode s : node.path("steps")) {
            List<JobRun> jobs = new ArrayList<>();
            for (JsonNode j : s.path("jobs")) {
                JsonNode u = j.path("usage");
                jobs.add(new JobRun(Json.text(j, "id"), Json.text(j, "command"), state(j), Json.integer(j, "exitCode"),
                        Json.text(j, "message"), Json.instant(j, "started"), Json.instant(j, "ended"),
                        new ResourceUsage(u.path("wallMillis").asLong(-1), u.path("cpuMillis").asLong(-1),
                                u.path("peakRssBytes").asLong(-1), u.path("readBytes").asLong(-1),
                                u.path("writtenBytes").asLong(-1)),
                        Json.text(j, "externalId"), Json.text(j, "host")));
            }
            steps.add(new StepRun(Json.text(s, "name"), state(s), Json.text(s, "environment"), Json.text(s, "backend"),
                    jobs, s.path("cached").asBoolean(false), Json.text(s, "message")));
        }
        JsonNode o = node.path("options");
        RunOptions options = new RunOptions(strings(o.path("parameters")), Json.text(o, "from"), Json.text(o, "target"),
                Json.bool(o, "cache"), Json.text(o, "backend"), Math.max(1, o.path("parallelism").asInt(1)));
        return new Run(Json.text(node, "id"), Json.text(node, "name"), Json.path(node, "analysisDirectory"),
                Json.path(node, "specificationFile"), Json.path(node, "workspace"), state(node),
                Json.text(node, "message"), Json.instant(node, "created"), Json.instant(node, "started"),
                Json.instant(node, "ended"), strings(node.path("parameters")), options, steps,
                node.path("ownerPid").asLong(-1), node.path("attempt").asInt(1));
    }

    private static RunState state(JsonNode node) {
        return RunState.valueOf(node.path("status").asText("created").toUpperCase(java.util.Locale.ROOT));
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}

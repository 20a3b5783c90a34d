package org.vre.workflow.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.workflow.internal.ScalarValues;
import org.vre.workflow.model.GraphNode;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;

/**
 * Reads a CWL workflow into a graph: one node per step, an edge wherever a step input takes its {@code source}
 * from another step's output ({@code step/output}); the container image comes from the step's tool
 * ({@code DockerRequirement.dockerPull}).
 */
final class CwlGraphReader {

    private final ReferencedFiles files;
    private final WorkflowFactory factory;
    private final WorkflowGraph graph;

    CwlGraphReader(ReferencedFiles files, WorkflowFactory factory, WorkflowGraph graph) {
        this.files = files;
        this.factory = factory;
        this.graph = graph;
    }

    void read(YamlNode root, Path file) {
        YamlNode workflow = root == null ? null : mainProcess(root.resolved());
        if (!(workflow instanceof YamlMapping map)) {
            return;
        }
        if (!"Workflow".equals(ScalarValues.textOrNull(map.get("class")))) {
            GraphNode tool = node(ScalarValues.textOrNull(map.get("id")) == null ? file.getFileName().toString()
                    : ScalarValues.textOrNull(map.get("id")), "tool", file, map);
            tool.setEnvironment(dockerImage(map));
            return;
        }
        Map<String, GraphNode> steps = new LinkedHashMap<>();
        Map<GraphNode, List<String>> sources = new LinkedHashMap<>();
        Map<String, org.vre.workflow.yaml.SourceSpan> where = new java.util.HashMap<>();
        for (Map.Entry<String, YamlMapping> step : entries(map.get("steps"), where).entrySet()) {
            YamlMapping stepMap = step.getValue();
            GraphNode node = node(step.getKey(), "step", file, stepMap);
            node.setLine(where.get(step.getKey()).line());
            node.setColumn(where.get(step.getKey()).column());
            node.setScattered(stepMap.get("scatter") != null);
            node.setEnvironment(dockerImage(stepMap));
            YamlNode run = stepMap.get("run");
            if (run != null && node.getEnvironment() == null) {
                YamlNode tool = run.resolved() instanceof YamlScalar s ? loadRun(s, file) : run.resolved();
                if (tool instanceof YamlMapping toolMap) {
                    node.setEnvironment(dockerImage(toolMap));
                }
            }
            steps.put(step.getKey(), node);
            sources.put(node, sourcesOf(stepMap.get("in")));
        }
        for (Map.Entry<GraphNode, List<String>> e : sources.entrySet()) {
            for (String source : e.getValue()) {
                String s = source.startsWith("#") ? source.substring(1) : source;
                int slash = s.indexOf('/');
                GraphNode target = slash > 0 ? steps.get(s.substring(0, slash)) : null;
                if (target != null && target != e.getKey() && !e.getKey().getDependencies().contains(target)) {
                    e.getKey().getDependencies().add(target);
                }
            }
        }
    }

    private YamlNode loadRun(YamlScalar run, Path file) {
        String target = run.value().startsWith("#") ? null : run.value();
        if (target == null) {
            return null;
        }
        Path dir = file.getParent();
        YamlDocument tool = files.load(dir == null ? Path.of(target) : dir.resolve(target), file.toString(), run.span());
        return tool == null || tool.root() == null ? null : mainProcess(tool.root().resolved());
    }

    /** A packed document ({@code $graph}) holds several processes: the workflow is {@code #main}. */
    private static YamlNode mainProcess(YamlNode root) {
        if (root instanceof YamlMapping map && map.get("$graph") != null
                && map.get("$graph").resolved() instanceof YamlSequence graph) {
            for (YamlNode item : graph.items()) {
                if (item.resolved() instanceof YamlMapping process
                        && ("main".equals(ScalarValues.textOrNull(process.get("id")))
                        || "#main".equals(ScalarValues.textOrNull(process.get("id"))))) {
                    return process;
                }
            }
            return graph.items().isEmpty() ? null : graph.items().get(0).resolved();
        }
        return root;
    }

    private GraphNode node(String name, String kind, Path file, YamlMapping at) {
        GraphNode node = factory.createGraphNode();
        node.setName(name);
        node.setKind(kind);
        node.setSourceFile(file.toString());
        node.setLine(at.span().line());
        node.setColumn(at.span().column());
        graph.getNodes().add(node);
        return node;
    }

    /** CWL writes collections either as a map keyed by id or as a list of objects with an {@code id}. */
    private static Map<String, YamlMapping> entries(YamlNode node, Map<String, org.vre.workflow.yaml.SourceSpan> where) {
        Map<String, YamlMapping> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        YamlNode n = node.resolved();
        if (n instanceof YamlMapping map) {
            for (YamlEntry e : map.effectiveEntries()) {
                if (e.value().resolved() instanceof YamlMapping value) {
                    result.put(e.keyText(), value);
                    where.put(e.keyText(), e.key().span());
                }
            }
        } else if (n instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item.resolved() instanceof YamlMapping value && ScalarValues.textOrNull(value.get("id")) != null) {
                    String id = ScalarValues.textOrNull(value.get("id")).replaceFirst("^#", "");
                    result.put(id, value);
                    where.put(id, value.span());
                }
            }
        }
        return result;
    }

    private static List<String> sourcesOf(YamlNode in) {
        List<String> result = new ArrayList<>();
        if (in == null) {
            return result;
        }
        YamlNode n = in.resolved();
        List<YamlNode> values = new ArrayList<>();
        if (n instanceof YamlMapping map) {
            map.effectiveEntries().forEach(e -> values.add(e.value()));
        } else if (n instanceof YamlSequence seq) {
            values.addAll(seq.items());
        }
        for (YamlNode value : values) {
            YamlNode v = value.resolved();
            if (v instanceof YamlMapping m) {
                v = m.get("source") == null ? null : m.get("source").resolved();
            }
            if (v instanceof YamlScalar s) {
                result.add(s.value());
            } else if (v instanceof YamlSequence seq) {
                seq.items().forEach(item -> {
                    if (item.resolved() instanceof YamlScalar s) {
                        result.add(s.value());
                    }
                });
            }
        }
        return result;
    }

    private static String dockerImage(YamlMapping process) {
        for (String section : List.of("requirements", "hints")) {
            YamlNode node = process.get(section);
            if (node == null) {
                continue;
            }
            YamlNode n = node.resolved();
            List<YamlMapping> requirements = new ArrayList<>();
            if (n instanceof YamlMapping map) {
                for (YamlEntry e : map.effectiveEntries()) {
                    if (e.keyText().equals("DockerRequirement") && e.value().resolved() instanceof YamlMapping r) {
                        requirements.add(r);
                    }
                }
            } else if (n instanceof YamlSequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item.resolved() instanceof YamlMapping r
                            && "DockerRequirement".equals(ScalarValues.textOrNull(r.get("class")))) {
                        requirements.add(r);
                    }
                }
            }
            for (YamlMapping r : requirements) {
                String pull = ScalarValues.textOrNull(r.get("dockerPull"));
                if (pull != null) {
                    return pull;
                }
            }
        }
        return null;
    }
}

package org.vre.workflow.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vre.workflow.internal.ScalarValues;
import org.vre.workflow.model.GraphNode;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;

/**
 * Reads a yadage workflow into a graph: one node per stage (stages of sub-workflows are named
 * {@code parent/child}), edges from {@code dependencies}, {@code $ref}s followed across files.
 */
final class YadageGraphReader {

    private static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final int MAX_NESTING = 16;

    private final ReferencedFiles files;
    private final WorkflowFactory factory;
    private final WorkflowGraph graph;
    private final Path mainFile;
    private final Path mainBase;

    /**
     * As REANA loads yadage (toplevel = the specification's folder), {@code $ref}s in the main file are relative to
     * {@code mainBase}; those in files reached through a {@code $ref} are relative to that file.
     */
    YadageGraphReader(ReferencedFiles files, WorkflowFactory factory, WorkflowGraph graph, Path mainFile,
            Path mainBase) {
        this.files = files;
        this.factory = factory;
        this.graph = graph;
        this.mainFile = mainFile;
        this.mainBase = mainBase;
    }

    /** Reads the stages of {@code workflow}; {@code parent} (may be null) stands for {@code init} inside it. */
    void readWorkflow(YamlNode workflow, Path file, String prefix, GraphNode parent, int depth) {
        if (depth > MAX_NESTING || !(workflow.resolved() instanceof YamlMapping map)
                || map.get("stages") == null || !(map.get("stages").resolved() instanceof YamlSequence stages)) {
            return;
        }
        Map<String, GraphNode> local = new LinkedHashMap<>();
        Map<GraphNode, List<String>> pending = new LinkedHashMap<>();
        for (YamlNode stageNode : stages.items()) {
            if (!(stageNode.resolved() instanceof YamlMapping stage)) {
                continue;
            }
            String name = ScalarValues.textOrNull(stage.get("name"));
            GraphNode node = factory.createGraphNode();
            node.setName(prefix + (name == null ? "stage" + (local.size() + 1) : name));
            node.setKind("stage");
            node.setSourceFile(file.toString());
            node.setLine(stage.span().line());
            node.setColumn(stage.span().column());
            graph.getNodes().add(node);
            local.put(name, node);
            pending.put(node, dependencyNames(stage.get("dependencies")));
            YamlNode scheduler = stage.get("scheduler");
            if (scheduler != null && scheduler.resolved() instanceof YamlMapping sched) {
                node.setScattered(sched.get("scatter") != null);
                YamlNode step = follow(sched.get("step"), file, 0);
                if (step != null && step.resolved() instanceof YamlMapping stepMap) {
                    node.setEnvironment(image(stepMap.get("environment")));
                }
                YamlNode sub = sched.get("workflow");
                if (sub != null) {
                    node.setKind("workflow");
                    Path subFile = refFile(sub, file);
                    YamlNode subWorkflow = follow(sub, file, 0);
                    if (subWorkflow != null) {
                        readWorkflow(subWorkflow, subFile, node.getName() + "/", node, depth + 1);
                    }
                }
            }
        }
        for (Map.Entry<GraphNode, List<String>> e : pending.entrySet()) {
            for (String dependency : e.getValue()) {
                GraphNode target = local.get(dependency);
                if (target == null && "init".equals(dependency)) {
                    target = parent;
                }
                if (target != null && target != e.getKey() && !e.getKey().getDependencies().contains(target)) {
                    e.getKey().getDependencies().add(target);
                }
            }
        }
    }

    /** Follows {@code {$ref: file#/pointer}} (across files, a bounded number of times). */
    private YamlNode follow(YamlNode node, Path file, int hops) {
        if (node == null || hops > MAX_NESTING) {
            return node;
        }
        if (node.resolved() instanceof YamlMapping map && map.get("$ref") != null) {
            String ref = ScalarValues.textOrNull(map.get("$ref"));
            if (ref == null) {
                return null;
            }
            int hash = ref.indexOf('#');
            String target = hash < 0 ? ref : ref.substring(0, hash);
            Path targetFile = target.isEmpty() ? file : resolve(file, target);
            YamlDocument document = files.load(targetFile, file.toString(), map.get("$ref").span());
            if (document == null) {
                return null;
            }
            YamlNode found = ReferencedFiles.pointer(document.root(), hash < 0 ? "" : ref.substring(hash + 1));
            if (found == null) {
                files.problem(file.toString(), map.get("$ref").span(), "$ref '" + ref + "' points to nothing in "
                        + targetFile);
                return null;
            }
            return follow(found, targetFile, hops + 1);
        }
        return node;
    }

    private Path refFile(YamlNode node, Path file) {
        String ref = node.resolved() instanceof YamlMapping map ? ScalarValues.textOrNull(map.get("$ref")) : null;
        if (ref != null) {
            String target = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
            return target.isEmpty() ? file : resolve(file, target);
        }
        return file;
    }

    private Path resolve(Path file, String relative) {
        Path dir = file.equals(mainFile) ? mainBase : file.getParent();
        return dir == null ? Path.of(relative) : dir.resolve(relative);
    }

    private static String image(YamlNode environment) {
        if (environment == null || !(environment.resolved() instanceof YamlMapping env)) {
            return null;
        }
        String image = ScalarValues.textOrNull(env.get("image"));
        String tag = ScalarValues.textOrNull(env.get("imagetag"));
        return image == null ? null : tag == null ? image : image + ":" + tag;
    }

    /** Stage names from {@code [a, b]} or {@code {expressions: [...]}} (JSONPath expressions keep their head). */
    private static List<String> dependencyNames(YamlNode dependencies) {
        List<String> names = new ArrayList<>();
        if (dependencies == null) {
            return names;
        }
        YamlNode d = dependencies.resolved();
        if (d instanceof YamlMapping map) {
            d = map.get("expressions") == null ? null : map.get("expressions").resolved();
        }
        List<YamlNode> items = d instanceof YamlSequence seq ? seq.items() : d == null ? List.of() : List.of(d);
        for (YamlNode item : items) {
            if (item.resolved() instanceof YamlScalar s) {
                Matcher m = STAGE_NAME.matcher(s.value());
                if (m.lookingAt()) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }
}

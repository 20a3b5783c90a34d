package org.vre.ui.workflow.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.workflow.model.GraphNode;
import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.SerialSpecification;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowGraph;

/**
 * What the diagram draws, read from the model: one node per step and one edge per dependency. Without any
 * {@code depends_on}, REANA runs the steps in the order written: those edges are "order" edges.
 */
public record DiagramGraph(List<Node> nodes, List<Edge> edges, boolean editable) {

    /** @param jobs how many jobs the step runs (more than 1 for a scattered step) */
    public record Node(String name, String environment, String backend, boolean vomsProxy, boolean rucio, int jobs,
            int line) {
    }

    /** @param order an implicit edge of the serial order, not a written {@code depends_on} */
    public record Edge(String from, String to, boolean order) {
    }

    public Map<String, Node> byName() {
        Map<String, Node> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.put(n.name(), n));
        return map;
    }

    /** A text that changes exactly when the layout must change (nodes or edges added, removed or renamed). */
    public String shape() {
        StringBuilder s = new StringBuilder();
        nodes.forEach(n -> s.append(n.name()).append('\n'));
        edges.forEach(e -> s.append(e.from()).append("->").append(e.to()).append('\n'));
        return s.toString();
    }

    public static DiagramGraph ofSerial(Specification spec) {
        Workflow workflow = spec == null ? null : spec.getWorkflow();
        SerialSpecification serial = workflow == null ? null : workflow.getSpecification();
        List<Step> steps = serial == null ? List.of() : serial.getSteps();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        boolean graph = hasDependencies(steps);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String name = nameOf(step, i);
            nodes.add(new Node(name, step.getEnvironment(), step.getComputeBackend(),
                    Boolean.TRUE.equals(step.getVomsProxy()), Boolean.TRUE.equals(step.getRucio()), jobs(step),
                    step.getLine()));
            if (graph) {
                for (String dependency : step.getDependsOn()) {
                    edges.add(new Edge(dependency, name, false));
                }
            } else if (i > 0) {
                edges.add(new Edge(nameOf(steps.get(i - 1), i - 1), name, true));
            }
        }
        return new DiagramGraph(nodes, edges, true);
    }

    /** A yadage or CWL workflow's steps, as read from its own files: shown, not edited. */
    public static DiagramGraph ofExternal(WorkflowGraph graph) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        if (graph != null) {
            for (GraphNode node : graph.getNodes()) {
                nodes.add(new Node(node.getName(), node.getEnvironment(), node.getKind(), false, false,
                        node.isScattered() ? 2 : 1, node.getLine()));
                for (GraphNode dependency : node.getDependencies()) {
                    edges.add(new Edge(dependency.getName(), node.getName(), false));
                }
            }
        }
        return new DiagramGraph(nodes, edges, false);
    }

    static boolean hasDependencies(List<Step> steps) {
        return steps.stream().anyMatch(s -> !s.getDependsOn().isEmpty());
    }

    /** Steps without a name are drawn under the name REANA's messages use for them. */
    static String nameOf(Step step, int index) {
        return step.getName() == null ? "step " + (index + 1) : step.getName();
    }

    private static int jobs(Step step) {
        int jobs = 1;
        for (ScatterParameter s : step.getScatter()) {
            jobs *= Math.max(1, s.getValues().size());
        }
        return jobs;
    }
}

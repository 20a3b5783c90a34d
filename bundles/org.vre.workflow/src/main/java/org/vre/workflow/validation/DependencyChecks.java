package org.vre.workflow.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vre.workflow.model.Step;

/**
 * The VRE extension's dependencies: every name in {@code depends_on} must be a step, the graph must have no cycle,
 * and a dependency on a later step is flagged because REANA, ignoring {@code depends_on}, runs steps in list order.
 */
final class DependencyChecks {

    private DependencyChecks() {
    }

    static void check(List<Step> steps, Findings findings) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getName() != null) {
                index.putIfAbsent(steps.get(i).getName(), i);
            }
        }
        List<List<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            List<Integer> targets = new ArrayList<>();
            for (int d = 0; d < step.getDependsOn().size(); d++) {
                String name = step.getDependsOn().get(d);
                Integer target = index.get(name);
                String label = StepChecks.label(step, i);
                if (target == null) {
                    findings.error(Findings.at(step, "depends_on", d), "unknown-dependency", label
                            + " depends on '" + name + "', which is not a step of this workflow");
                } else if (target == i) {
                    findings.error(Findings.at(step, "depends_on", d), "dependency-cycle", label
                            + " depends on itself");
                } else {
                    targets.add(target);
                    if (target > i) {
                        findings.warning(Findings.at(step, "depends_on", d), "dependency-order", label
                                + " depends on the later step '" + name + "': REANA ignores depends_on and runs steps"
                                + " in the listed order; move '" + name + "' above it");
                    }
                }
            }
            edges.add(targets);
        }
        reportCycles(steps, edges, findings);
    }

    /** Depth-first search; each cycle is reported once, at the step that closes it. */
    private static void reportCycles(List<Step> steps, List<List<Integer>> edges, Findings findings) {
        int[] state = new int[steps.size()]; // 0 new, 1 on the path, 2 done
        int[] parent = new int[steps.size()];
        for (int start = 0; start < steps.size(); start++) {
            if (state[start] != 0) {
                continue;
            }
            // iterative DFS: a generated workflow may chain thousands of steps
            List<int[]> stack = new ArrayList<>();
            stack.add(new int[] {start, 0});
            state[start] = 1;
            parent[start] = -1;
            while (!stack.isEmpty()) {
                int[] top = stack.get(stack.size() - 1);
                int node = top[0];
                if (top[1] < edges.get(node).size()) {
                    int next = edges.get(node).get(top[1]++);
                    if (state[next] == 0) {
                        state[next] = 1;
                        parent[next] = node;
                        stack.add(new int[] {next, 0});
                    } else if (state[next] == 1) {
                        findings.error(Findings.at(steps.get(node), "depends_on"), "dependency-cycle",
                                "dependency cycle: " + cycle(steps, parent, node, next));
                    }
                } else {
                    state[node] = 2;
                    stack.remove(stack.size() - 1);
                }
            }
        }
    }

    /** The cycle as "a -> b -> a", where each step depends on the next. */
    private static String cycle(List<Step> steps, int[] parent, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int n = from; n != to && n >= 0; n = parent[n]) {
            names.add(steps.get(n).getName());
        }
        names.add(steps.get(to).getName());
        java.util.Collections.reverse(names);
        names.add(steps.get(to).getName());
        return String.join(" -> ", names);
    }
}

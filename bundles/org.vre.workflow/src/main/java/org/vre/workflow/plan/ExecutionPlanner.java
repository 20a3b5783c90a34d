package org.vre.workflow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.vre.core.VreException;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.WorkflowType;

/**
 * Turns a serial specification into an {@link ExecutionPlan}. Dependencies: when no step uses {@code depends_on},
 * each step depends on the one before it (REANA's chain); as soon as one does, the workflow is a graph and a step
 * depends on exactly what it names. A scattered step becomes one job per combination of its values (the cross
 * product, in the order written); a step that depends on a scattered step waits for all its instances.
 */
public final class ExecutionPlanner {

    /** Plans {@code specification} with the declared parameter values replaced by {@code overrides}. */
    public ExecutionPlan plan(Specification specification, Map<String, String> overrides) {
        String source = specification.eResource() != null && specification.eResource().getURI() != null
                ? specification.eResource().getURI().lastSegment() + ": " : "";
        if (specification.getWorkflow() == null || specification.getWorkflow().getType() != WorkflowType.SERIAL
                || !specification.getWorkflow().isSetType()) {
            throw new VreException(source + "only serial workflows can be planned step by step");
        }
        Map<String, String> parameters = parameters(specification.getInputs(), overrides, source);
        List<Step> steps = specification.getWorkflow().getSpecification() == null ? List.of()
                : specification.getWorkflow().getSpecification().getSteps();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            String name = steps.get(i).getName() == null ? "step" + (i + 1) : steps.get(i).getName();
            if (index.putIfAbsent(name, i) != null) {
                throw new VreException(source + "duplicate step name '" + name + "'");
            }
        }
        boolean graph = steps.stream().anyMatch(s -> !s.getDependsOn().isEmpty());
        List<List<Integer>> dependencies = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<Integer> deps = new ArrayList<>();
            if (graph) {
                for (String d : steps.get(i).getDependsOn()) {
                    Integer target = index.get(d);
                    if (target == null) {
                        throw new VreException(source + "step '" + nameOf(steps, i) + "' depends on '" + d
                                + "', which is not a step of this workflow");
                    }
                    deps.add(target);
                }
            } else if (i > 0) {
                deps.add(i - 1);
            }
            dependencies.add(deps);
        }
        List<Integer> order = topologicalOrder(steps, dependencies, source);
        Map<Integer, List<String>> instanceNames = new HashMap<>();
        List<PlannedStep> planned = new ArrayList<>();
        for (int i : order) {
            Step step = steps.get(i);
            List<String> waitFor = new ArrayList<>();
            for (int d : dependencies.get(i)) {
                waitFor.addAll(instanceNames.get(d));
            }
            List<String> names = new ArrayList<>();
            for (Map<String, String> binding : scatterBindings(step, source, nameOf(steps, i))) {
                String name = binding.isEmpty() ? nameOf(steps, i) : nameOf(steps, i) + binding.toString()
                        .replace("{", "[").replace("}", "]").replace(", ", ",");
                Map<String, String> values = new HashMap<>(parameters);
                values.putAll(binding);
                planned.add(new PlannedStep(name, step, binding, substitute(step, nameOf(steps, i), values, source),
                        waitFor));
                names.add(name);
            }
            instanceNames.put(i, names);
        }
        return new ExecutionPlan(planned, parameters);
    }

    private static String nameOf(List<Step> steps, int i) {
        return steps.get(i).getName() == null ? "step" + (i + 1) : steps.get(i).getName();
    }

    /** Declared values (as Python's str() writes them, which is what REANA substitutes) with overrides applied. */
    private static Map<String, String> parameters(Inputs inputs, Map<String, String> overrides, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        if (inputs != null) {
            for (Parameter p : inputs.getParameters()) {
                values.put(p.getName(), ParameterText.python(p));
            }
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (!values.containsKey(o.getKey())) {
                throw new VreException(source + "parameter '" + o.getKey()
                        + "' is not declared in inputs.parameters, so it cannot be overridden");
            }
            values.put(o.getKey(), o.getValue());
        }
        return values;
    }

    private static List<Map<String, String>> scatterBindings(Step step, String source, String stepName) {
        List<Map<String, String>> bindings = new ArrayList<>();
        bindings.add(new LinkedHashMap<>());
        for (ScatterParameter s : step.getScatter()) {
            if (s.getValues().isEmpty()) {
                throw new VreException(source + "step '" + stepName + "': scatter over '" + s.getName()
                        + "' has no values");
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> b : bindings) {
                for (String value : s.getValues()) {
                    Map<String, String> extended = new LinkedHashMap<>(b);
                    extended.put(s.getName(), value);
                    next.add(extended);
                }
            }
            bindings = next;
        }
        return bindings;
    }

    private static List<String> substitute(Step step, String stepName, Map<String, String> values, String source) {
        List<String> commands = new ArrayList<>();
        for (int c = 0; c < step.getCommands().size(); c++) {
            String command = step.getCommands().get(c);
            try {
                commands.add(ParameterTemplate.parse(command).substitute(values));
            } catch (ParameterTemplate.TemplateException e) {
                throw new VreException(source + "step '" + stepName + "', command " + (c + 1) + " (" + command
                        + "): " + e.getMessage());
            }
        }
        return commands;
    }

    /** Kahn's algorithm, always taking the earliest listed step that is ready: stable and cycle-detecting. */
    private static List<Integer> topologicalOrder(List<Step> steps, List<List<Integer>> dependencies, String source) {
        int n = steps.size();
        int[] waiting = new int[n];
        List<List<Integer>> dependents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            waiting[i] = dependencies.get(i).size();
            for (int d : dependencies.get(i)) {
                dependents.get(d).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(i);
            for (int next : dependents.get(i)) {
                if (--waiting[next] == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() < n) {
            List<String> stuck = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (waiting[i] > 0) {
                    stuck.add(nameOf(steps, i));
                }
            }
            throw new VreException(source + "dependency cycle among steps " + String.join(", ", stuck));
        }
        return order;
    }
}

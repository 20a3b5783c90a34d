package org.vre.workflow.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs of a serial workflow in an order that respects every dependency (stable: the listed order wherever the
 * dependencies allow it), with the effective parameters. Steps whose dependencies are all done may run in parallel.
 */
public final class ExecutionPlan {

    private final List<PlannedStep> steps;
    private final Map<String, PlannedStep> byName = new LinkedHashMap<>();
    private final Map<String, String> parameters;

    ExecutionPlan(List<PlannedStep> steps, Map<String, String> parameters) {
        this.steps = List.copyOf(steps);
        this.parameters = Map.copyOf(parameters);
        for (PlannedStep s : steps) {
            byName.put(s.name(), s);
        }
    }

    /** Every job, each after all the jobs it depends on. */
    public List<PlannedStep> steps() {
        return steps;
    }

    public PlannedStep step(String name) {
        PlannedStep step = byName.get(name);
        if (step == null) {
            throw new IllegalArgumentException("no planned step named '" + name + "'");
        }
        return step;
    }

    public List<PlannedStep> dependenciesOf(String name) {
        List<PlannedStep> result = new ArrayList<>();
        for (String d : step(name).dependsOn()) {
            result.add(byName.get(d));
        }
        return result;
    }

    /** The jobs that wait for {@code name}. */
    public List<PlannedStep> dependentsOf(String name) {
        step(name);
        List<PlannedStep> result = new ArrayList<>();
        for (PlannedStep s : steps) {
            if (s.dependsOn().contains(name)) {
                result.add(s);
            }
        }
        return result;
    }

    /** The parameter values used, as substituted (declared values with overrides applied, Python's text form). */
    public Map<String, String> parameters() {
        return parameters;
    }
}

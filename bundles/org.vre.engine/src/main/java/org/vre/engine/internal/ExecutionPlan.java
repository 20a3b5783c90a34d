package org.vre.engine.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vre.core.VreException;
import org.vre.engine.local.MemorySize;
import org.vre.workflow.model.Option;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Resources;
import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.WorkflowType;
import org.vre.workflow.plan.ParameterTemplate;

/**
 * Turns a serial specification and the run's parameters into steps with substituted commands. Every command is
 * substituted before anything runs, so an undefined parameter stops the run before it changes the workspace.
 * Steps run in list order, each after the previous one, unless some step declares {@code depends_on}: then the
 * declared dependencies alone order them and independent steps may run together.
 */
public final class ExecutionPlan {

    private final List<PlannedStep> steps;
    private final Map<String, String> parameters;
    private final Map<String, String> options;

    private ExecutionPlan(List<PlannedStep> steps, Map<String, String> parameters, Map<String, String> options) {
        this.steps = List.copyOf(steps);
        this.parameters = Map.copyOf(parameters);
        this.options = Map.copyOf(options);
    }

    public static ExecutionPlan of(Specification spec, String source, Map<String, String> overrides) {
        if (spec.getWorkflow() == null) {
            throw new VreException(source + ": no 'workflow' section");
        }
        if (spec.getWorkflow().isSetType() && spec.getWorkflow().getType() != WorkflowType.SERIAL) {
            throw new VreException(source + ": workflow type '" + spec.getWorkflow().getType().getLiteral()
                    + "' cannot run here yet: the engine runs serial workflows");
        }
        if (spec.getWorkflow().getSpecification() == null || spec.getWorkflow().getSpecification().getSteps().isEmpty()) {
            throw new VreException(source + ": the serial specification has no steps");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        if (spec.getInputs() != null) {
            for (Parameter p : spec.getInputs().getParameters()) {
                parameters.put(p.getName(), p.getValue() == null ? "None" : p.getValue());
            }
            for (Option o : spec.getInputs().getOptions()) {
                options.put(o.getName(), o.getValue());
            }
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!parameters.containsKey(e.getKey())) {
                throw new VreException(source + ": parameter '" + e.getKey() + "' given to the run is not declared in"
                        + " inputs.parameters (declared: " + String.join(", ", parameters.keySet()) + ")");
            }
            parameters.put(e.getKey(), e.getValue());
        }
        List<Step> modelSteps = spec.getWorkflow().getSpecification().getSteps();
        boolean graph = modelSteps.stream().anyMatch(s -> !s.getDependsOn().isEmpty());
        Resources resources = spec.getWorkflow().getResources();
        List<PlannedStep> planned = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < modelSteps.size(); i++) {
            Step step = modelSteps.get(i);
            String name = step.getName() == null || step.getName().isBlank() ? "step" + (i + 1) : step.getName();
            if (!names.add(name)) {
                throw new VreException(source + ":" + step.getLine() + ": two steps are named '" + name + "'");
            }
            Set<String> deps = new LinkedHashSet<>();
            if (graph) {
                for (String d : step.getDependsOn()) {
                    if (!names.contains(d)) {
                        throw new VreException(source + ":" + step.getLine() + ": step '" + name + "' depends on '" + d
                                + "', which is not an earlier step");
                    }
                    deps.add(d);
                }
            } else if (!planned.isEmpty()) {
                deps.add(planned.get(planned.size() - 1).name());
            }
            planned.add(new PlannedStep(name, i, step.getEnvironment(), step.getComputeBackend(), deps,
                    combinations(step, name, source, parameters), timeout(step),
                    step.getKubernetesMemoryLimit() == null ? 0
                            : MemorySize.parse(step.getKubernetesMemoryLimit(),
                                    source + ":" + step.getLine() + ": step '" + name + "' kubernetes_memory_limit"),
                    step.getSlurmPartition(), step.getSlurmTime(),
                    Boolean.TRUE.equals(step.getVomsProxy()) || (resources != null && Boolean.TRUE.equals(resources.getVomsProxy())),
                    Boolean.TRUE.equals(step.getRucio()) || (resources != null && Boolean.TRUE.equals(resources.getRucio()))));
        }
        return new ExecutionPlan(planned, parameters, options);
    }

    private static Duration timeout(Step step) {
        Integer seconds = step.getKubernetesJobTimeout();
        return seconds == null || seconds <= 0 ? null : Duration.ofSeconds(seconds);
    }

    /** The cartesian product of the step's scatter values, each with its commands substituted. */
    private static List<PlannedStep.Combination> combinations(Step step, String name, String source,
            Map<String, String> parameters) {
        List<Map<String, String>> bindings = new ArrayList<>();
        bindings.add(Map.of());
        for (ScatterParameter scatter : step.getScatter()) {
            if (scatter.getValues().isEmpty()) {
                throw new VreException(source + ":" + scatter.getLine() + ": step '" + name + "' scatters '"
                        + scatter.getName() + "' over no values");
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> binding : bindings) {
                for (String value : scatter.getValues()) {
                    Map<String, String> extended = new LinkedHashMap<>(binding);
                    extended.put(scatter.getName(), value);
                    next.add(extended);
                }
            }
            bindings = next;
        }
        List<PlannedStep.Combination> result = new ArrayList<>();
        boolean scattered = !step.getScatter().isEmpty();
        for (int c = 0; c < bindings.size(); c++) {
            Map<String, String> values = new LinkedHashMap<>(parameters);
            values.putAll(bindings.get(c));
            List<String> commands = new ArrayList<>();
            for (int k = 0; k < step.getCommands().size(); k++) {
                try {
                    commands.add(ParameterTemplate.parse(step.getCommands().get(k)).substitute(values));
                } catch (ParameterTemplate.TemplateException e) {
                    throw new VreException(source + ":" + step.getLine() + ": step '" + name + "', command "
                            + (k + 1) + ": " + e.getMessage());
                }
            }
            if (commands.isEmpty()) {
                throw new VreException(source + ":" + step.getLine() + ": step '" + name + "' has no commands");
            }
            result.add(new PlannedStep.Combination(scattered ? "[" + c + "]" : "", commands));
        }
        return result;
    }

    public List<PlannedStep> steps() {
        return steps;
    }

    public PlannedStep step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new VreException("the workflow has no step '" + name + "' (steps: "
                        + String.join(", ", steps.stream().map(PlannedStep::name).toList()) + ")"));
    }

    /** The parameters as substituted: the specification's values with the run's overrides. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The specification's {@code inputs.options} ({@code FROM}, {@code TARGET}, {@code CACHE}). */
    public Map<String, String> options() {
        return options;
    }
}

package org.vre.workflow.plan;

import java.util.List;
import java.util.Map;

import org.vre.workflow.model.Step;

/**
 * One job of a run: a step, or one instance of a scattered step, with its commands already substituted.
 *
 * @param name          unique in the plan: the step name, or {@code step[param=value,...]} for a scatter instance
 * @param step          the model step it comes from (resources, backend, credentials flags)
 * @param scatterValues the values this instance binds (empty when the step is not scattered)
 * @param commands      the commands with every parameter substituted
 * @param dependsOn     names of the planned steps that must finish first
 */
public record PlannedStep(String name, Step step, Map<String, String> scatterValues, List<String> commands,
        List<String> dependsOn) {

    public PlannedStep {
        scatterValues = Map.copyOf(scatterValues);
        commands = List.copyOf(commands);
        dependsOn = List.copyOf(dependsOn);
    }

    /** The container image of the step. */
    public String environment() {
        return step.getEnvironment();
    }
}

package org.vre.workflow.validation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.Step;
import org.vre.workflow.plan.ParameterTemplate;
import org.vre.workflow.yaml.SourceSpan;

/**
 * Parameters of a serial workflow: every {@code $p}/{@code ${p}} must be declared (the run would fail at
 * substitution), every {@code $} must start a valid placeholder, and declared parameters should be used.
 */
final class ParameterChecks {

    private ParameterChecks() {
    }

    static void check(Inputs inputs, List<Step> steps, Findings findings) {
        Map<String, Parameter> declared = new LinkedHashMap<>();
        if (inputs != null) {
            for (Parameter p : inputs.getParameters()) {
                declared.put(p.getName(), p);
            }
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String label = StepChecks.label(step, i);
            Set<String> scattered = new HashSet<>();
            for (ScatterParameter s : step.getScatter()) {
                scattered.add(s.getName());
                checkScatter(step, s, label, declared, findings);
            }
            Set<String> usedInStep = new HashSet<>();
            for (int c = 0; c < step.getCommands().size(); c++) {
                ParameterTemplate template = ParameterTemplate.parse(step.getCommands().get(c));
                SourceSpan at = Findings.at(step, "commands", c);
                for (int offset : template.invalidOffsets()) {
                    String excerpt = template.text().substring(offset, Math.min(template.text().length(), offset + 3));
                    findings.error(at, "invalid-placeholder", label + ", command " + (c + 1) + ": '" + excerpt
                            + "' is not a parameter placeholder and the run would fail at substitution;"
                            + " write $$ for a literal $ (e.g. $$HOME)");
                }
                for (ParameterTemplate.Placeholder p : template.placeholders()) {
                    usedInStep.add(p.name());
                    if (!declared.containsKey(p.name()) && !scattered.contains(p.name())) {
                        findings.error(at, "undeclared-parameter", label + ", command " + (c + 1) + ": parameter '"
                                + p.name() + "' is used but not declared in inputs.parameters: the run would fail"
                                + " at substitution");
                    }
                }
            }
            for (String name : scattered) {
                if (!usedInStep.contains(name)) {
                    findings.warning(Findings.at(step, "scatter"), "unused-scatter", label + " is scattered over '"
                            + name + "' but no command uses it: every instance would do the same work");
                }
            }
            used.addAll(usedInStep);
        }
        for (Parameter p : declared.values()) {
            if (!used.contains(p.getName())) {
                findings.warning(Findings.at(p), "unused-parameter", "parameter '" + p.getName()
                        + "' is declared but no step uses it");
            }
        }
    }

    private static void checkScatter(Step step, ScatterParameter s, String label, Map<String, Parameter> declared,
            Findings findings) {
        if (s.getValues().isEmpty()) {
            findings.error(Findings.at(s), "scatter", label + ": scatter over '" + s.getName()
                    + "' has no values: give a non-empty list");
        }
        if (!declared.containsKey(s.getName())) {
            findings.warning(Findings.at(s), "scatter", label + ": scatter parameter '" + s.getName()
                    + "' is not declared in inputs.parameters: REANA, which ignores scatter, would fail to substitute"
                    + " it; declare a default value");
        }
    }
}

package org.vre.workflow.validation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowType;

/**
 * Files the specification names: a missing {@code workflow.file} or parameter file is an error (the workflow cannot
 * be loaded); missing inputs are warnings, since they may be produced or uploaded later.
 */
final class ReferenceChecks {

    private ReferenceChecks() {
    }

    static void check(Specification spec, Path base, Findings findings) {
        Workflow workflow = spec.getWorkflow();
        if (workflow != null && workflow.getFile() != null) {
            if (!Files.isRegularFile(base.resolve(workflow.getFile()))) {
                findings.error(Findings.at(workflow, "file"), "missing-workflow-file", "workflow.file '"
                        + workflow.getFile() + "' does not exist (relative to " + base + ")");
            }
        }
        if (workflow != null && workflow.getParameters() != null && workflow.getParameters().getFile() != null
                && !Files.isRegularFile(base.resolve(workflow.getParameters().getFile()))) {
            findings.error(Findings.at(workflow.getParameters(), "file"), "missing-parameter-file",
                    "workflow.parameters.file '" + workflow.getParameters().getFile() + "' does not exist");
        }
        Inputs inputs = spec.getInputs();
        if (inputs == null) {
            return;
        }
        for (int i = 0; i < inputs.getFiles().size(); i++) {
            String file = inputs.getFiles().get(i);
            if (!Files.isRegularFile(base.resolve(file))) {
                findings.warning(Findings.at(inputs, "files", i), "missing-input", "input file '" + file
                        + "' is not there (it may be produced or uploaded later)");
            }
        }
        for (int i = 0; i < inputs.getDirectories().size(); i++) {
            String dir = inputs.getDirectories().get(i);
            if (!Files.isDirectory(base.resolve(dir))) {
                findings.warning(Findings.at(inputs, "directories", i), "missing-input", "input directory '" + dir
                        + "' is not there (it may be produced or uploaded later)");
            }
        }
        // CWL, Snakemake and yadage specs conventionally pass their parameter file as inputs.parameters.input
        if (workflow != null && workflow.isSetType() && workflow.getType() != WorkflowType.SERIAL) {
            for (Parameter p : inputs.getParameters()) {
                if ("input".equals(p.getName()) && p.getValue() != null && p.getValue().matches(".*\\.(ya?ml|json)")
                        && !Files.isRegularFile(base.resolve(p.getValue()))) {
                    findings.warning(Findings.at(p), "missing-input", "parameter file '" + p.getValue()
                            + "' (inputs.parameters.input) is not there");
                }
            }
        }
    }
}

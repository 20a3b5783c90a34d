package org.vre.workflow.validation;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.vre.core.VreException;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.graph.ExternalWorkflowLoader;
import org.vre.workflow.model.SerialSpecification;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowType;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlSyntaxException;

/**
 * Validates reana.yaml like {@code reana-client validate}, plus the checks a run needs: REANA's JSON schema
 * (unknown keys are warnings), resource values, step names and dependencies, parameters, images, compute backends
 * and referenced files. One validator can check many files (it loads the schema once); it is thread-safe.
 */
public final class SpecificationValidator {

    private final YamlLimits limits;
    private final SchemaCheck schema;

    public SpecificationValidator(YamlLimits limits) {
        this.limits = limits;
        this.schema = new SchemaCheck(limits);
    }

    public SpecificationValidator() {
        this(YamlLimits.DEFAULT);
    }

    /** Loads and validates a file; a file that cannot be read gives one error diagnostic, never an exception. */
    public List<Diagnostic> validate(Path path, ValidationOptions options) {
        try {
            return validate(WorkflowFile.load(path, limits), options);
        } catch (YamlSyntaxException e) {
            return List.of(new Diagnostic(Severity.ERROR, e.source(), e.line(), e.column(), "yaml", e.problem()));
        } catch (VreException e) {
            return List.of(new Diagnostic(Severity.ERROR, path.toString(), 1, 1, "file", e.getMessage()));
        }
    }

    /** Validates a loaded file; loads the yadage/CWL/Snakemake file it refers to into the model on the way. */
    public List<Diagnostic> validate(WorkflowFile file, ValidationOptions options) {
        Findings findings = new Findings(file.source());
        Specification spec = file.specification();
        if (file.document() == null || file.document().root() == null) {
            findings.error(null, "empty", "the file is empty: a specification needs at least a 'workflow'");
            return findings.diagnostics();
        }
        schema.check(file.document(), findings);
        Workflow workflow = spec.getWorkflow();
        List<Step> steps = steps(spec);
        if (workflow != null && workflow.isSetType() && workflow.getType() == WorkflowType.SERIAL) {
            OptionChecks.checkSerial(spec.getInputs(), steps, findings);
            StepChecks.check(steps, options, findings);
            DependencyChecks.check(steps, findings);
            ParameterChecks.check(spec.getInputs(), steps, findings);
        }
        Path base = file.baseDirectory();
        if (options.checkFiles() && base != null) {
            ReferenceChecks.check(spec, base, findings);
            if (workflow != null) {
                findings.diagnostics().addAll(new ExternalWorkflowLoader(limits,
                        org.vre.workflow.model.WorkflowFactory.eINSTANCE).load(workflow, base, file.source()));
                checkGraphImages(workflow, base, findings);
            }
        }
        List<Diagnostic> result = findings.diagnostics();
        result.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return result;
    }

    /** Images of yadage stages and CWL steps get the same pinning check, reported in their own files. */
    private static void checkGraphImages(Workflow workflow, Path base, Findings findings) {
        if (workflow.getGraph() == null) {
            return;
        }
        for (org.vre.workflow.model.GraphNode node : workflow.getGraph().getNodes()) {
            String file = node.getSourceFile() == null ? findings.file()
                    : base.relativize(Path.of(node.getSourceFile()).toAbsolutePath().normalize()).toString();
            Findings local = new Findings(base.resolve(file).toString().equals(file) ? file
                    : Path.of(findings.file()).resolveSibling(file).toString());
            StepChecks.checkImage(node.getEnvironment(), node.getKind() + " '" + node.getName() + "'",
                    new org.vre.workflow.yaml.SourceSpan(0, 0, node.getLine(), node.getColumn()), local);
            findings.diagnostics().addAll(local.diagnostics());
        }
    }

    static List<Step> steps(Specification spec) {
        Workflow workflow = spec.getWorkflow();
        SerialSpecification serial = workflow == null ? null : workflow.getSpecification();
        return serial == null ? List.of() : serial.getSteps();
    }
}

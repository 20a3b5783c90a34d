package org.vre.ui.workflow.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vre.core.VreException;
import org.vre.ui.UiThread;
import org.vre.ui.workflow.editor.WorkflowSession;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.Severity;
import org.vre.workflow.validation.SpecificationValidator;
import org.vre.workflow.validation.ValidationOptions;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlSyntaxException;

/**
 * Validation as you type: after each change, a job checks a copy of the text (the same checks as
 * {@code vre validate}, referenced files included), replaces the file's problem markers and hands the findings,
 * and the step graph of a yadage/CWL workflow, back to the UI thread.
 */
public final class LiveValidation {

    /** The job family, for tests and for cancelling on close. */
    public static final Object FAMILY = new Object();
    private static final SpecificationValidator VALIDATOR = new SpecificationValidator();

    /** What one validation found. */
    public record Result(List<Diagnostic> diagnostics, WorkflowGraph graph) {
    }

    private final WorkflowSession session;
    private final IFile file;
    private final Consumer<Result> onResult;
    private final Display display;
    private Job job;
    private boolean disposed;

    public LiveValidation(WorkflowSession session, IFile file, Consumer<Result> onResult) {
        this.session = session;
        this.file = file;
        this.onResult = onResult;
        this.display = Display.getCurrent();
    }

    /** Validates the text as it is now, a moment from now; a newer request replaces an older one. */
    public void schedule() {
        if (disposed) {
            return;
        }
        String text = session.document().get();
        if (job != null) {
            job.cancel();
        }
        job = new Job("Validating " + session.source()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Result result = validate(text);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (file != null) {
                    try {
                        ProblemMarkers.replace(file, result.diagnostics(), text, session.source());
                    } catch (CoreException e) {
                        return Status.error("Cannot update the problem markers of " + file.getFullPath(), e);
                    }
                }
                UiThread.later(display, () -> {
                    if (!disposed) {
                        onResult.accept(result);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(file == null ? null : file.getWorkspace().getRuleFactory().markerRule(file));
        job.schedule(150);
    }

    /** The findings for {@code text}; a text that does not parse gives its syntax error. */
    Result validate(String text) {
        WorkflowFile copy;
        try {
            copy = WorkflowFile.parse(session.path(), session.source(), text, YamlLimits.DEFAULT);
        } catch (YamlSyntaxException e) {
            return new Result(List.of(new Diagnostic(Severity.ERROR, session.source(), e.line(), e.column(), "yaml",
                    e.problem())), null);
        } catch (VreException e) {
            return new Result(List.of(new Diagnostic(Severity.ERROR, session.source(), 1, 1, "file", e.getMessage())),
                    null);
        }
        ValidationOptions options = new ValidationOptions(ValidationOptions.REANA_BACKENDS, session.path() != null);
        List<Diagnostic> diagnostics = VALIDATOR.validate(copy, options);
        Workflow workflow = copy.specification().getWorkflow();
        return new Result(diagnostics, workflow == null ? null : workflow.getGraph());
    }

    public void dispose() {
        disposed = true;
        if (job != null) {
            job.cancel();
        }
    }
}

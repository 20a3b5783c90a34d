package org.vre.ui.workflow.editor;

import org.eclipse.emf.common.command.AbstractCommand;
import org.vre.workflow.WorkflowFile;

/** A text edit seen by the model: the specification read from the new text replaces the old one, undoably. */
final class ReplaceSpecificationCommand extends AbstractCommand {

    private final WorkflowSession session;
    private final WorkflowFile replacement;
    private WorkflowFile previous;

    ReplaceSpecificationCommand(WorkflowSession session, WorkflowFile replacement) {
        super("Edit source");
        this.session = session;
        this.replacement = replacement;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        previous = session.file();
        session.swap(replacement);
    }

    @Override
    public void undo() {
        session.swap(previous);
    }

    @Override
    public void redo() {
        session.swap(replacement);
    }
}

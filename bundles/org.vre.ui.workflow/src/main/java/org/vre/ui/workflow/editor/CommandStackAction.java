package org.vre.ui.workflow.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Edit > Undo / Redo for the diagram and form pages: the editing domain's command stack, labelled by command. */
public final class CommandStackAction extends Action {

    private final WorkflowSession session;
    private final boolean undo;

    private CommandStackAction(WorkflowSession session, boolean undo) {
        this.session = session;
        this.undo = undo;
        // ids only: an editor restored at start-up has no active window to create the workbench's own actions in
        setId((undo ? ActionFactory.UNDO : ActionFactory.REDO).getId());
        setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        session.commandStack().addCommandStackListener(event -> update());
        update();
    }

    public static CommandStackAction undo(WorkflowSession session) {
        return new CommandStackAction(session, true);
    }

    public static CommandStackAction redo(WorkflowSession session) {
        return new CommandStackAction(session, false);
    }

    public void update() {
        CommandStack stack = session.commandStack();
        Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        String label = next == null || next.getLabel() == null ? "" : " " + next.getLabel();
        setText((undo ? "&Undo" : "&Redo") + label);
    }

    @Override
    public void run() {
        session.flushText();
        if (undo && session.commandStack().canUndo()) {
            session.commandStack().undo();
        } else if (!undo && session.commandStack().canRedo()) {
            session.commandStack().redo();
        }
    }
}

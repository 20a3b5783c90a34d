package org.vre.ui.workflow.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Points the workbench's Undo, Redo, Delete, Copy and Paste at the page in front: the text editor's own actions on
 * the Source page, the editing domain's command stack and the diagram's actions elsewhere.
 */
public final class WorkflowEditorContributor extends MultiPageEditorActionBarContributor {

    private static final String[] GLOBAL = {ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
        ActionFactory.DELETE.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(),
        ActionFactory.CUT.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId()};

    private WorkflowEditor editor;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof WorkflowEditor workflowEditor ? workflowEditor : null;
        super.setActiveEditor(part);
        if (editor != null) {
            update();
        }
    }

    @Override
    public void setActivePage(IEditorPart page) {
        update();
    }

    /** Called by the editor when its pages change. */
    void update() {
        IActionBars bars = getActionBars();
        if (bars == null || editor == null) {
            return;
        }
        ITextEditor text = editor.isSourcePageActive() ? editor.sourceEditor() : null;
        for (String id : GLOBAL) {
            IAction action = text != null ? text.getAction(textActionId(id)) : editor.pageAction(id);
            bars.setGlobalActionHandler(id, action);
        }
        bars.updateActionBars();
    }

    private static String textActionId(String id) {
        if (id.equals(ActionFactory.UNDO.getId())) {
            return ITextEditorActionConstants.UNDO;
        }
        if (id.equals(ActionFactory.REDO.getId())) {
            return ITextEditorActionConstants.REDO;
        }
        return id;
    }
}

package org.vre.ui.workflow.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.vre.ui.workflow.diagram.DiagramEdits;
import org.vre.workflow.edit.provider.WorkflowLabels;
import org.vre.workflow.model.Step;

/** The Outline view: the steps in the order written, labelled as the edit layer labels them; a click selects one. */
final class WorkflowOutline extends ContentOutlinePage {

    private final WorkflowSession session;
    private final Consumer<String> reveal;
    private final WorkflowSession.Listener refresh = this::refresh;

    WorkflowOutline(WorkflowSession session, Consumer<String> reveal) {
        this.session = session;
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new StepsContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return WorkflowLabels.text(element);
            }
        });
        viewer.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof Step step && step.getName() != null) {
                reveal.accept(step.getName());
            }
        });
        session.addListener(refresh);
        refresh();
    }

    private void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Step> steps = DiagramEdits.steps(session.specification());
        IStructuredSelection selection = viewer.getStructuredSelection();
        viewer.setInput(steps.toArray());
        if (!selection.isEmpty() && steps.contains(selection.getFirstElement())) {
            viewer.setSelection(selection);
        }
    }

    /** The steps as a flat tree (a tree viewer needs a tree content provider). */
    private static final class StepsContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }

    @Override
    public void dispose() {
        session.removeListener(refresh);
        super.dispose();
    }
}

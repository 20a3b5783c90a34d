package org.vre.ui.workflow.editor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.workflow.diagram.DiagramPage;
import org.vre.ui.workflow.run.RunLauncher;
import org.vre.ui.workflow.form.WorkflowFormPage;
import org.vre.ui.workflow.source.YamlSourceEditor;
import org.vre.ui.workflow.validation.LiveValidation;
import org.vre.ui.workflow.validation.ProblemMarkers;

/**
 * The reana.yaml editor: Diagram, Form and Source pages over one {@link WorkflowSession}. The source page's
 * document is the file's text; saving writes it, and it always holds what the model's minimal-edit writer made of
 * the last model change (comments, order and untouched formatting kept).
 */
public final class WorkflowEditor extends FormEditor {

    public static final String ID = "org.vre.ui.workflow.editor";
    /** How long typing must pause before the text is parsed again. */
    static final int REPARSE_DELAY_MS = 400;

    private YamlSourceEditor sourceEditor;
    private int sourcePageIndex;
    private WorkflowSession session;
    private DiagramPage diagram;
    private WorkflowFormPage form;
    private LiveValidation validation;
    /** The text as last read or saved: the editor is dirty exactly when the document differs from it. */
    private String savedText;
    private boolean wasDirty;
    private WorkflowOutline outline;
    private final Map<String, IAction> sessionActions = new HashMap<>();
    private final Runnable reparse = () -> {
        if (session != null) {
            session.reparse();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput) && !(input instanceof IURIEditorInput)) {
            throw new PartInitException("The workflow editor opens files, not " + input.getName());
        }
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected void addPages() {
        try {
            sourceEditor = new YamlSourceEditor();
            sourcePageIndex = addPage(sourceEditor, getEditorInput());
            setPageText(sourcePageIndex, "Source");
            IDocument document = sourceEditor.getDocumentProvider().getDocument(getEditorInput());
            Path path = localPath(getEditorInput());
            session = new WorkflowSession(path, path == null ? getEditorInput().getName() : path.toString(), document);
            savedText = document.get();
            document.addDocumentListener(new IDocumentListener() {
                @Override
                public void documentAboutToBeChanged(DocumentEvent event) {
                    // the state after the change counts
                }

                @Override
                public void documentChanged(DocumentEvent event) {
                    dirtyStateMayHaveChanged();
                }
            });
            Display display = getContainer().getDisplay();
            session.onTextEdited(() -> {
                display.timerExec(-1, reparse);
                display.timerExec(REPARSE_DELAY_MS, reparse);
            });
            sessionActions.put(ActionFactory.UNDO.getId(), CommandStackAction.undo(session));
            sessionActions.put(ActionFactory.REDO.getId(), CommandStackAction.redo(session));

            diagram = new DiagramPage(getContainer(), session, getSite());
            diagram.addPaletteButton("run", "Run\u2026", "Save and run the analysis (choose the executor, override parameters)",
                    () -> RunLauncher.launch(this, dialog -> { }));
            InputDrops.attach(diagram.canvas(), session);
            addPage(0, diagram);
            setPageText(0, "Diagram");
            form = new WorkflowFormPage(this, session);
            addPage(1, form);
            sourcePageIndex = 2;
            setActivePage(0);

            validation = new LiveValidation(session, file(), result -> {
                diagram.showProblems(result.diagnostics());
                diagram.showExternalGraph(result.graph());
            });
            session.addListener(validation::schedule);
            validation.schedule();
        } catch (PartInitException e) {
            ErrorDialogs.show("Cannot open the workflow editor", e);
        }
    }

    private static Path localPath(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        return null;
    }

    /** The workspace file being edited, or null for a file outside the workspace. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (session != null) {
            session.flushText();
        }
        super.pageChange(newPageIndex);
        if (getEditorSite().getActionBarContributor() instanceof WorkflowEditorContributor contributor) {
            contributor.update();
        }
    }

    public boolean isSourcePageActive() {
        return getActivePage() == sourcePageIndex;
    }

    public YamlSourceEditor sourceEditor() {
        return sourceEditor;
    }

    public WorkflowSession session() {
        return session;
    }

    public DiagramPage diagram() {
        return diagram;
    }

    public WorkflowFormPage form() {
        return form;
    }

    public LiveValidation validation() {
        return validation;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class && session != null) {
            if (outline == null) {
                outline = new WorkflowOutline(session, name -> {
                    showDiagram();
                    diagram.selectStep(name);
                });
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    public void showSource() {
        setActivePage(sourcePageIndex);
    }

    public void showDiagram() {
        setActivePage(0);
    }

    public void showForm() {
        setActivePage(1);
    }

    /** The action behind a global action id (Undo, Delete...) on the page in front, or null. */
    IAction pageAction(String id) {
        IAction own = sessionActions.get(id);
        if (own != null) {
            return own;
        }
        return getActivePage() == 0 ? diagram.action(id) : null;
    }

    /** Dirty when the text differs from the file's, so undoing every change makes the editor clean again. */
    @Override
    public boolean isDirty() {
        return session != null && !session.document().get().equals(savedText);
    }

    private void dirtyStateMayHaveChanged() {
        boolean dirty = isDirty();
        if (dirty != wasDirty) {
            wasDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        session.flushText();
        String text = session.document().get();
        sourceEditor.doSave(monitor);
        if (!sourceEditor.isDirty()) {
            savedText = text;
            ((BasicCommandStack) session.commandStack()).saveIsDone();
        }
        dirtyStateMayHaveChanged();
    }

    @Override
    public void doSaveAs() {
        // Save As would have to move the run's relative references with the file: not offered
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (getActivePage() == 0 && diagram != null) {
            diagram.setFocus();
        }
    }

    @Override
    public void dispose() {
        Display display = getSite().getShell().getDisplay();
        if (!display.isDisposed()) {
            display.timerExec(-1, reparse);
        }
        if (validation != null) {
            validation.dispose();
            if (isDirty() && file() != null) {
                ProblemMarkers.clearLater(file()); // they described text that was not saved
            }
        }
        if (session != null) {
            session.dispose();
        }
        super.dispose();
    }
}

package org.vre.ui.workflow.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.vre.core.VreException;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.edit.provider.WorkflowItemProviderAdapterFactory;
import org.vre.workflow.emf.ReanaYamlResource;
import org.vre.workflow.model.Specification;
import org.vre.workflow.yaml.YamlLimits;

/**
 * One open reana.yaml: its text (the source page's document) and its model, kept in step through one EMF editing
 * domain. Model commands write their minimal edits into the text; a text edit, once parsed, becomes an undoable
 * command that swaps in the model read from the new text. Everything here runs on the UI thread.
 */
public final class WorkflowSession {

    /** Told after the model or the parse state changed (a command ran, was undone, or the text was reparsed). */
    public interface Listener {
        void modelChanged();
    }

    private final Path path;
    private final String source;
    private final IDocument document;
    private final AdapterFactoryEditingDomain domain;
    private final ReanaYamlResource resource;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private WorkflowFile file;
    private String parseError;
    private boolean writingText;
    private boolean textPending;

    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // only the result matters
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            if (!writingText) {
                textPending = true;
                textEdited.run();
            }
        }
    };
    private Runnable textEdited = () -> { };

    /** @param path where the file lives on disk (relative references resolve against it); may be null */
    public WorkflowSession(Path path, String source, IDocument document) {
        this.path = path;
        this.source = source;
        this.document = document;
        this.domain = new AdapterFactoryEditingDomain(new WorkflowItemProviderAdapterFactory(), new BasicCommandStack());
        this.resource = new ReanaYamlResource(path == null ? URI.createURI("memory:/" + source)
                : URI.createFileURI(path.toString()));
        domain.getResourceSet().getResources().add(resource);
        try {
            file = parse(document.get());
        } catch (VreException e) {
            parseError = e.getMessage();
            file = WorkflowFile.create(null);
        }
        resource.getContents().add(file.specification());
        domain.getCommandStack().addCommandStackListener(event -> afterCommand());
        document.addDocumentListener(documentListener);
    }

    /** Called (on the UI thread) whenever the user changed the text; the editor debounces and calls {@link #reparse()}. */
    public void onTextEdited(Runnable callback) {
        this.textEdited = callback;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    public Specification specification() {
        return file.specification();
    }

    public WorkflowFile file() {
        return file;
    }

    public IDocument document() {
        return document;
    }

    public Path path() {
        return path;
    }

    public String source() {
        return source;
    }

    /** The message of the last parse failure of the text, or null when the model matches the text. */
    public String parseError() {
        return parseError;
    }

    /**
     * Runs a model command. It is refused (false) when it cannot run, or while the text does not parse: the model
     * would overwrite what the user is typing.
     */
    public boolean execute(Command command) {
        flushText();
        if (parseError != null || command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** Parses text typed since the last parse now (before a model edit, a page switch or a save). */
    public void flushText() {
        if (textPending) {
            reparse();
        }
    }

    /** Reads the model from the document's text; a text that does not parse leaves the model as it was. */
    public void reparse() {
        textPending = false;
        String text = document.get();
        WorkflowFile fresh;
        try {
            fresh = parse(text);
        } catch (VreException e) {
            parseError = e.getMessage();
            fire();
            return;
        }
        parseError = null;
        if (text.equals(file.toText()) && file.document() != null) {
            fire();
            return;
        }
        domain.getCommandStack().execute(new ReplaceSpecificationCommand(this, fresh));
    }

    /** Makes the model read from {@code replacement} current (used by the text command and its undo). */
    void swap(WorkflowFile replacement) {
        file = replacement;
        resource.getContents().set(0, replacement.specification());
    }

    /** After a command, its undo or redo: the text follows the model, then the pages refresh. */
    private void afterCommand() {
        writeModelToText();
        fire();
    }

    /** Writes the model's text (minimal edits) into the document; that text becomes the base for later edits. */
    private void writeModelToText() {
        String text = file.toText();
        String current = document.get();
        if (!text.equals(current)) {
            int start = 0;
            int max = Math.min(text.length(), current.length());
            while (start < max && text.charAt(start) == current.charAt(start)) {
                start++;
            }
            int endText = text.length();
            int endCurrent = current.length();
            while (endText > start && endCurrent > start && text.charAt(endText - 1) == current.charAt(endCurrent - 1)) {
                endText--;
                endCurrent--;
            }
            writingText = true;
            try {
                document.replace(start, endCurrent - start, text.substring(start, endText));
            } catch (BadLocationException e) {
                throw new IllegalStateException("the computed range lies in the document", e);
            } finally {
                writingText = false;
            }
        }
        parseError = null;
        textPending = false;
        file.saved(text);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.modelChanged();
        }
    }

    private WorkflowFile parse(String text) {
        return WorkflowFile.parse(path, source, text, YamlLimits.DEFAULT);
    }

    public void dispose() {
        document.removeDocumentListener(documentListener);
        listeners.clear();
    }
}

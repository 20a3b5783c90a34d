package org.vre.ui.runs.viewers;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows a run output, a data file or a plot in the editor area with the first contributed {@link PlotViewer} that
 * takes it: images, PDF pages, charts of ROOT/FITS/HDF5/CSV/JSON objects. Registered for those file types, so
 * files in the Project Explorer open here too.
 */
public final class PlotEditor extends EditorPart {

    public static final String ID = "org.vre.ui.runs.plotEditor";

    private Path file;
    private Composite area;
    private Control shown;

    /** Opens {@code file} (anywhere on disk: run workspaces are outside the Eclipse workspace). */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        return IDE.openEditor(page, new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = pathOf(input).orElseThrow(() -> new PartInitException(input.getName() + " is not a local file"));
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    static Optional<Path> pathOf(IEditorInput input) {
        if (input instanceof IPathEditorInput pathInput) {
            return Optional.of(pathInput.getPath().toPath());
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            try {
                return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public void createPartControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new FillLayout());
        Optional<PlotViewer> viewer = PlotViewers.forFile(file);
        if (viewer.isPresent()) {
            shown = viewer.get().create(area, file);
        } else {
            Label label = new Label(area, SWT.WRAP);
            label.setText(file.getFileName() + ": no plot viewer takes this type of file");
            shown = label;
        }
    }

    /** The viewer's control (tests look inside it). */
    public Control viewerControl() {
        return shown;
    }

    public Path file() {
        return file;
    }

    @Override
    public void setFocus() {
        if (shown != null && !shown.isDisposed()) {
            shown.setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a viewer: nothing to save
    }

    @Override
    public void doSaveAs() {
        // a viewer: charts export from their own toolbar
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}

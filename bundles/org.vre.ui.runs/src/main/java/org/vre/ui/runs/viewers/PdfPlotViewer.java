package org.vre.ui.runs.viewers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.vre.core.VreException;
import org.vre.data.plot.PdfPageRenderer;
import org.vre.ui.UiThread;

/** PDF outputs, one page at a time (rendered by PDFBox in a job), with a page chooser. */
public final class PdfPlotViewer implements PlotViewer {

    @Override
    public boolean canShow(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public Control create(Composite parent, Path file) {
        Composite viewer = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(viewer);
        Spinner page = new Spinner(viewer, SWT.BORDER);
        page.setMinimum(1);
        page.setEnabled(false);
        Label status = new Label(viewer, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        ScrolledComposite scrolled = new ScrolledComposite(viewer, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(scrolled);
        Label picture = new Label(scrolled, SWT.NONE);
        scrolled.setContent(picture);
        picture.addDisposeListener(e -> {
            if (picture.getImage() != null) {
                picture.getImage().dispose();
            }
        });
        Runnable render = () -> show(file, page.getSelection() - 1, picture, status, page);
        page.addListener(SWT.Selection, e -> render.run());
        status.setText("rendering page 1...");
        render.run();
        return viewer;
    }

    private void show(Path file, int index, Label picture, Label status, Spinner page) {
        Display display = picture.getDisplay();
        ViewerJobs.schedule("Rendering " + file.getFileName() + " page " + (index + 1), monitor -> {
            PdfPageRenderer renderer = new PdfPageRenderer();
            try {
                int pages = renderer.pageCount(file);
                ImageData data = AwtImages.toImageData(renderer.render(file, index, 96));
                UiThread.later(display, () -> {
                    if (picture.isDisposed()) {
                        return;
                    }
                    Image old = picture.getImage();
                    picture.setImage(new Image(display, data));
                    if (old != null) {
                        old.dispose();
                    }
                    picture.pack();
                    page.setMaximum(pages);
                    page.setEnabled(pages > 1);
                    status.setText("page " + (index + 1) + " of " + pages);
                    status.getParent().layout();
                });
            } catch (VreException e) {
                UiThread.later(display, () -> {
                    if (!status.isDisposed()) {
                        status.setText(e.getMessage());
                    }
                });
            }
        });
    }
}

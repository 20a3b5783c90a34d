package org.vre.ui.runs.viewers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * PNG, JPEG, GIF and SVG outputs, shown at their size with scroll bars. SVG is rasterised by GTK's image loader
 * (librsvg's gdk-pixbuf module); where that module is missing the viewer says so instead of failing.
 */
public final class ImagePlotViewer implements PlotViewer {

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean canShow(Path file) {
        String name = name(file);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")
                || name.endsWith(".svg");
    }

    @Override
    public Control create(Composite parent, Path file) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        Label label = new Label(scrolled, SWT.NONE);
        try {
            Image image = new Image(parent.getDisplay(), file.toString());
            label.setImage(image);
            label.addDisposeListener(e -> image.dispose());
        } catch (SWTException e) {
            label.setText(file.getFileName() + ": cannot be shown here (" + e.getMessage() + ")"
                    + (name(file).endsWith(".svg") ? "; SVG needs librsvg's gdk-pixbuf loader (librsvg2-common)" : ""));
        }
        label.pack();
        scrolled.setContent(label);
        return scrolled;
    }
}

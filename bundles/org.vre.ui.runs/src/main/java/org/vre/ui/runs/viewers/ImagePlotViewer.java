package org.vre.ui.runs.viewers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** PNG, JPEG and GIF outputs, shown at their size with scroll bars. */
public final class ImagePlotViewer implements PlotViewer {

    @Override
    public boolean canShow(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif");
    }

    @Override
    public Control create(Composite parent, Path file) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        Label label = new Label(scrolled, SWT.NONE);
        Image image = new Image(parent.getDisplay(), file.toString());
        label.setImage(image);
        label.addDisposeListener(e -> image.dispose());
        label.pack();
        scrolled.setContent(label);
        return scrolled;
    }
}

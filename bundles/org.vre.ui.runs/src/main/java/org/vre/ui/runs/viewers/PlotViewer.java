package org.vre.ui.runs.viewers;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Shows one kind of run output (an image, a chart of a data file, a PDF page). Plugins contribute viewers
 * through the extension point {@code org.vre.ui.runs.plotViewers}; {@link PlotViewers} picks one by file.
 */
public interface PlotViewer {

    /** Whether this viewer shows {@code file}; called on the UI thread, so decide by name or a few bytes. */
    boolean canShow(Path file);

    /** Creates the control that shows {@code file} inside {@code parent}. */
    Control create(Composite parent, Path file);
}

package org.vre.ui.runs.viewers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Data files the readers understand (ROOT, FITS, HDF5, CSV, JSON): their object tree and a chart of the selection. */
public final class DataPlotViewer implements PlotViewer {

    private static final Set<String> EXTENSIONS = Set.of("root", "fits", "fit", "fts", "fz", "h5", "hdf5", "he5",
            "csv", "json");

    @Override
    public boolean canShow(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    @Override
    public Control create(Composite parent, Path file) {
        return new DataChartView(parent, file).control();
    }
}

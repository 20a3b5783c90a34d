package org.vre.ui.runs.viewers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.vre.core.VreException;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.StandardDataReaders;
import org.vre.data.Table;
import org.vre.data.ValueType;
import org.vre.data.plot.ChartBuilder;
import org.vre.data.plot.ChartExporter;
import org.vre.data.plot.PlotOptions;
import org.vre.data.plot.PlotSeries;
import org.vre.ui.UiThread;

/**
 * A data file's object tree beside a chart of the selected object, drawn by the data bundle's {@link ChartBuilder}
 * (step histograms with error bars, stats box, TLatex labels) in JFreeChart's SWT composite: drag to zoom, click for
 * the crosshair, log axes, and export to PNG, SVG or PDF. Files are read in jobs.
 */
public final class DataChartView {

    /** Key under which the control carries this view (tests and the compare editor find it there). */
    public static final String KEY = DataChartView.class.getName();

    private final Path file;
    private final Display display;
    private final SashForm sash;
    private final TreeViewer objects;
    private final Label status;
    private final Button logX;
    private final Button logY;
    private final Button stats;
    private final Button crosshair;
    private final Combo xColumn;
    private final Combo yColumn;
    private final ChartComposite chartArea;
    private DataObject shown;
    private String shownPath;
    /** Counts reads: only the latest selection's object is drawn. */
    private long reads;

    DataChartView(Composite parent, Path file) {
        this.file = file;
        this.display = parent.getDisplay();
        sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setData(KEY, this);
        objects = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
        objects.setContentProvider(new NodeContent());
        objects.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                DataNode node = (DataNode) element;
                return node.name() + (node.type() == null || node.type().isBlank() ? "" : "  [" + node.type() + "]");
            }
        });
        objects.addSelectionChangedListener(e -> {
            Object first = objects.getStructuredSelection().getFirstElement();
            if (first instanceof DataNode node && node.isReadable()) {
                read(node);
            }
        });

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
        Composite bar = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        logX = check(bar, "log x");
        logY = check(bar, "log y");
        stats = check(bar, "stats box");
        stats.setSelection(true);
        crosshair = check(bar, "crosshair");
        new Label(bar, SWT.NONE).setText("x:");
        xColumn = columnChooser(bar);
        new Label(bar, SWT.NONE).setText("y:");
        yColumn = columnChooser(bar);
        Button export = new Button(bar, SWT.PUSH);
        export.setText("Export...");
        export.addListener(SWT.Selection, e -> export());
        status = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        chartArea = new ChartComposite(right, SWT.NONE, null, true, false, false, false, true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chartArea);
        sash.setWeights(1, 3);
        status.setText("reading " + file.getFileName() + "...");
        open();
    }

    Control control() {
        return sash;
    }

    private Button check(Composite bar, String text) {
        Button button = new Button(bar, SWT.CHECK);
        button.setText(text);
        button.addListener(SWT.Selection, e -> redraw());
        return button;
    }

    private Combo columnChooser(Composite bar) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.setEnabled(false);
        GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> redraw());
        return combo;
    }

    /** Reads the object tree in a job, then selects the first drawable object (not a table when there is another). */
    private void open() {
        ViewerJobs.schedule("Reading " + file.getFileName(), monitor -> {
            try (DataFile data = StandardDataReaders.create().open(file)) {
                DataNode root = data.root();
                Optional<DataNode> first = root.flatten().filter(DataNode::isReadable)
                        .filter(n -> n.kind() != DataNode.Kind.TABLE).findFirst()
                        .or(() -> root.flatten().filter(DataNode::isReadable).findFirst());
                UiThread.later(display, () -> {
                    if (sash.isDisposed()) {
                        return;
                    }
                    objects.setInput(root);
                    objects.expandToLevel(2);
                    status.setText(data.format() + " file " + file.getFileName()
                            + (first.isEmpty() ? ": nothing drawable in it" : ""));
                    first.ifPresent(node -> objects.setSelection(new StructuredSelection(node), true));
                });
            } catch (VreException e) {
                message(e.getMessage());
            }
        });
    }

    /** Selects and draws the object at {@code path} (as the tree names it). */
    public void select(String path) {
        Object root = objects.getInput();
        if (root instanceof DataNode node) {
            node.flatten().filter(n -> n.path().equals(path)).findFirst()
                    .ifPresent(n -> objects.setSelection(new StructuredSelection(n), true));
        }
    }

    private void read(DataNode node) {
        long read = ++reads;
        status.setText("reading " + node.path() + "...");
        ViewerJobs.schedule("Reading " + node.path() + " from " + file.getFileName(), monitor -> {
            try (DataFile data = StandardDataReaders.create().open(file)) {
                DataObject object = data.read(node.path());
                UiThread.later(display, () -> {
                    if (!sash.isDisposed() && read == reads) {
                        shown = object;
                        shownPath = node.path();
                        fillColumns(object);
                        redraw();
                    }
                });
            } catch (VreException e) {
                message(e.getMessage());
            }
        });
    }

    private void fillColumns(DataObject object) {
        for (Combo combo : List.of(xColumn, yColumn)) {
            combo.removeAll();
            combo.setEnabled(object instanceof Table);
        }
        if (object instanceof Table table) {
            List<String> numeric = table.columns().stream().filter(c -> isNumeric(c)).map(Column::name).toList();
            numeric.forEach(xColumn::add);
            numeric.forEach(yColumn::add);
            xColumn.select(0);
            yColumn.select(numeric.size() > 1 ? 1 : 0);
        }
    }

    private static boolean isNumeric(Column column) {
        return column.type() != ValueType.STRING && !(column instanceof Column.Arrays);
    }

    /** Rebuilds the chart from the object read, with the options as ticked. */
    private void redraw() {
        if (shown == null) {
            return;
        }
        try {
            JFreeChart chart = new ChartBuilder().build(List.of(series()), options());
            if (chart.getPlot() instanceof XYPlot plot) {
                plot.setDomainCrosshairVisible(crosshair.getSelection());
                plot.setRangeCrosshairVisible(crosshair.getSelection());
            }
            chartArea.setChart(chart);
            chartArea.forceRedraw();
            status.setText(shownPath + " from " + file.getFileName() + " — drag to zoom, drag left to reset");
        } catch (VreException e) {
            status.setText(e.getMessage());
        }
        status.getParent().layout();
    }

    private PlotSeries series() {
        if (shown instanceof Table && xColumn.getSelectionIndex() >= 0) {
            return new PlotSeries(shownPath, shown, xColumn.getText(), yColumn.getText());
        }
        return PlotSeries.of(shownPath, shown);
    }

    private PlotOptions options() {
        return new PlotOptions(800, 600, logX.getSelection(), logY.getSelection(), false, false, stats.getSelection(),
                null, null, null);
    }

    private void export() {
        JFreeChart chart = chartArea.getChart();
        if (chart == null) {
            return;
        }
        FileDialog dialog = new FileDialog(sash.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg", "*.pdf"});
        dialog.setFileName(file.getFileName().toString().replaceAll("\\.[^.]*$", "") + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(chart, Path.of(chosen));
        }
    }

    /** Writes the chart as shown to PNG, SVG or PDF (by the name's extension) in a job. */
    public void export(JFreeChart chart, Path target) {
        ViewerJobs.schedule("Exporting the plot to " + target.getFileName(), monitor -> {
            try {
                new ChartExporter().write(chart, 800, 600, target);
                message("exported to " + target);
            } catch (VreException e) {
                message(e.getMessage());
            }
        });
    }

    private void message(String text) {
        UiThread.later(display, () -> {
            if (!status.isDisposed()) {
                status.setText(text);
                status.getParent().layout();
            }
        });
    }

    public JFreeChart chart() {
        return chartArea.getChart();
    }

    public TreeViewer objects() {
        return objects;
    }

    public ChartComposite chartComposite() {
        return chartArea;
    }

    public Button logY() {
        return logY;
    }

    public Button crosshair() {
        return crosshair;
    }

    public String status() {
        return status.getText();
    }

    /** The file's tree: a node's children are its entries. */
    private static final class NodeContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((DataNode) input).children().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((DataNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((DataNode) element).children().isEmpty();
        }
    }
}

package org.vre.ui.runs.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.jfree.chart.JFreeChart;
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
import org.vre.data.plot.PlotOptions;
import org.vre.data.plot.PlotSeries;
import org.vre.engine.Provenance;
import org.vre.engine.Run;
import org.vre.ui.UiThread;
import org.vre.ui.runs.DesktopEngine;
import org.vre.ui.runs.RunsPlugin;
import org.vre.ui.runs.viewers.DataPlotViewer;
import org.vre.ui.runs.viewers.ViewerJobs;

/**
 * Compares runs: a side-by-side table of their parameters, provenance and outputs (differences highlighted), and one
 * output's object (chosen by output and object path) overlaid from every run in one chart, optionally normalised to unit area and with a ratio panel.
 */
public final class RunComparisonEditor extends EditorPart {

    public static final String ID = "org.vre.ui.runs.compareEditor";

    private List<String> runIds;
    private Display display;
    private TableViewer diff;
    private Combo output;
    private Combo object;
    private Button normalise;
    private Button ratio;
    private Label status;
    private ChartComposite chartArea;
    private List<Run> runs = List.of();
    /** Counts overlay requests: only the latest one's chart is shown (toggling fast starts several jobs). */
    private long requests;

    public static IEditorPart open(IWorkbenchPage page, List<String> runIds) throws PartInitException {
        return page.openEditor(new RunComparisonInput(runIds), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RunComparisonInput comparison)) {
            throw new PartInitException("not a run comparison: " + input.getName());
        }
        setSite(site);
        setInput(input);
        runIds = comparison.runIds();
        setPartName("Compare " + input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        diff = new TableViewer(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        diff.getTable().setHeaderVisible(true);
        diff.getTable().setLinesVisible(true);
        diffColumn("What", 240, -1);
        for (int i = 0; i < runIds.size(); i++) {
            diffColumn(runIds.get(i), 260, i);
        }
        diff.setContentProvider(ArrayContentProvider.getInstance());

        Composite overlay = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(6).applyTo(overlay);
        new Label(overlay, SWT.NONE).setText("Overlay:");
        output = new Combo(overlay, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(output);
        output.addListener(SWT.Selection, e -> listObjects());
        object = new Combo(overlay, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(object);
        object.addListener(SWT.Selection, e -> overlay());
        normalise = check(overlay, "normalise to unit area");
        ratio = check(overlay, "ratio panel");
        status = new Label(overlay, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        chartArea = new ChartComposite(overlay, SWT.NONE, null, true, false, false, false, true);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(chartArea);
        sash.setWeights(1, 2);
        load();
    }

    private Button check(Composite parent, String text) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.addListener(SWT.Selection, e -> overlay());
        return button;
    }

    private void diffColumn(String title, int width, int index) {
        TableViewerColumn column = new TableViewerColumn(diff, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                RunComparison.Line line = (RunComparison.Line) element;
                return index < 0 ? line.what() : line.values().get(index);
            }

            @Override
            public Color getBackground(Object element) {
                return ((RunComparison.Line) element).differs() ? new Color(255, 236, 179) : null;
            }
        });
    }

    /** Reads the runs and their provenance in a job, then fills the diff and the outputs to overlay. */
    private void load() {
        status.setText("reading the runs...");
        ViewerJobs.schedule("Comparing runs " + String.join(", ", runIds), monitor -> {
            try {
                DesktopEngine desktop = RunsPlugin.engine();
                List<Run> read = new ArrayList<>();
                List<Provenance> provenances = new ArrayList<>();
                for (String id : runIds) {
                    read.add(desktop.store().get(id));
                    provenances.add(desktop.store().provenance(id).orElse(null));
                }
                List<RunComparison.Line> lines = RunComparison.diff(read, provenances);
                DataPlotViewer data = new DataPlotViewer();
                List<String> plottable = RunComparison.commonOutputs(read, provenances).stream()
                        .filter(name -> data.canShow(java.nio.file.Path.of(name))).toList();
                UiThread.later(display, () -> {
                    if (diff.getControl().isDisposed()) {
                        return;
                    }
                    runs = read;
                    diff.setInput(lines);
                    plottable.forEach(output::add);
                    if (plottable.isEmpty()) {
                        status.setText("the runs have no data output in common to overlay");
                    } else {
                        output.select(0);
                        listObjects();
                    }
                });
            } catch (VreException e) {
                message(e.getMessage());
            }
        });
    }

    /** Lists the objects of the chosen output (as the first run has them), the first drawable one selected. */
    private void listObjects() {
        if (output.getSelectionIndex() < 0 || runs.isEmpty()) {
            return;
        }
        String name = output.getText();
        Run first = runs.get(0);
        object.removeAll();
        ViewerJobs.schedule("Reading the objects of " + name, monitor -> {
            try (DataFile data = StandardDataReaders.create().open(RunComparison.output(first, name))) {
                List<DataNode> readable = data.root().flatten().filter(DataNode::isReadable).toList();
                int drawable = Math.max(0, readable.stream().map(n -> n.kind() != DataNode.Kind.TABLE).toList()
                        .indexOf(true));
                UiThread.later(display, () -> {
                    if (object.isDisposed() || !name.equals(output.getText())) {
                        return;
                    }
                    readable.forEach(n -> object.add(n.path()));
                    if (!readable.isEmpty()) {
                        object.select(drawable);
                        overlay();
                    } else {
                        status.setText(name + ": nothing drawable in it");
                    }
                });
            } catch (VreException e) {
                message(e.getMessage());
            }
        });
    }

    /** Reads the chosen object of the chosen output from every run and overlays them. */
    private void overlay() {
        if (output.getSelectionIndex() < 0 || object.getSelectionIndex() < 0 || runs.isEmpty()) {
            return;
        }
        String name = output.getText();
        String path = object.getText();
        List<Run> compared = runs;
        PlotOptions options = PlotOptions.DEFAULT.withNormalize(normalise.getSelection())
                .withRatio(ratio.getSelection()).withTitle(name);
        long request = ++requests;
        status.setText("reading " + name + " from " + compared.size() + " runs...");
        ViewerJobs.schedule("Overlaying " + name, (IProgressMonitor monitor) -> {
            try {
                List<PlotSeries> series = new ArrayList<>();
                for (Run run : compared) {
                    series.add(series(run, name, path));
                }
                JFreeChart chart = new ChartBuilder().build(series, options);
                UiThread.later(display, () -> {
                    if (!chartArea.isDisposed() && request == requests) {
                        chartArea.setChart(chart);
                        chartArea.forceRedraw();
                        status.setText(name + ": " + path + " from runs " + String.join(", ", runIds));
                        status.getParent().layout();
                    }
                });
            } catch (VreException e) {
                message(e.getMessage());
            }
        });
    }

    /** The same object of one run's copy of the output; a missing object is an error naming the run. */
    private static PlotSeries series(Run run, String name, String path) {
        try (DataFile data = StandardDataReaders.create().open(RunComparison.output(run, name))) {
            if (data.root().flatten().noneMatch(n -> n.path().equals(path))) {
                throw new VreException(name + " of run " + run.id() + " has no object '" + path + "'");
            }
            DataObject object = data.read(path);
            if (object instanceof Table table) {
                List<String> numeric = table.columns().stream()
                        .filter(c -> c.type() != ValueType.STRING && !(c instanceof Column.Arrays))
                        .map(Column::name).toList();
                if (numeric.size() < 2) {
                    throw new VreException(name + ": fewer than two numeric columns to draw");
                }
                return new PlotSeries(run.id(), object, numeric.get(0), numeric.get(1));
            }
            return PlotSeries.of(run.id(), object);
        }
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

    public Button normaliseButton() {
        return normalise;
    }

    public Button ratioButton() {
        return ratio;
    }

    public Combo objectCombo() {
        return object;
    }

    public TableViewer diffTable() {
        return diff;
    }

    public Optional<String> overlaid() {
        return output.getSelectionIndex() < 0 ? Optional.empty() : Optional.of(output.getText());
    }

    public String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        diff.getControl().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a comparison: nothing to save
    }

    @Override
    public void doSaveAs() {
        // a comparison: nothing to save
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

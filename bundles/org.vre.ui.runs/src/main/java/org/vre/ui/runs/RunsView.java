package org.vre.ui.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.vre.core.VreException;
import org.vre.engine.Run;
import org.vre.engine.RunListener;
import org.vre.engine.RunState;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.UiThread;
import org.vre.ui.runs.RunRows.JobRow;
import org.vre.ui.runs.RunRows.Row;
import org.vre.ui.runs.RunRows.RunRow;
import org.vre.ui.runs.RunRows.StepRow;
import org.vre.ui.runs.compare.RunComparisonEditor;

/**
 * Every run of the run store, newest first, with its steps and jobs coloured by state, durations, progress and
 * resource usage, kept live by the engine's events; beside them, the selected run's outputs and provenance. Stop, restart
 * (from the selected step), delete, open the specification, show the logs and compare two runs.
 */
public final class RunsView extends ViewPart {

    public static final String ID = "org.vre.ui.runs.view";
    /** Job family of the view's loading and actions, so tests wait for them. */
    public static final Object FAMILY = new Object();

    private final Map<String, Run> runs = new LinkedHashMap<>();
    private TreeViewer viewer;
    private Display display;
    private RunDetails details;
    private RunListener listener;
    private volatile DesktopEngine engine;
    /** What the engine reported while a read of the store ran: laid over the read, which may predate it. */
    private final Map<String, Run> heardWhileReading = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean disposed;

    private final Action refresh = action("Refresh", "Read the run store again",
            this::load);
    private final Action stop = action("Stop", "Stop the selected run: its jobs are killed", this::stopSelected);
    private final Action restart = action("Restart", "Restart the selected run from the selected step"
            + " (from its first unfinished step when a run is selected)", this::restartSelected);
    private final Action delete = action("Delete", "Delete the selected run's folder (workspace, logs, record)",
            this::deleteSelected);
    private final Action specification = action("Open Specification", "Open the run's reana.yaml",
            this::openSpecification);
    private final Action logs = action("Show Logs", "Show the run's logs in the Console view", this::showLogs);
    private final Action compare = action("Compare", "Compare the two selected runs: parameters, provenance,"
            + " outputs, and plots overlaid", this::compareSelected);

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        // side by side: the view is wide and short in the Runs perspective
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        viewer = new TreeViewer(sash, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setComparer(RunRows.COMPARER);
        viewer.setUseHashlookup(true);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        column("Run / step / job", 240, row -> row.name());
        column("State", 80, row -> row.state().label());
        column("Progress", 80, RunRows::progress);
        column("Duration", 90, row -> RunRows.duration(row, Instant.now()));
        column("CPU", 80, RunRows::cpu);
        column("Peak memory", 95, RunRows::memory);
        column("Message", 400, RunRows::message);
        viewer.setContentProvider(new Content());
        viewer.setInput(runs);
        viewer.addSelectionChangedListener(e -> selectionChanged());
        viewer.addDoubleClickListener(e -> showLogs());
        details = new RunDetails(sash, getSite());
        sash.setWeights(3, 2);
        getSite().setSelectionProvider(viewer);
        contributeActions();
        selectionChanged();
        load();
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Row row ? text.apply(row) : String.valueOf(element);
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof Row row ? colour(row.state()) : null;
            }
        });
    }

    /** REANA's colours: finished green, failed red, running blue, stopped orange, waiting grey. */
    private Color colour(RunState state) {
        return switch (state) {
            case FINISHED -> new Color(0, 128, 0);
            case FAILED -> display.getSystemColor(SWT.COLOR_RED);
            case RUNNING -> display.getSystemColor(SWT.COLOR_BLUE);
            case STOPPED -> new Color(204, 102, 0);
            case DELETED -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
            default -> display.getSystemColor(SWT.COLOR_GRAY);
        };
    }

    private void contributeActions() {
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        for (Action a : List.of(stop, restart, delete, specification, logs, compare, refresh)) {
            bar.add(a);
        }
        MenuManager menu = new MenuManager();
        for (Action a : List.of(stop, restart, delete)) {
            menu.add(a);
        }
        menu.add(new Separator());
        for (Action a : List.of(specification, logs, compare, refresh)) {
            menu.add(a);
        }
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, viewer);
    }

    private static Action action(String text, String tooltip, Runnable body) {
        Action action = new Action(text) {
            @Override
            public void run() {
                body.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    /**
     * Reads the store in a job (the first call also starts the engine). The view subscribes to live changes before
     * the first read, so a run that changes while the store is read is not lost: its news is laid over the read.
     */
    public void load() {
        new Job("Reading the runs") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                DesktopEngine desktop;
                List<Run> all;
                try {
                    desktop = RunsPlugin.engine();
                    subscribe(desktop);
                    heardWhileReading.clear();
                    all = desktop.store().list();
                } catch (VreException e) {
                    return Status.error(e.getMessage());
                }
                UiThread.later(display, () -> {
                    if (viewer.getControl().isDisposed()) {
                        return;
                    }
                    setContentDescription("Runs in " + desktop.store().root());
                    runs.clear();
                    all.forEach(r -> runs.put(r.id(), r));
                    heardWhileReading.values().forEach(r -> runs.put(r.id(), r));
                    viewer.refresh();
                    selectionChanged();
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        }.schedule();
    }

    private synchronized void subscribe(DesktopEngine desktop) {
        if (listener == null && !disposed) {
            engine = desktop;
            listener = run -> {
                heardWhileReading.put(run.id(), run);
                UiThread.later(display, () -> update(run));
            };
            desktop.addRunListener(listener);
        }
    }

    /** A new snapshot from the engine: the run moves to the top when new, its rows refresh in place. */
    private void update(Run run) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        boolean isNew = !runs.containsKey(run.id());
        if (isNew) {
            Map<String, Run> reordered = new LinkedHashMap<>();
            reordered.put(run.id(), run);
            reordered.putAll(runs);
            runs.clear();
            runs.putAll(reordered);
            viewer.refresh();
            viewer.expandToLevel(new RunRow(run), 1);
        } else {
            Run before = runs.put(run.id(), run);
            viewer.refresh(new RunRow(run), true);
            if (before.state() != run.state()) {
                selectionChanged();
            }
        }
    }

    private List<Row> selectedRows() {
        List<Row> rows = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection().toList()) {
            if (o instanceof Row row) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The runs the selection touches, in selection order, each once, as the view knows them now. */
    private List<Run> selectedRuns() {
        Map<String, Run> selected = new LinkedHashMap<>();
        for (Row row : selectedRows()) {
            Run run = row instanceof RunRow r ? r.run() : row instanceof StepRow s ? s.run() : ((JobRow) row).run();
            selected.putIfAbsent(run.id(), runs.getOrDefault(run.id(), run));
        }
        return new ArrayList<>(selected.values());
    }

    private void selectionChanged() {
        List<Run> selected = selectedRuns();
        Run one = selected.size() == 1 ? selected.get(0) : null;
        stop.setEnabled(one != null && !one.state().isTerminal());
        restart.setEnabled(one != null && one.state().isTerminal() && one.state() != RunState.DELETED);
        delete.setEnabled(!selected.isEmpty() && selected.stream().allMatch(r -> r.state().isTerminal()));
        specification.setEnabled(one != null);
        logs.setEnabled(one != null);
        compare.setEnabled(selected.size() >= 2);
        details.show(one, engine);
    }

    private void stopSelected() {
        List<Run> selected = selectedRuns();
        if (selected.size() == 1) {
            String id = selected.get(0).id();
            inJob("Stopping run " + id, () -> engine.engine().stop(id));
        }
    }

    private void restartSelected() {
        List<Row> rows = selectedRows();
        List<Run> selected = selectedRuns();
        if (selected.size() != 1) {
            return;
        }
        String id = selected.get(0).id();
        String from = rows.size() == 1 && rows.get(0) instanceof StepRow s ? s.step().name() : null;
        inJob("Restarting run " + id + (from == null ? "" : " from step " + from),
                () -> engine.engine().restart(id, from));
    }

    private void deleteSelected() {
        List<Run> selected = selectedRuns();
        if (selected.isEmpty() || !MessageDialog.openConfirm(getSite().getShell(), "Delete runs", "Delete "
                + (selected.size() == 1 ? "run " + selected.get(0).id() : selected.size() + " runs")
                + " with their workspaces and logs? This cannot be undone.")) {
            return;
        }
        inJob("Deleting runs", () -> {
            for (Run run : selected) {
                engine.store().delete(run.id());
                UiThread.later(display, () -> {
                    runs.remove(run.id());
                    if (!viewer.getControl().isDisposed()) {
                        viewer.refresh();
                    }
                });
            }
        });
    }

    private void openSpecification() {
        List<Run> selected = selectedRuns();
        if (selected.size() == 1) {
            try {
                IDE.openEditorOnFileStore(getSite().getPage(), org.eclipse.core.filesystem.EFS.getLocalFileSystem()
                        .getStore(selected.get(0).specificationFile().toUri()));
            } catch (PartInitException e) {
                ErrorDialogs.show("Cannot open " + selected.get(0).specificationFile(), e);
            }
        }
    }

    private void showLogs() {
        List<Run> selected = selectedRuns();
        if (selected.size() == 1) {
            String id = selected.get(0).id();
            inJob("Reading the logs of run " + id, () -> RunsPlugin.consoles().replay(engine.store(), id));
        }
    }

    /** Compares the selected runs, oldest first: the first is the reference of ratios. */
    private void compareSelected() {
        List<Run> selected = selectedRuns();
        selected.sort(Comparator.comparing(Run::created, Comparator.nullsLast(Comparator.naturalOrder())));
        if (selected.size() >= 2) {
            try {
                RunComparisonEditor.open(getSite().getPage(), selected.stream().map(Run::id).toList());
            } catch (PartInitException e) {
                ErrorDialogs.show("Cannot compare the runs", e);
            }
        }
    }

    /** Engine calls that touch disk or processes run in a job; their user errors go to a dialog. */
    private void inJob(String name, Runnable body) {
        new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    body.run();
                    return Status.OK_STATUS;
                } catch (VreException e) {
                    return Status.error(e.getMessage());
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        }.schedule();
    }

    /** Selects the row of a run, or of one of its steps when {@code step} is given (tests and links). */
    public void select(String runId, String step) {
        Run run = runs.get(runId);
        if (run == null) {
            return;
        }
        Object row = step == null ? new RunRow(run) : new StepRow(run, run.step(step));
        viewer.expandToLevel(new RunRow(run), 1);
        viewer.setSelection(new StructuredSelection(row), true);
    }

    /** Selects several runs (compare). */
    public void selectRuns(List<String> ids) {
        viewer.setSelection(new StructuredSelection(ids.stream().filter(runs::containsKey)
                .map(id -> new RunRow(runs.get(id))).toArray()), true);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public RunDetails details() {
        return details;
    }

    public Action stopAction() {
        return stop;
    }

    public Action restartAction() {
        return restart;
    }

    public Action logsAction() {
        return logs;
    }

    public Action compareAction() {
        return compare;
    }

    /** The run as the view shows it now. */
    public Run shown(String runId) {
        return runs.get(runId);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        synchronized (this) {
            disposed = true;
            if (engine != null && listener != null) {
                engine.removeRunListener(listener);
                listener = null;
            }
        }
        super.dispose();
    }

    /** Runs newest first; a run's children are its steps, a step's its jobs. */
    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            @SuppressWarnings("unchecked")
            Map<String, Run> all = (Map<String, Run>) input;
            return all.values().stream().sorted(Comparator.comparing(Run::created,
                    Comparator.nullsLast(Comparator.reverseOrder()))).map(RunRow::new).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Row row ? RunRows.children(row) : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Row row && RunRows.children(row).length > 0;
        }
    }
}

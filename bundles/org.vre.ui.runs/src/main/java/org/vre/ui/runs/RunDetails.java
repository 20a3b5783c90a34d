package org.vre.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.vre.core.VreException;
import org.vre.engine.Provenance;
import org.vre.engine.Run;
import org.vre.lake.transfer.TransferSettings;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;
import org.vre.lake.transfer.UploadResult;
import org.vre.lake.transfer.UploadedFile;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.HumanBytes;
import org.vre.ui.MonitorProgress;
import org.vre.ui.UiThread;
import org.vre.ui.runs.viewers.PlotEditor;

/**
 * The selected run's outputs (a tree of its workspace, declared outputs first and marked) and its provenance, read in
 * a job. Outputs open with the viewer for their type, and can be copied out or registered in the lake.
 */
public final class RunDetails {

    /** One file or folder of a run's workspace. */
    public record OutputNode(Path path, String name, boolean folder, long bytes, boolean declared,
            List<OutputNode> children) {
    }

    private static final int MAX_FILES = 5000;

    private final IWorkbenchPartSite site;
    private final Display display;
    private final CTabFolder tabs;
    private final TreeViewer outputs;
    private final TableViewer provenance;
    private final Label title;
    private Run shown;
    private DesktopEngine engine;
    private long generation;

    RunDetails(Composite parent, IWorkbenchPartSite site) {
        this.site = site;
        this.display = parent.getDisplay();
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        title = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        tabs = new CTabFolder(area, SWT.BORDER | SWT.BOTTOM);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        Composite outputsArea = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(outputsArea);
        outputs = new TreeViewer(outputsArea, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        outputs.getTree().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(outputs.getTree());
        outputColumn("File", 300, n -> n.name() + (n.declared() ? "  (output)" : ""));
        outputColumn("Size", 90, n -> n.folder() ? "" : HumanBytes.format(n.bytes()));
        outputs.setContentProvider(new OutputContent());
        outputs.addDoubleClickListener(e -> openSelected());
        button(outputsArea, "Open", this::openSelected);
        button(outputsArea, "Download...", this::downloadSelected);
        button(outputsArea, "Register in Lake", this::registerSelected);
        tab("Outputs", outputsArea);

        provenance = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL);
        provenance.getTable().setHeaderVisible(true);
        provenanceColumn("What", 180, 0);
        provenanceColumn("Value", 600, 1);
        provenance.setContentProvider(ArrayContentProvider.getInstance());
        tab("Provenance", provenance.getControl());
        tabs.setSelection(0);
        show(null, null);
    }

    private void tab(String text, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void outputColumn(String text, int width, java.util.function.Function<OutputNode, String> label) {
        TreeViewerColumn column = new TreeViewerColumn(outputs, SWT.LEFT);
        column.getColumn().setText(text);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((OutputNode) element);
            }
        });
    }

    private void provenanceColumn(String text, int width, int index) {
        TableViewerColumn column = new TableViewerColumn(provenance, SWT.LEFT);
        column.getColumn().setText(text);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((String[]) element)[index];
            }
        });
    }

    /** Shows a run's outputs and provenance (read in a job); null clears. */
    void show(Run run, DesktopEngine desktop) {
        shown = run;
        engine = desktop;
        long mine = ++generation;
        if (run == null) {
            title.setText("Select a run to see its outputs and provenance");
            outputs.setInput(List.of());
            provenance.setInput(List.of());
            return;
        }
        title.setText("Run " + run.id() + " — workspace " + run.workspace());
        new Job("Reading the outputs of run " + run.id()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Provenance recorded = desktop.store().provenance(run.id()).orElse(null);
                List<OutputNode> tree = outputTree(run.workspace(), recorded);
                List<String[]> rows = provenanceRows(run, recorded);
                UiThread.later(display, () -> {
                    if (mine == generation && !outputs.getControl().isDisposed()) {
                        outputs.setInput(tree);
                        outputs.expandToLevel(2);
                        provenance.setInput(rows);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RunsView.FAMILY;
            }
        }.schedule();
    }

    /** The workspace's files, folders first, capped at a few thousand entries; declared outputs marked. */
    static List<OutputNode> outputTree(Path workspace, Provenance provenance) {
        Set<String> declared = provenance == null ? Set.of()
                : provenance.outputs().stream().map(Provenance.FileRecord::name).collect(Collectors.toSet());
        int[] budget = {MAX_FILES};
        return Files.isDirectory(workspace) ? children(workspace, workspace, declared, budget) : List.of();
    }

    private static List<OutputNode> children(Path root, Path folder, Set<String> declared, int[] budget) {
        List<OutputNode> nodes = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted(Comparator.comparing((Path x) -> !Files.isDirectory(x))
                    .thenComparing(Path::getFileName)).toList()) {
                if (budget[0]-- <= 0) {
                    break;
                }
                String relative = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    nodes.add(new OutputNode(p, p.getFileName().toString(), true, 0, false,
                            children(root, p, declared, budget)));
                } else {
                    nodes.add(new OutputNode(p, p.getFileName().toString(), false, Files.size(p),
                            declared.contains(relative), List.of()));
                }
            }
        } catch (IOException e) {
            // a workspace being written or deleted: show what could be read
        }
        return nodes;
    }

    static List<String[]> provenanceRows(Run run, Provenance p) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("run", run.id() + " (attempt " + run.attempt() + ")");
        rows.put("state", run.state().label() + (run.message() == null ? "" : ": " + run.message()));
        rows.put("specification", run.specificationFile().toString());
        // the parameters as the last attempt ran them (a restart reads the specification again)
        new TreeMap<>(p != null ? p.parameters() : run.parameters()).forEach((k, v) -> rows.put("parameter " + k, v));
        if (p == null) {
            rows.put("provenance", "not recorded yet (written when the run ends)");
        } else {
            rows.put("specification sha256", p.specificationSha256());
            rows.put("git commit", p.gitCommit() == null ? "not a git repository"
                    : p.gitCommit() + (p.gitDirty() ? " (uncommitted changes)" : ""));
            rows.put("host", p.host());
            rows.put("VRE version", p.vreVersion());
            rows.put("executors", String.join("; ", p.executors()));
            rows.put("images", String.join(", ", p.images()));
            p.inputs().forEach(f -> rows.put("input " + f.name(), f.source() + ", " + HumanBytes.format(f.bytes())
                    + ", adler32 " + f.adler32()));
            p.outputs().forEach(f -> rows.put("output " + f.name(), HumanBytes.format(f.bytes()) + ", adler32 "
                    + f.adler32() + ", sha256 " + f.sha256()));
        }
        return rows.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toList();
    }

    private List<OutputNode> selectedFiles() {
        List<OutputNode> files = new ArrayList<>();
        for (Object o : outputs.getStructuredSelection().toList()) {
            if (o instanceof OutputNode node && !node.folder()) {
                files.add(node);
            }
        }
        return files;
    }

    private void openSelected() {
        for (OutputNode node : selectedFiles()) {
            try {
                PlotEditor.open(site.getPage(), node.path());
            } catch (PartInitException e) {
                ErrorDialogs.show("Cannot open " + node.path(), e);
            }
        }
    }

    private void downloadSelected() {
        List<OutputNode> files = selectedFiles();
        if (files.isEmpty()) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(site.getShell());
        dialog.setMessage("Copy " + files.size() + " output(s) of run " + shown.id() + " to:");
        String chosen = dialog.open();
        if (chosen != null) {
            copy(files, Path.of(chosen));
        }
    }

    /** Copies outputs into a folder in a job (a copy that fails leaves no partial file behind). */
    public Job copy(List<OutputNode> files, Path target) {
        return inJob("Copying outputs to " + target, monitor -> {
            for (OutputNode node : files) {
                Path temp = target.resolve("." + node.name() + ".part");
                try {
                    Files.createDirectories(target);
                    Files.copy(node.path(), temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, target.resolve(node.name()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // nothing more to clean
                    }
                    throw new VreException("cannot copy " + node.path() + " to " + target + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private void registerSelected() {
        List<OutputNode> files = selectedFiles();
        if (!files.isEmpty()) {
            register(files, "LOCAL");
        }
    }

    /** Uploads outputs to the lake under the user's scope (checksums verified by the upload). */
    public Job register(List<OutputNode> files, String rse) {
        DesktopEngine desktop = engine;
        return inJob("Registering outputs in the lake", monitor -> {
            UploadResult result = new UploadOperation(desktop.catalog(), desktop.storages(), desktop.account(),
                    TransferSettings.defaults(), UploadRequest.of("user." + desktop.account(), rse,
                            files.stream().map(OutputNode::path).toArray(Path[]::new)))
                    .run(new MonitorProgress(monitor));
            for (UploadedFile f : result.files()) {
                if (f.status() == UploadedFile.Status.FAILED) {
                    throw new VreException("cannot register " + f.source() + " in the lake: " + f.error());
                }
            }
        });
    }

    private interface Work {
        void run(IProgressMonitor monitor);
    }

    private static Job inJob(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (VreException e) {
                    return Status.error(e.getMessage());
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RunsView.FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    public TreeViewer outputs() {
        return outputs;
    }

    public TableViewer provenance() {
        return provenance;
    }

    /** Folders' children are their entries. */
    private static final class OutputContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((OutputNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((OutputNode) element).children().isEmpty();
        }
    }
}

package org.vre.ui.lake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.LakeEvent;
import org.vre.lake.LakeEventListener;
import org.vre.lake.RseExpression;
import org.vre.lake.Scope;
import org.vre.lake.transfer.TransferEvents;
import org.vre.ui.LakePreferences;
import org.vre.ui.UiThread;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.Root;
import org.vre.ui.lake.LakeNode.ScopeNode;

/**
 * The Data Lake view: the catalogue as a lazy tree (scopes, containers, datasets, files) with a Rucio filter
 * search, sortable columns, the selection's details in the Properties view, and the lake's actions (upload, also
 * by drag and drop; download; replication rules; copy DID or PFN; export rows). It reloads what changed when the
 * catalogue reports events.
 */
public final class LakeView extends ViewPart {

    /** Job family of everything this view reads, so tests and shutdown can wait for it. */
    public static final Object FAMILY = LakeTreeContent.FAMILY;
    static final String UPLOAD_EXPRESSION = "lake.upload.rse";

    private TreeViewer viewer;
    private Display display;
    private LakeTreeContent content;
    private LakeSearchBar search;
    private LakeDropListener drop;
    private LakePropertySources properties;
    private final Set<String> changedScopes = ConcurrentHashMap.newKeySet();
    private final LakeEventListener events = this::changed;
    /** Another lake: shown from the top, unless the view has been closed before the UI thread gets to it. */
    private final LakeSession.SwitchListener switched = () -> UiThread.later(display, () -> {
        if (!viewer.getControl().isDisposed()) {
            refresh();
        }
    });
    private Job reloadChanged;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        search = new LakeSearchBar(parent, bar -> refresh());
        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.setUseHashlookup(true);
        content = new LakeTreeContent(viewer);
        for (LakeColumn column : LakeColumn.values()) {
            addColumn(column);
        }
        viewer.setContentProvider(content);
        properties = new LakePropertySources(display);
        getSite().setSelectionProvider(viewer);
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copyRows();
            }
        });
        drop = new LakeDropListener(this);
        DropTarget target = new DropTarget(viewer.getTree(), DND.DROP_COPY | DND.DROP_DEFAULT);
        target.setTransfer(FileTransfer.getInstance());
        target.addDropListener(drop);
        // DIDs dragged out as "scope:name" lines: the workflow editor takes them as inputs, a text editor as text
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] {TextTransfer.getInstance()}, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !selectedDids().isEmpty();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = draggedText();
            }
        });
        createActions();
        reloadChanged = new Job("Reloading what changed in the lake") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Set<String> scopes = Set.copyOf(changedScopes);
                changedScopes.removeAll(scopes);
                UiThread.later(display, () -> {
                    if (!viewer.getControl().isDisposed()) {
                        content.reload(node -> affected(node, scopes));
                        properties.reload(scopes);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        reloadChanged.setSystem(true);
        LakeSession.addEventListener(events);
        LakeSession.addSwitchListener(switched);
        refresh();
    }

    /** Reads the lake again from the top (scopes, or the search), e.g. after another lake was chosen. */
    public void refresh() {
        content.show(new Root(search.scope(), search.filter()));
        Job job = new Job("Reading the lake's scopes") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    LakeSession session = LakeSession.current();
                    List<String> scopes = session.catalog().listScopes().stream().map(Scope::name).sorted().toList();
                    String where = "Lake: " + session.describe() + " — account " + session.account();
                    UiThread.later(display, () -> {
                        if (!viewer.getControl().isDisposed()) {
                            search.setScopes(scopes);
                            setContentDescription(where);
                        }
                    });
                } catch (RuntimeException e) {
                    UiThread.later(display, () -> {
                        if (!viewer.getControl().isDisposed()) {
                            setContentDescription("Cannot open the lake: " + e.getMessage());
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** An event from the catalogue (any thread): remember its scope and reload shortly, once for a burst. */
    private void changed(LakeEvent event) {
        if (TransferEvents.isRecord(event) || event.outcome() != LakeEvent.Outcome.OK) {
            return;
        }
        String target = event.target() == null ? "" : event.target();
        int colon = target.indexOf(':');
        changedScopes.add(event.type().startsWith("scope.") ? "*" : colon > 0 ? target.substring(0, colon) : "*");
        reloadChanged.schedule(200);
    }

    private static boolean affected(LakeNode node, Set<String> scopes) {
        if (scopes.contains("*") || node instanceof Root root && !root.search().isBlank()) {
            return true;
        }
        if (node instanceof ScopeNode scope) {
            return scopes.contains(scope.name());
        }
        return node instanceof DidNode did && scopes.contains(did.did().scope());
    }

    private void addColumn(LakeColumn column) {
        TreeViewerColumn viewerColumn = new TreeViewerColumn(viewer, SWT.NONE);
        TreeColumn tc = viewerColumn.getColumn();
        tc.setText(column.title);
        tc.setWidth(column.width);
        tc.setMoveable(true);
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text(element, content::fileState);
            }

            @Override
            public Image getImage(Object element) {
                return column == LakeColumn.NAME ? LakeIcons.of(element) : null;
            }
        });
        tc.addListener(SWT.Selection, e -> sortBy(column, tc));
    }

    /** Sorts by a column; a second click reverses, a third goes back to the catalogue's order. */
    void sortBy(LakeColumn column, TreeColumn tc) {
        var tree = viewer.getTree();
        int direction;
        if (tree.getSortColumn() != tc) {
            direction = SWT.UP;
        } else {
            direction = tree.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.NONE;
        }
        tree.setSortColumn(direction == SWT.NONE ? null : tc);
        tree.setSortDirection(direction);
        var order = column.order(content::fileState);
        content.sort(direction == SWT.NONE ? null : direction == SWT.UP ? order : order.reversed());
    }

    // ---- actions

    private void createActions() {
        List<Action> selectionActions = List.of(
                action("Upload Files…", ISharedImages.IMG_OBJ_ADD, this::uploadFiles),
                action("Upload Folder…", ISharedImages.IMG_OBJ_FOLDER, this::uploadFolder),
                action("Download…", ISharedImages.IMG_ETOOL_SAVE_EDIT, this::download),
                action("Download into Project…", ISharedImages.IMG_OBJ_PROJECT, this::downloadIntoProject),
                action("Add Replication Rule…", ISharedImages.IMG_TOOL_FORWARD, this::addRule));
        Action open = action("Open", null, this::openSelectedFile);
        viewer.addDoubleClickListener(event -> openSelectedFile());
        Action copyDid = action("Copy DID", ISharedImages.IMG_TOOL_COPY, this::copyDids);
        Action copyPfn = action("Copy PFN", null, this::copyPfns);
        Action copyRows = action("Copy Rows", null, this::copyRows);
        Action export = action("Export Rows as CSV…", ISharedImages.IMG_ETOOL_SAVEAS_EDIT, this::exportCsv);
        Action remove = action("Remove from Dataset", ISharedImages.IMG_TOOL_DELETE, this::removeFromParent);
        Action refresh = action("Refresh", null, this::refresh);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(open);
            selectionActions.forEach(m::add);
            m.add(new Separator());
            m.add(copyDid);
            m.add(copyPfn);
            m.add(copyRows);
            m.add(export);
            m.add(new Separator());
            m.add(remove);
            m.add(refresh);
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        selectionActions.forEach(toolbar::add);
        toolbar.add(export);
        IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
        viewMenu.add(refresh);
        viewMenu.add(copyRows);
    }

    private static Action action(String text, String image, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        if (image != null) {
            action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        }
        return action;
    }

    private List<Object> selection() {
        return ((IStructuredSelection) viewer.getSelection()).toList();
    }

    private List<Did> selectedDids() {
        List<Did> dids = new ArrayList<>();
        for (Object o : selection()) {
            if (o instanceof DidNode node) {
                dids.add(node.did());
            }
        }
        return dids;
    }

    /** What a drag carries: the selected DIDs, one {@code scope:name} a line. */
    public String draggedText() {
        return String.join("\n", selectedDids().stream().map(Did::toString).toList());
    }

    private Object selectedTarget() {
        List<Object> selected = selection();
        return selected.size() == 1 ? selected.get(0) : null;
    }

    private void uploadFiles() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Upload Files to the Lake");
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        uploadAsked(files);
    }

    private void uploadFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText("Upload a Folder to the Lake");
        String folder = dialog.open();
        if (folder != null) {
            uploadAsked(List.of(Path.of(folder)));
        }
    }

    /** Asks for the RSE expression (checked as typed), then uploads into the selected scope or dataset. */
    private void uploadAsked(List<Path> paths) {
        UploadTarget target;
        try {
            target = UploadTarget.of(selectedTarget());
        } catch (VreException e) {
            MessageDialog.openInformation(getSite().getShell(), "Upload", e.getMessage());
            return;
        }
        InputDialog ask = new InputDialog(getSite().getShell(), "Upload to " + target.scope()
                + (target.dataset() == null ? "" : " / " + target.dataset().name()),
                "RSE expression (the first RSE it selects that this client can write to is used):", uploadExpression(),
                text -> {
                    try {
                        RseExpression.parse(text);
                        return null;
                    } catch (VreException e) {
                        return e.getMessage();
                    }
                });
        if (ask.open() != Window.OK) {
            return;
        }
        LakePreferences.store().setValue(UPLOAD_EXPRESSION, ask.getValue().trim());
        upload(paths, target, ask.getValue().trim());
    }

    /** Uploads into a scope or dataset (what a drop does); returns the job. */
    public Job upload(List<Path> paths, Object targetRow, String rseExpression) {
        return upload(paths, UploadTarget.of(targetRow), rseExpression);
    }

    private Job upload(List<Path> paths, UploadTarget target, String rseExpression) {
        return LakeTransfers.upload(paths, target, rseExpression, results -> { });
    }

    /** The RSE expression uploads use when none is asked (drag and drop): the last one chosen, else any RSE. */
    String uploadExpression() {
        String value = LakePreferences.store().getString(UPLOAD_EXPRESSION);
        return value == null || value.isBlank() ? "*" : value;
    }

    private void download() {
        List<Did> dids = selectedDids();
        if (dids.isEmpty()) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText("Download " + (dids.size() == 1 ? dids.get(0) : dids.size() + " DIDs") + " to");
        String folder = dialog.open();
        if (folder != null) {
            download(dids, Path.of(folder));
        }
    }

    /** A selected file opens with the editor for its name (double-click too); collections expand instead. */
    private void openSelectedFile() {
        List<Object> selected = selection();
        if (selected.size() == 1 && selected.get(0) instanceof DidNode node && !node.isCollection()) {
            open(node.did());
        }
    }

    /** Fetches a file into the download cache and opens it; returns the job. */
    public Job open(Did file) {
        return LakeOpen.open(file, getSite().getPage(), path -> { });
    }

    private void downloadIntoProject() {
        List<Did> dids = selectedDids();
        IProject[] projects = java.util.Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(IProject::isOpen).toArray(IProject[]::new);
        if (dids.isEmpty()) {
            return;
        }
        if (projects.length == 0) {
            MessageDialog.openInformation(getSite().getShell(), "Download into Project",
                    "There is no open project: create one first (File > New > Project, or New Analysis).");
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(),
                new org.eclipse.ui.model.WorkbenchLabelProvider());
        dialog.setTitle("Download into Project");
        dialog.setMessage("Files go to <project>/data/<scope>/<name>:");
        dialog.setElements(projects);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IProject project) {
            downloadIntoProject(dids, project);
        }
    }

    /** Downloads DIDs into {@code project}/data/scope/name and refreshes the project; returns the job. */
    public Job downloadIntoProject(List<Did> dids, IProject project) {
        return LakeOpen.intoProject(dids, project, folder -> { });
    }

    /** Downloads DIDs into {@code folder}/scope/name; returns the job. */
    public Job download(List<Did> dids, Path folder) {
        return LakeTransfers.download(dids, folder, result -> { });
    }

    private void addRule() {
        List<Did> dids = selectedDids();
        if (dids.size() != 1) {
            MessageDialog.openInformation(getSite().getShell(), "Add Replication Rule", "Select one DID.");
            return;
        }
        AddRuleDialog dialog = new AddRuleDialog(getSite().getShell(), dids.get(0));
        if (dialog.open() == Window.OK) {
            addRule(dialog.result());
        }
    }

    /** Adds the rule and runs the transfers it asks for; returns the job. */
    public Job addRule(org.vre.lake.RuleSpec spec) {
        return LakeTransfers.addRule(spec, rule -> { });
    }

    private void copyDids() {
        List<Did> dids = selectedDids();
        if (!dids.isEmpty()) {
            toClipboard(String.join("\n", dids.stream().map(Did::toString).toList()));
        }
    }

    private void copyPfns() {
        List<Did> dids = selectedDids();
        if (!dids.isEmpty()) {
            LakeTransfers.pfns(dids, pfns -> UiThread.later(display, () -> toClipboard(String.join("\n", pfns))));
        }
    }

    /** Copies the selected rows, tab-separated with a header, for a spreadsheet or a mail. */
    public void copyRows() {
        List<Object> rows = selection();
        if (!rows.isEmpty()) {
            toClipboard(RowsExport.tsv(rows, content::fileState));
        }
    }

    private void exportCsv() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Rows as CSV");
        dialog.setFilterExtensions(new String[] {"*.csv"});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportCsv(Path.of(file));
        }
    }

    /**
     * Writes the listing of the selected row (its children when it is expanded, else the rows selected) or, with
     * nothing selected, the top level, as CSV in a job.
     */
    public Job exportCsv(Path file) {
        List<Object> selected = selection();
        List<Object> rows;
        if (selected.size() == 1 && selected.get(0) instanceof LakeNode node && !content.children(node).isEmpty()
                && viewer.getExpandedState(node)) {
            rows = content.children(node);
        } else if (!selected.isEmpty()) {
            rows = selected;
        } else {
            rows = content.children((LakeNode) viewer.getInput());
        }
        String csv = RowsExport.csv(rows, content::fileState);
        return LakeJobs.schedule("Exporting " + rows.size() + " rows to " + file, "Export to " + file, work -> {
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new VreException("cannot write " + file + ": " + e.getMessage());
            }
            return file;
        }, null);
    }

    private void removeFromParent() {
        List<Object> rows = selection();
        if (rows.isEmpty() || !(rows.get(0) instanceof DidNode first) || !(first.parent() instanceof DidNode parent)) {
            MessageDialog.openInformation(getSite().getShell(), "Remove", "Select DIDs shown inside a dataset or container.");
            return;
        }
        List<Did> children = rows.stream().filter(r -> r instanceof DidNode d && d.parent().equals(parent))
                .map(r -> ((DidNode) r).did()).toList();
        if (MessageDialog.openConfirm(getSite().getShell(), "Remove from " + parent.did(), "Detach " + children.size()
                + " DID(s) from " + parent.did() + "? Their files and replicas stay in the lake.")) {
            LakeTransfers.detach(parent.did(), children, p -> { });
        }
    }

    private void toClipboard(String text) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    // ---- for the Properties view and the tests

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(properties);
            properties.addPage(page);
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    /** The search field (Rucio filter), its scope filter and its error line, for tests. */
    public org.eclipse.swt.widgets.Text searchField() {
        return search.filterField();
    }

    public org.eclipse.swt.widgets.Combo scopeField() {
        return search.scopeField();
    }

    public String searchProblem() {
        return search.problem();
    }

    public LakeDropListener dropListener() {
        return drop;
    }

    /** Whether some listing is still being read (for tests and screenshots). */
    public boolean isLoading() {
        return content.isLoading();
    }

    /** The Properties view's data for a row: category → (name → value); null until read. */
    public java.util.Map<String, java.util.Map<String, String>> propertiesOf(Object row) {
        DidProperties source = row instanceof DidNode node ? properties.cached(node.did()) : null;
        return source == null || !source.isLoaded() ? null : source.rows();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LakeSession.removeEventListener(events);
        LakeSession.removeSwitchListener(switched);
        reloadChanged.cancel();
        super.dispose();
    }
}

package org.vre.ui.lake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.DidType;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.Scope;
import org.vre.ui.UiThread;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.MessageNode;
import org.vre.ui.lake.LakeNode.Root;
import org.vre.ui.lake.LakeNode.ScopeNode;

/**
 * The lake tree as a lazy, virtual tree: SWT asks only for the rows it shows, and the children of a row are read
 * in a job of {@link #FAMILY} when the row is first expanded (never on the UI thread). The first
 * {@value #FIRST_PAGE} children are shown as soon as they are read, the rest when the listing is complete, so a
 * dataset of 100,000 files shows its first rows at once. Sorting happens in jobs on the loaded arrays.
 * <p>
 * Every change of the tree's rows goes through a {@link TreeChangeGuard}: SWT's requests for data that arrive
 * while rows are being removed are answered afterwards, and a row's child count is never lowered while GTK is
 * painting that row (both abort the VM on GTK). Results of jobs are shown only if the tree still shows what the
 * job read for ({@link LakeListings}, one per {@link #show}), re-finding rows by their node, never holding items.
 */
final class LakeTreeContent implements ILazyTreeContentProvider {

    static final Object FAMILY = new Object();
    static final int FIRST_PAGE = 200;
    /** Listings up to this long are redisplayed with the viewer's refresh (it is quadratic in the child count). */
    static final int REFRESH_LIMIT = 2_000;
    /** Above this many files the state column is left empty rather than read per file. */
    static final int MAX_STATES = 20_000;

    private final TreeViewer viewer;
    private final Display display;
    private final TreeChangeGuard guard;
    private volatile LakeListings listings = new LakeListings();
    /** What each row's items show now (UI thread only). */
    private final Map<LakeNode, Object[]> displayed = new HashMap<>();
    /** Rows whose child count goes down, set after the SetData event that filled them (UI thread only). */
    private final Set<Object> countsLater = new LinkedHashSet<>();
    private volatile Comparator<LakeNode> order;

    LakeTreeContent(TreeViewer viewer) {
        this.viewer = viewer;
        this.display = viewer.getControl().getDisplay();
        this.guard = new TreeChangeGuard(viewer.getControl());
    }

    /** Forgets everything read and shows {@code root} (scopes, or a search). */
    void show(Root root) {
        guard.change(() -> {
            collapseTopLevel();
            listings = new LakeListings();
            displayed.clear();
            countsLater.clear();
            viewer.setInput(root);
        });
    }

    /**
     * Collapses the expanded top-level rows before a new input removes them: GTK then drops their subtrees in one
     * step instead of removing each shown child (100,000 files) from its view and moving its cursor through them.
     */
    private void collapseTopLevel() {
        Object[] rows = viewer.getInput() instanceof Root shown ? displayed.get(shown) : null;
        if (rows == null) {
            return;
        }
        for (Object row : rows) {
            if (LakeNode.expandable(row) && viewer.testFindItem(row) instanceof TreeItem item && !item.isDisposed()
                    && item.getExpanded()) {
                item.setExpanded(false);
            }
        }
    }

    String fileState(DidNode node) {
        return listings.fileState(node.did());
    }

    /** The loaded children of a row (empty when not read yet). */
    List<Object> children(LakeNode parent) {
        Object[] rows = listings.rows(parent);
        return rows == null ? List.of() : Arrays.asList(rows);
    }

    boolean isLoading() {
        return listings.isLoading();
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = childCount(element);
        if (count != currentChildCount) {
            guard.change(() -> viewer.setChildCount(element, count));
        }
    }

    private int childCount(Object element) {
        Object[] rows = element instanceof LakeNode node ? listings.rows(node) : null;
        return rows != null ? rows.length : LakeNode.expandable(element) ? 1 : 0;
    }

    @Override
    public void updateElement(Object parent, int index) {
        if (guard.isChanging()) {
            // SWT asks from inside a change of the rows (GTK painting re-entrantly): answer once they are whole
            guard.later(() -> {
                if (isShown(parent)) {
                    updateElement(parent, index);
                }
            });
            return;
        }
        guard.change(() -> fill((LakeNode) parent, index));
    }

    private boolean isShown(Object parent) {
        return parent.equals(viewer.getInput())
                || viewer.testFindItem(parent) instanceof TreeItem item && !item.isDisposed();
    }

    private void fill(LakeNode parent, int index) {
        Object[] rows = listings.rows(parent);
        Object child;
        if (rows == null) {
            child = new MessageNode(parent, "loading…");
            load(parent);
        } else if (index < rows.length) {
            child = rows[index];
            displayed.putIfAbsent(parent, rows);
        } else {
            return;
        }
        adoptNewDetails(parent, index, child);
        viewer.replace(parent, index, child);
        setChildCount(child);
    }

    /**
     * A row whose DID is shown with older details (a dataset that grew) takes the new ones in place. Given a new
     * element, JFace would first disassociate the old one and walk every child row of it: seconds for an expanded
     * dataset of 100,000 files on GTK, on the UI thread. JFace finds rows by {@code equals}, which the new element
     * is, so the row only needs to hold it before {@code replace} updates its labels.
     */
    private void adoptNewDetails(LakeNode parent, int index, Object child) {
        Widget parentWidget = parent instanceof Root ? viewer.getTree() : viewer.testFindItem(parent);
        TreeItem item = parentWidget instanceof Tree tree && index < tree.getItemCount() ? tree.getItem(index)
                : parentWidget instanceof TreeItem row && index < row.getItemCount() ? row.getItem(index) : null;
        if (item != null && !item.isDisposed() && item.getData() != child && child.equals(item.getData())) {
            item.setData(child);
        }
    }

    /**
     * Gives a row just filled its child count: at once when that adds rows (what SWT's virtual tree expects of a
     * SetData listener), after the event when it removes rows, which GTK cannot take while it paints the row.
     */
    private void setChildCount(Object row) {
        int count = childCount(row);
        if (viewer.testFindItem(row) instanceof TreeItem item && !item.isDisposed() && item.getItemCount() > count) {
            if (countsLater.add(row) && countsLater.size() == 1) {
                guard.later(this::setCountsLater);
            }
            return;
        }
        viewer.setChildCount(row, count);
    }

    private void setCountsLater() {
        List<Object> rows = List.copyOf(countsLater);
        countsLater.clear();
        guard.change(() -> rows.forEach(row -> viewer.setChildCount(row, childCount(row))));
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof LakeNode node ? node.parent() : null;
    }

    /** Sorts every loaded listing by {@code newOrder} (null: catalogue order needs a re-read) in a job. */
    void sort(Comparator<LakeNode> newOrder) {
        order = newOrder;
        if (newOrder == null) {
            reload(node -> true);
            return;
        }
        LakeListings sorting = listings;
        job("Sorting the lake listing", monitor -> {
            Comparator<Object> comparator = LakeColumn.messagesLast(newOrder);
            sorting.forEach((parent, rows) -> {
                if (parent instanceof Root root && root.search().isBlank()) {
                    return; // scopes stay alphabetical: moving expanded rows would leave GTK's expansion behind
                }
                Object[] sorted = rows.clone();
                Arrays.sort(sorted, comparator);
                sorting.replace(parent, rows, sorted);
            });
            UiThread.later(display, () -> {
                if (sorting == listings && !viewer.getControl().isDisposed()) {
                    guard.change(this::resorted);
                }
            });
        });
    }

    /** Reads again the loaded listings {@code affected} selects, keeping them shown until the new ones arrive. */
    void reload(Predicate<LakeNode> affected) {
        for (LakeNode parent : listings.parents()) {
            if (affected.test(parent)) {
                load(parent);
            }
        }
    }

    private void load(LakeNode parent) {
        load(parent, listings);
    }

    private void load(LakeNode parent, LakeListings into) {
        if (!into.startLoading(parent)) {
            return;
        }
        job("Reading the lake: " + describe(parent), monitor -> {
            List<Object> rows = new ArrayList<>();
            try {
                CatalogService catalog = LakeSession.current().catalog();
                try (Stream<? extends LakeNode> children = read(catalog, parent)) {
                    Iterator<? extends LakeNode> it = children.iterator();
                    while (it.hasNext() && !monitor.isCanceled()) {
                        rows.add(it.next());
                        if (rows.size() == FIRST_PAGE && !into.isLoaded(parent)) {
                            publish(into, parent, rows.toArray(), false);
                        }
                    }
                }
                if (parent instanceof DidNode dataset && dataset.details().type() == DidType.DATASET
                        && rows.size() <= MAX_STATES) {
                    into.addFileStates(readStates(catalog, dataset, rows));
                }
            } catch (RuntimeException e) {
                rows = List.of(new MessageNode(parent, "cannot read the lake: " + e.getMessage()));
            }
            if (rows.isEmpty()) {
                rows = List.of(new MessageNode(parent, parent instanceof Root root && !root.search().isBlank()
                        ? "no DID matches the search" : "(empty)"));
            }
            Object[] array = rows.toArray();
            Comparator<LakeNode> current = order;
            if (current != null && !(parent instanceof Root root && root.search().isBlank())) {
                Arrays.sort(array, LakeColumn.messagesLast(current));
            }
            publish(into, parent, array, true);
        });
    }

    /** Keeps what a job read and shows it, unless the tree has been given another input (or lake) meanwhile. */
    private void publish(LakeListings into, LakeNode parent, Object[] rows, boolean complete) {
        if (into.put(parent, rows, complete)) {
            load(parent, into); // a change came while this read ran: show these rows, then read again
        }
        UiThread.later(display, () -> {
            if (into == listings && !viewer.getControl().isDisposed()) {
                guard.change(() -> redisplay(parent, rows));
            }
        });
    }

    /**
     * Shows new children of a row. {@code viewer.refresh} walks every child item of a lazy tree, expanded
     * subtrees included (O(n²) on GTK for 100,000 rows), so it is used only while every listing shown is short.
     * Rows appended behind the ones shown (the rest of a long listing) only grow the item count; otherwise the
     * row's direct children are cleared, so SWT asks again for the ones it shows.
     */
    private void redisplay(LakeNode parent, Object[] rows) {
        Object[] before = displayed.put(parent, rows);
        if (before != null && isPrefix(before, rows) && rows.length > before.length) {
            viewer.setChildCount(parent, rows.length);
            return;
        }
        if (!longListingShown()) {
            if (parent instanceof Root) {
                viewer.refresh();
            } else {
                viewer.refresh(parent);
            }
            return;
        }
        clearChildren(parent, rows.length);
    }

    private boolean longListingShown() {
        return displayed.values().stream().anyMatch(rows -> rows.length > REFRESH_LIMIT);
    }

    private void clearChildren(LakeNode parent, int count) {
        Widget item = parent instanceof Root ? viewer.getTree() : viewer.testFindItem(parent);
        if (item == null || item.isDisposed()) {
            return; // not shown: SWT asks when it is
        }
        viewer.setChildCount(parent, count);
        if (item instanceof Tree tree) {
            tree.clearAll(false);
        } else if (item instanceof TreeItem treeItem) {
            treeItem.clearAll(false);
        }
    }

    /**
     * After a sort every listing holds the same rows in another order: short trees are refreshed, a tree showing
     * a long listing is cleared once (SWT then asks again for the rows it shows).
     */
    private void resorted() {
        boolean refresh = !longListingShown() && !listings.anyLongerThan(REFRESH_LIMIT);
        displayed.clear();
        listings.forEach(displayed::put);
        if (refresh) {
            viewer.refresh();
        } else {
            listings.forEach((parent, rows) -> clearChildren(parent, rows.length));
        }
    }

    private static boolean isPrefix(Object[] before, Object[] after) {
        if (before.length > after.length) {
            return false;
        }
        for (int i = 0; i < before.length; i++) {
            if (!sameContent(before[i], after[i])) {
                return false;
            }
        }
        return true;
    }

    /** The same row showing the same details (a DID row is the same row when its details change). */
    private static boolean sameContent(Object before, Object after) {
        return before.equals(after)
                && (!(before instanceof DidNode was) || was.details().equals(((DidNode) after).details()));
    }

    /** Scopes (or one), a search over them, the top of a scope, or a collection's content. */
    private static Stream<? extends LakeNode> read(CatalogService catalog, LakeNode parent) {
        if (parent instanceof Root root) {
            List<String> scopes = catalog.listScopes().stream().map(Scope::name)
                    .filter(name -> root.scope() == null || root.scope().equals(name)).sorted().toList();
            if (root.search().isBlank()) {
                return scopes.stream().map(name -> new ScopeNode(root, name));
            }
            DidFilter filter = DidFilter.parse(root.search());
            return scopes.stream().flatMap(scope -> catalog.searchDids(scope, filter, false))
                    .map(details -> new DidNode(root, details));
        }
        if (parent instanceof ScopeNode scope) {
            return catalog.listRoots(scope.name()).map(details -> new DidNode(scope, details));
        }
        if (parent instanceof DidNode did) {
            return catalog.listContent(did.did()).map(details -> new DidNode(did, details));
        }
        return Stream.empty();
    }

    /** The state column of a dataset's files: their replicas per RSE, read in one query. */
    private static Map<Did, String> readStates(CatalogService catalog, DidNode dataset, List<Object> rows) {
        Map<Did, String> states = new HashMap<>();
        for (Object row : rows) {
            if (row instanceof DidNode file && !file.isCollection()) {
                states.put(file.did(), "no replica");
            }
        }
        try (Stream<FileReplicas> replicas = catalog.listReplicas(dataset.did(), Set.of())) {
            replicas.forEach(file -> states.put(file.did(), summary(file.pfns())));
        }
        return states;
    }

    static String summary(List<Pfn> pfns) {
        Map<String, String> byRse = new java.util.TreeMap<>();
        pfns.forEach(p -> byRse.putIfAbsent(p.rse(), p.state().name()));
        if (byRse.isEmpty()) {
            return "no replica";
        }
        return byRse.entrySet().stream().map(e -> e.getValue() + "@" + e.getKey()).collect(Collectors.joining(", "));
    }

    private static String describe(LakeNode node) {
        if (node instanceof ScopeNode scope) {
            return scope.name();
        }
        if (node instanceof DidNode did) {
            return did.did().toString();
        }
        return node instanceof Root root && !root.search().isBlank() ? "search " + root.search() : "scopes";
    }

    interface Work {
        void run(IProgressMonitor monitor);
    }

    private static void job(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                work.run(monitor);
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }
}

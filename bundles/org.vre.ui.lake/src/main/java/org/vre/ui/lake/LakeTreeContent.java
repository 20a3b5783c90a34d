package org.vre.ui.lake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.vre.lake.CatalogService;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.DidType;
import org.vre.ui.UiThread;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.MessageNode;
import org.vre.ui.lake.LakeNode.ScopeNode;

/**
 * Scopes, then their DIDs, then the content of datasets and containers. Children load lazily in jobs of
 * {@link #FAMILY} (never on the UI thread); until they arrive the node shows "loading…". A level shows at
 * most {@link #MAX_CHILDREN} rows, so a scope with millions of files stays responsive.
 */
final class LakeTreeContent implements ITreeContentProvider {

    static final Object FAMILY = new Object();
    static final int MAX_CHILDREN = 10_000;
    private static final Object ROOT = new Object();

    private final TreeViewer viewer;
    private final Display display;
    private final Map<Object, Object[]> loaded = new ConcurrentHashMap<>();
    private volatile CatalogService catalog;

    LakeTreeContent(TreeViewer viewer) {
        this.viewer = viewer;
        this.display = viewer.getControl().getDisplay();
    }

    /** Shows {@code catalog} (null while it opens), dropping what was loaded before. */
    void show(CatalogService catalog) {
        this.catalog = catalog;
        loaded.clear();
        viewer.setInput(ROOT);
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(ROOT);
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object[] children = loaded.get(parent);
        if (children != null) {
            return children;
        }
        CatalogService current = catalog;
        if (current == null) {
            return new Object[] {new MessageNode("opening the lake…")};
        }
        load(parent, current);
        return new Object[] {new MessageNode("loading…")};
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element == ROOT || element instanceof ScopeNode
                || element instanceof DidNode did && did.details().type() != DidType.FILE;
    }

    private void load(Object parent, CatalogService current) {
        Job job = new Job("Reading the lake") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Object[] children;
                try {
                    children = children(current, parent);
                } catch (RuntimeException e) {
                    children = new Object[] {new MessageNode("cannot read the lake: " + e.getMessage())};
                }
                loaded.put(parent, children.length == 0 ? new Object[] {new MessageNode("(empty)")} : children);
                UiThread.later(display, () -> {
                    if (!viewer.getControl().isDisposed()) {
                        viewer.refresh(parent == ROOT ? null : parent);
                        if (parent == ROOT) {
                            viewer.refresh();
                        }
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    private static Object[] children(CatalogService catalog, Object parent) {
        if (parent == ROOT) {
            return catalog.listScopes().stream().map(scope -> new ScopeNode(scope.name())).toArray();
        }
        if (parent instanceof ScopeNode scope) {
            try (Stream<DidDetails> dids = catalog.searchDids(scope.name(), DidFilter.all(), false)) {
                return limited(dids, DidNode::new);
            }
        }
        if (parent instanceof DidNode did) {
            try (Stream<DidDetails> content = catalog.listContent(did.details().did())) {
                return limited(content, DidNode::new);
            }
        }
        return new Object[0];
    }

    private static Object[] limited(Stream<DidDetails> dids, Function<DidDetails, LakeNode> node) {
        List<LakeNode> rows = dids.limit(MAX_CHILDREN + 1L).map(node).collect(java.util.stream.Collectors.toList());
        if (rows.size() > MAX_CHILDREN) {
            rows.set(MAX_CHILDREN, new MessageNode("more than " + MAX_CHILDREN + " entries: search to narrow them"));
        }
        return rows.toArray();
    }
}

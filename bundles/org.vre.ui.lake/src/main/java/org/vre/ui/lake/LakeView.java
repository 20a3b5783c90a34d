package org.vre.ui.lake;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.vre.lake.CatalogService;
import org.vre.lake.DidDetails;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeLocation;
import org.vre.ui.HumanBytes;
import org.vre.ui.LakePreferences;
import org.vre.ui.UiThread;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.MessageNode;
import org.vre.ui.lake.LakeNode.ScopeNode;

/** The local lake's catalogue: scopes, datasets, containers and files, read in the background. */
public final class LakeView extends ViewPart {

    /** Job family of everything this view reads, so tests and shutdown can wait for it. */
    public static final Object FAMILY = LakeTreeContent.FAMILY;

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TreeViewer viewer;
    private Display display;
    private LakeTreeContent content;
    private volatile CatalogService catalog;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        display = parent.getDisplay();
        column("Name", 260, this::name);
        column("Type", 80, node -> node instanceof DidNode did ? did.details().type().name().toLowerCase(Locale.ROOT)
                : node instanceof ScopeNode ? "scope" : "");
        column("Size", 90, node -> node instanceof DidNode did && did.details().bytes() != null
                ? HumanBytes.format(did.details().bytes()) : "");
        column("Created (UTC)", 150, node -> node instanceof DidNode did && did.details().createdAt() != null
                ? CREATED.format(did.details().createdAt()) : "");
        content = new LakeTreeContent(viewer);
        viewer.setContentProvider(content);
        getSite().setSelectionProvider(viewer);
        setContentDescription("Local lake: " + LakePreferences.lakeLocation());
        refresh();
    }

    /** Reopens the catalogue in the background and reloads the tree. */
    public void refresh() {
        content.show(null);
        Job open = new Job("Opening the lake " + LakePreferences.lakeLocation()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                CatalogService opened;
                try {
                    // The same resolution as the vre command: a folder, or a jdbc: URL for a PostgreSQL catalogue.
                    opened = catalog != null ? catalog
                            : CatalogStore.open(LakeLocation.resolve(LakePreferences.lakeSetting(), System.getenv()));
                } catch (RuntimeException e) {
                    return Status.error("cannot open the lake " + LakePreferences.lakeLocation() + ": " + e.getMessage(), e);
                }
                catalog = opened;
                UiThread.later(display, () -> {
                    if (!viewer.getControl().isDisposed()) {
                        content.show(opened);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        open.schedule();
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    private String name(Object node) {
        if (node instanceof ScopeNode scope) {
            return scope.name();
        }
        if (node instanceof DidNode did) {
            DidDetails details = did.details();
            return details.did().name();
        }
        return node instanceof MessageNode message ? message.text() : String.valueOf(node);
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        CatalogService open = catalog;
        catalog = null;
        if (open != null) {
            open.close();
        }
        super.dispose();
    }
}

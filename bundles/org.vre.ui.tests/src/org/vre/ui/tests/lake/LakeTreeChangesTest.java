package org.vre.ui.tests.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.NewFile;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.ui.lake.LakeSession;
import org.vre.ui.lake.LakeView;

/**
 * The lake tree while its rows change under it: another lake chosen, or the view refreshed, while a long listing is
 * shown and still being read, with a row inside it selected (GTK's cursor on a row about to be removed); the view
 * closed while reads are pending. On GTK, SWT asks for rows' data re-entrantly while rows are removed; answered
 * there, this aborted the VM ("gtk_tree_store_get_path: assertion ... parent != NULL"). The tree must end up showing
 * the lake chosen last, and nothing may be logged as an error.
 */
class LakeTreeChangesTest {

    static final String ACTOR = LakeConfig.osAccount();
    /** Long enough that the rest of the listing is still being read when the first page is shown. */
    static final int FILES = 10_000;

    private final List<IStatus> errors = new CopyOnWriteArrayList<>();
    private final ILogListener errorLog = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @BeforeEach
    void listenToTheErrorLog() {
        Platform.addLogListener(errorLog);
    }

    @AfterEach
    void backToTheTestLake() throws Exception {
        Platform.removeLogListener(errorLog);
        LakeSession.connect(null);
        LakeUi.settle();
    }

    @Test
    void switchingAndRefreshingWhileALongListingIsReadKeepsTheTreeWhole(@TempDir Path tmp) throws Exception {
        LakeConfig busy = lake(tmp.resolve("busy"), "busy", FILES);
        LakeConfig quiet = lake(tmp.resolve("quiet"), "quiet", 3);
        LakeSession.connect(busy);
        LakeView view = LakeUi.openView();
        TreeViewer viewer = view.getViewer();
        Tree tree = viewer.getTree();
        for (int round = 0; round < 6; round++) {
            TreeItem dataset = expandWhileReading(viewer);
            if (round % 2 == 1) {
                view.refresh(); // the same lake from the top, the listing's job still running
                LakeUi.spinUntil("the scopes again", () -> names(tree.getItems()).contains("busy"), 30_000);
                dataset = expandWhileReading(viewer);
            }
            assertFalse(dataset.isDisposed());
            LakeSession.connect(quiet); // closes the lake the listing is read from
            LakeUi.spinUntil("the other lake's scope", () -> names(tree.getItems()).contains("quiet"), 30_000);
            assertFalse(names(tree.getItems()).contains("busy"), "nothing of the lake left: " + names(tree.getItems()));
            LakeSession.connect(busy);
        }
        TreeItem dataset = expandWhileReading(viewer);
        LakeUi.await("the whole listing", () -> dataset.getItemCount() == FILES && !view.isLoading());
        assertEquals(List.of(), messages(), "nothing logged as an error");
    }

    @Test
    void closingTheViewWhileAListingIsReadIsQuiet(@TempDir Path tmp) throws Exception {
        LakeSession.connect(lake(tmp.resolve("busy"), "busy", FILES));
        LakeView view = LakeUi.openView();
        expandWhileReading(view.getViewer());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.hideView(view); // the tree goes; the listing's job still publishes to it
        LakeUi.settle();
        LakeSession.connect(null); // a switch with no view to tell
        LakeUi.settle();

        LakeView again = LakeUi.openView();
        LakeUi.awaitItem(again.getViewer().getTree()::getItems, "demo");
        assertEquals(List.of(), messages(), "nothing logged as an error");
    }

    @Test
    void aFileAddedWhileItsDatasetIsReadShowsUpAfterTheRead(@TempDir Path tmp) throws Exception {
        int files = 50_000; // read for about half a second here: the reload the new file asks for comes meanwhile
        LakeSession.connect(lake(tmp.resolve("busy"), "busy", files));
        LakeView view = LakeUi.openView();
        TreeViewer viewer = view.getViewer();
        TreeItem dataset = expandWhileReading(viewer);
        // through the view's own lake, so the view hears the event; spinning (not joining) lets the reload run
        LakeSession.current().catalog().addFiles(ACTOR, new Did("busy", "events"),
                List.of(new NewFile(new Did("busy", "late.root"), 1L, null)), Progress.NONE);
        long late = LakeUi.spinUntil("the late file's row", () -> dataset.getItemCount() == files + 1, 60_000);
        System.out.printf("lake tree: a file added to an expanded %d-file dataset shown after %d ms%n", files, late);
        viewer.getTree().showItem(dataset.getItem(files));
        LakeUi.spinUntil("the late file's name", () -> "late.root".equals(dataset.getItem(files).getText(0)), 30_000);
        assertEquals(List.of(), messages(), "nothing logged as an error");
    }

    /**
     * Expands the scope and its dataset and selects a file among the first rows while the rest of the listing is
     * read (so GTK's cursor is on a row deep in the listing); returns the dataset's row.
     */
    private static TreeItem expandWhileReading(TreeViewer viewer) throws InterruptedException {
        Tree tree = viewer.getTree();
        TreeItem scope = LakeUi.awaitItem(tree::getItems, "busy");
        viewer.expandToLevel(scope.getData(), 1);
        TreeItem dataset = LakeUi.awaitItem(scope::getItems, "events");
        viewer.setExpandedState(dataset.getData(), true);
        LakeUi.spinUntil("the first files", () -> dataset.getItemCount() > 1
                && dataset.getItem(1).getText(0).startsWith("event-"), 30_000);
        viewer.setSelection(new StructuredSelection(dataset.getItem(1).getData()));
        return dataset;
    }

    /** A lake of its own with one scope holding a dataset of {@code files} files. */
    private static LakeConfig lake(Path dir, String scope, int files) throws Exception {
        LakeConfig config = LakeConfig.embedded(dir);
        try (CatalogService lake = CatalogStore.open(config)) {
            lake.addScope(ACTOR, scope, ACTOR);
            Did dataset = new Did(scope, "events");
            lake.addDataset(ACTOR, dataset, Map.of());
            List<NewFile> list = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                list.add(new NewFile(new Did(scope, String.format("event-%06d.root", i)), 1000L + i, null));
            }
            lake.addFiles(ACTOR, dataset, list, Progress.NONE);
        }
        return config;
    }

    private static List<String> names(TreeItem[] items) {
        List<String> names = new ArrayList<>();
        for (TreeItem item : items) {
            names.add(item.getText(0));
        }
        return names;
    }

    private List<String> messages() {
        return errors.stream().map(status -> status.getPlugin() + ": " + status.getMessage()
                + (status.getException() == null ? "" : " (" + status.getException() + ")")).toList();
    }
}

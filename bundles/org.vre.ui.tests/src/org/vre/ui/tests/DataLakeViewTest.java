package org.vre.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.NewFile;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.ui.DataLakePerspective;
import org.vre.ui.LakePreferences;
import org.vre.ui.Views;
import org.vre.ui.lake.LakeView;

/** The Data Lake view shows what the catalogue holds: scopes, then datasets, then their files. */
class DataLakeViewTest {

    @Test
    void browsesScopesDatasetsAndFilesOfTheLocalLake() throws Exception {
        String actor = LakeConfig.osAccount();
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(LakePreferences.lakeLocation()))) {
            lake.addScope(actor, "ATLAS_LAPP_SP", actor);
            Did dataset = new Did("ATLAS_LAPP_SP", "dm-cross-sections");
            lake.addDataset(actor, dataset, Map.of());
            Did file = new Did("ATLAS_LAPP_SP", "DMCrossSectionGraphs_axial_ee.root");
            lake.addFile(actor, new NewFile(file, 1024L, "0a1b2c3d"));
            lake.attach(actor, dataset, List.of(file));
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DataLakePerspective.ID, window);
        LakeView view = (LakeView) page.showView(Views.LAKE);
        view.refresh();
        Display display = window.getShell().getDisplay();
        TreeViewer viewer = view.getViewer();

        TreeItem scope = awaitItem(display, () -> viewer.getTree().getItems(), "ATLAS_LAPP_SP");
        assertEquals("scope", scope.getText(2));
        viewer.expandToLevel(scope.getData(), 1);
        TreeItem datasetItem = awaitItem(display, () -> find(viewer, "ATLAS_LAPP_SP").getItems(), "dm-cross-sections");
        assertEquals("dataset", datasetItem.getText(2));
        viewer.expandToLevel(datasetItem.getData(), 1);
        TreeItem fileItem = awaitItem(display, () -> child(find(viewer, "ATLAS_LAPP_SP"), "dm-cross-sections").getItems(),
                "DMCrossSectionGraphs_axial_ee.root");
        assertEquals("file", fileItem.getText(2));
        assertEquals("1.0 KiB", fileItem.getText(1));
        assertTrue(fileItem.getText(4).endsWith("Z"), "created time in UTC: " + fileItem.getText(4));
        // the demo scope a new user finds: a dataset of real ROOT files
        TreeItem demo = awaitItem(display, () -> viewer.getTree().getItems(), "demo");
        viewer.expandToLevel(demo.getData(), 1);
        TreeItem samples = awaitItem(display, () -> find(viewer, "demo").getItems(), "uproot-samples");
        viewer.expandToLevel(samples.getData(), 1);
        awaitItem(display, () -> child(find(viewer, "demo"), "uproot-samples").getItems(), "uproot-histograms.root");
        awaitNoLoadingRows(display, viewer);
        // paint what the items hold now (GTK paints on its own clock, a screenshot may catch the frame before)
        viewer.getTree().redraw();
        viewer.getTree().update();
        Screenshots.save(window.getShell(), "data-lake");
    }

    private static TreeItem find(TreeViewer viewer, String scope) {
        return Arrays.stream(viewer.getTree().getItems()).filter(i -> scope.equals(i.getText(0))).findFirst().orElseThrow();
    }

    private static TreeItem child(TreeItem parent, String name) {
        return Arrays.stream(parent.getItems()).filter(i -> name.equals(i.getText(0))).findFirst().orElseThrow();
    }

    /** For the screenshot: waits until every expanded node shows its children, not "loading…". */
    private static void awaitNoLoadingRows(Display display, TreeViewer viewer) throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            Job.getJobManager().join(LakeView.FAMILY, null);
            UiEvents.drain(display);
            if (!hasLoadingRow(viewer.getTree().getItems())) {
                return;
            }
        }
    }

    private static boolean hasLoadingRow(TreeItem[] items) {
        for (TreeItem item : items) {
            if (item.getText(0).startsWith("loading") || item.getExpanded() && hasLoadingRow(item.getItems())) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the view's loading jobs (a job family, no sleeping) until the row appears. */
    private static TreeItem awaitItem(Display display, Supplier<TreeItem[]> rows, String name) throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            Job.getJobManager().join(LakeView.FAMILY, null);
            UiEvents.drain(display);
            for (TreeItem item : rows.get()) {
                if (name.equals(item.getText(0))) {
                    return item;
                }
            }
        }
        throw new AssertionError(name + " not shown; rows: " + Arrays.stream(rows.get()).map(i -> i.getText(0)).toList());
    }
}

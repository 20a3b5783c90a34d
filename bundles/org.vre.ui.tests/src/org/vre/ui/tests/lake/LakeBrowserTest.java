package org.vre.ui.tests.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.NewFile;
import org.vre.lake.catalog.LakeConfig;
import org.vre.ui.lake.LakeSession;
import org.vre.ui.lake.LakeView;

/** The lake browser: a lazy tree that stays responsive with 100,000 files, sorting, search, export, live updates. */
class LakeBrowserTest {

    static final String ACTOR = LakeConfig.osAccount();

    @AfterEach
    void backToTheTestLake() throws Exception {
        LakeSession.connect(null);
        LakeUi.settle();
    }

    @Test
    void showsTheFirstRowsOfAHundredThousandFileDatasetAtOnce(@TempDir Path lakeDir) throws Exception {
        LakeSession.connect(LakeConfig.embedded(lakeDir));
        CatalogService lake = LakeSession.current().catalog();
        lake.addScope(ACTOR, "bulk", ACTOR);
        Did dataset = new Did("bulk", "events-100k");
        lake.addDataset(ACTOR, dataset, Map.of());
        List<NewFile> files = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            files.add(new NewFile(new Did("bulk", String.format("event-%06d.root", i)), 1000L + i, null));
        }
        long registering = System.nanoTime();
        lake.addFiles(ACTOR, dataset, files, Progress.NONE);
        System.out.printf("registered 100000 files in %d ms%n", (System.nanoTime() - registering) / 1_000_000);

        LakeView view = LakeUi.openView();
        TreeViewer viewer = view.getViewer();
        TreeItem scope = LakeUi.awaitItem(() -> viewer.getTree().getItems(), "bulk");
        viewer.expandToLevel(scope.getData(), 1);
        TreeItem datasetRow = LakeUi.awaitItem(() -> scope.getItems(), "events-100k");
        assertEquals("open, 100000 entries", datasetRow.getText(3));

        long firstRows = System.nanoTime();
        viewer.setExpandedState(datasetRow.getData(), true);
        int[] rowsAtFirstSight = new int[1];
        long firstRowsMillis = LakeUi.spinUntil("the first file rows", () -> {
            rowsAtFirstSight[0] = datasetRow.getItemCount();
            return rowsAtFirstSight[0] > 1 && "event-000000.root".equals(datasetRow.getItem(0).getText(0));
        }, 30_000);
        System.out.printf("lake browser, 100000-file dataset: first rows %d ms%n", firstRowsMillis);
        long allRowsMillis = LakeUi.spinUntil("all 100000 rows", () -> datasetRow.getItemCount() == 100_000, 120_000);
        System.out.printf("lake browser, 100000-file dataset: all rows counted %d ms%n", allRowsMillis);
        long lastShown = System.nanoTime();
        viewer.getTree().showItem(datasetRow.getItem(99_999));
        try {
            LakeUi.spinUntil("the last row's text", () -> "event-099999.root".equals(datasetRow.getItem(99_999).getText(0)),
                    30_000);
        } catch (AssertionError e) {
            TreeItem item = datasetRow.getItem(99_999);
            throw new AssertionError(e.getMessage() + "; last item text '" + item.getText(0) + "' data " + item.getData()
                    + ", row data " + datasetRow.getData() + ", rows " + datasetRow.getItemCount() + ", "
                    + "item 200 '" + datasetRow.getItem(200).getText(0) + "'", e);
        }
        long lastRowMillis = (System.nanoTime() - lastShown) / 1_000_000;
        TreeItem last = datasetRow.getItem(99_999);
        System.out.printf("lake browser, 100000-file dataset: first rows %d ms, all rows counted %d ms, last row shown"
                + " %d ms after that (whole expand %d ms)%n", firstRowsMillis, allRowsMillis, lastRowMillis,
                (System.nanoTime() - firstRows) / 1_000_000);
        Files.writeString(Path.of("target", "lake-browser-100k.txt"), "first rows ms=" + firstRowsMillis
                + "\nall rows ms=" + allRowsMillis + "\nlast row ms=" + lastRowMillis + "\n");
        // Behaviour, not speed (the figures above are the measurement): the first page is shown while the rest of
        // the listing is still being read, instead of after all of it (6-9 s here)
        assertTrue(rowsAtFirstSight[0] < 100_000, "the first rows came only with all " + rowsAtFirstSight[0]);
        assertEquals("98.6 KiB", last.getText(1), "size of the last file (1000 + 99999 bytes)");
        LakeUi.screenshot(viewer.getControl().getShell(), "data-lake-100k");
    }

    @Test
    void sortsSearchesExportsAndFollowsTheCatalogue(@TempDir Path tmp) throws Exception {
        LakeSession.connect(LakeConfig.embedded(tmp.resolve("lake")));
        CatalogService lake = LakeSession.current().catalog();
        lake.addScope(ACTOR, "browse", ACTOR);
        Did dataset = new Did("browse", "mixed");
        lake.addDataset(ACTOR, dataset, Map.of());
        lake.addFiles(ACTOR, dataset, List.of(new NewFile(new Did("browse", "b-middle.root"), 5000L, null),
                new NewFile(new Did("browse", "a-small.root"), 10L, null),
                new NewFile(new Did("browse", "c-large.txt"), 900_000L, null)), Progress.NONE);

        LakeView view = LakeUi.openView();
        view.refresh();
        TreeViewer viewer = view.getViewer();
        Tree tree = viewer.getTree();
        TreeItem scope = LakeUi.awaitItem(() -> tree.getItems(), "browse");
        assertEquals("scope", scope.getText(2));
        viewer.expandToLevel(scope.getData(), 1);
        TreeItem mixed = LakeUi.awaitItem(() -> scope.getItems(), "mixed");
        assertEquals("dataset", mixed.getText(2));
        viewer.expandToLevel(mixed.getData(), 1);
        LakeUi.awaitItem(() -> mixed.getItems(), "c-large.txt");
        assertEquals(List.of("b-middle.root", "a-small.root", "c-large.txt"), names(mixed), "catalogue order first");
        assertEquals("no replica", mixed.getItem(0).getText(3), "state column: the file's replicas");

        clickColumn(tree, 1); // size, ascending
        LakeUi.await("sorted by size", () -> names(mixed).equals(List.of("a-small.root", "b-middle.root", "c-large.txt")));
        assertEquals(SWT.UP, tree.getSortDirection());
        clickColumn(tree, 1); // size, descending
        LakeUi.await("sorted by size, descending",
                () -> names(mixed).equals(List.of("c-large.txt", "b-middle.root", "a-small.root")),
                () -> names(mixed) + " sort direction " + tree.getSortDirection());
        assertEquals("878.9 KiB", mixed.getItem(0).getText(1));

        // the catalogue reports a new file: the open dataset shows it without a refresh
        lake.addFile(ACTOR, new NewFile(new Did("browse", "d-new.root"), 1L, null));
        lake.attach(ACTOR, dataset, List.of(new Did("browse", "d-new.root")));
        LakeUi.await("the new file in the open dataset", () -> names(mixed).contains("d-new.root"));
        assertEquals("d-new.root", names(mixed).get(3), "still sorted: the smallest last");

        // copy rows, tab-separated, and export the dataset's listing as CSV
        viewer.setSelection(new StructuredSelection(mixed.getItem(0).getData()));
        view.copyRows();
        Clipboard clipboard = new Clipboard(tree.getDisplay());
        String copied = (String) clipboard.getContents(TextTransfer.getInstance());
        clipboard.dispose();
        assertTrue(copied.startsWith("Name\tSize\tType\tState\tCreated (UTC)\tDID\nc-large.txt\t878.9 KiB\tfile\t"),
                copied);
        viewer.setSelection(new StructuredSelection(mixed.getData()));
        Path csv = tmp.resolve("mixed.csv");
        view.exportCsv(csv);
        LakeUi.await("the CSV file", () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(5, lines.size(), lines.toString());
        assertEquals("Name,Size,Type,State,Created (UTC),DID", lines.get(0));
        assertTrue(lines.get(1).startsWith("c-large.txt,878.9 KiB,file,no replica,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",browse:c-large.txt"), lines.get(1));

        // search with Rucio's filter syntax: a bad filter is explained as it is typed, a good one lists matches
        view.searchField().setText("name=*.root, length>");
        assertNotNull(view.searchProblem(), "a filter without a value is refused");
        assertTrue(view.searchProblem().contains("expected a value"), view.searchProblem());
        view.searchField().setText("name=*.root, bytes>=5000");
        assertNull(view.searchProblem());
        // only the scope 'browse' (the demo scope has .root files above 5000 bytes too)
        LakeUi.await("the scope list", () -> Arrays.asList(view.scopeField().getItems()).contains("browse"));
        view.scopeField().select(Arrays.asList(view.scopeField().getItems()).indexOf("browse"));
        view.scopeField().notifyListeners(SWT.Selection, new Event());
        LakeUi.await("the search results", () -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText(0).equals("b-middle.root")));
        assertEquals(List.of("b-middle.root"), Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList(),
                "only .root files of at least 5000 bytes");
        LakeUi.screenshot(tree.getShell(), "data-lake-search");
        view.searchField().setText("");
        view.scopeField().select(0);
        view.searchField().notifyListeners(SWT.DefaultSelection, new Event());
        LakeUi.awaitItem(() -> tree.getItems(), "browse");
    }

    private static List<String> names(TreeItem parent) {
        List<String> names = new ArrayList<>();
        for (TreeItem item : parent.getItems()) {
            names.add(item.getText(0));
        }
        return names;
    }

    private static void clickColumn(Tree tree, int index) {
        tree.getColumn(index).notifyListeners(SWT.Selection, new Event());
    }
}

package org.vre.ui.tests.lake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rule;
import org.vre.lake.RuleState;
import org.vre.lake.RseProtocol;
import org.vre.lake.catalog.LakeConfig;
import org.vre.ui.lake.AddRuleDialog;
import org.vre.ui.lake.LakeErrors;
import org.vre.ui.lake.LakeSession;
import org.vre.ui.lake.LakeView;

/** The lake's actions driven through the real widgets: drop to upload, download, a rule that becomes OK, properties. */
class LakeActionsTest {

    static final String ACTOR = LakeConfig.osAccount();
    private final List<IStatus> reported = new ArrayList<>();

    @AfterEach
    void restoreErrorDialogsAndTheTestLake() throws Exception {
        LakeSession.connect(null);
        LakeUi.settle();
        LakeErrors.reporter = status -> org.eclipse.ui.statushandlers.StatusManager.getManager().handle(status,
                org.eclipse.ui.statushandlers.StatusManager.SHOW | org.eclipse.ui.statushandlers.StatusManager.LOG);
    }

    @Test
    void dropUploadDownloadReplicateAndShowProperties(@TempDir Path tmp) throws Exception {
        LakeErrors.reporter = reported::add;
        LakeSession.connect(LakeConfig.embedded(tmp.resolve("lake")));
        CatalogService lake = LakeSession.current().catalog();
        lake.addScope(ACTOR, "actions", ACTOR);
        lake.addDataset(ACTOR, new Did("actions", "drops"), Map.of());
        Path folder = Files.createDirectories(tmp.resolve("from-desktop"));
        byte[] content = new byte[300_000];
        new Random(42).nextBytes(content);
        Path dropped = Files.write(folder.resolve("histograms.bin"), content);

        LakeView view = LakeUi.openView();
        view.refresh();
        TreeViewer viewer = view.getViewer();
        Tree tree = viewer.getTree();
        TreeItem scope = LakeUi.awaitItem(() -> tree.getItems(), "actions");
        viewer.expandToLevel(scope.getData(), 1);
        TreeItem dataset = LakeUi.awaitItem(() -> scope.getItems(), "drops");

        // a file dragged from the file manager onto the dataset: the drop listener gets a FileTransfer payload
        view.dropListener().drop(fileDrop(tree, dataset, dropped));
        assertNotNull(view.dropListener().lastUpload(), "the drop started an upload");
        LakeUi.await("the upload", () -> view.dropListener().lastUpload().getResult() != null);
        assertEquals(List.of(), reported.stream().map(IStatus::getMessage).toList(), "no error");
        viewer.expandToLevel(dataset.getData(), 1);
        TreeItem file = LakeUi.awaitItem(() -> dataset.getItems(), "histograms.bin");
        LakeUi.await("the replica state", () -> "AVAILABLE@LOCAL".equals(file.getText(3)));
        assertEquals("293.0 KiB", file.getText(1));

        // download it again into a folder: same bytes under scope/name
        Path downloads = tmp.resolve("downloads");
        LakeUi.await("the download", awaitJob(view.download(List.of(new Did("actions", "histograms.bin")), downloads)));
        assertArrayEquals(content, Files.readAllBytes(downloads.resolve("actions").resolve("histograms.bin")));

        // a second RSE, and a rule asked for in the dialog, which checks the RSE expression as it is typed
        Path disk2 = Files.createDirectories(tmp.resolve("disk2"));
        lake.addRse(ACTOR, "DISK2", true, Map.of("type", "DISK", "tier", "2"),
                List.of(RseProtocol.fromUrl(disk2.toUri().toString())));
        Did did = new Did("actions", "histograms.bin");
        AddRuleDialog dialog = new AddRuleDialog(tree.getShell(), did);
        dialog.setBlockOnOpen(false);
        dialog.open();
        LakeUi.await("the RSEs in the dialog", dialog::rsesRead);
        dialog.expressionField().setText("tier=3");
        assertTrue(dialog.getErrorMessage().contains("selects no RSE"), dialog.getErrorMessage());
        assertFalse(dialog.addButton().isEnabled());
        dialog.expressionField().setText("tier=2&(");
        assertTrue(dialog.getErrorMessage().contains("position"), dialog.getErrorMessage());
        assertFalse(dialog.addButton().isEnabled());
        dialog.expressionField().setText("tier=2");
        assertEquals("DISK2", dialog.selectionLabel().getText());
        assertTrue(dialog.addButton().isEnabled());
        LakeUi.screenshot(dialog.getShell(), "data-lake-rule");
        dialog.addButton().notifyListeners(SWT.Selection, new Event());
        assertNotNull(dialog.result(), "OK gave a rule");
        LakeUi.await("the rule's transfers", awaitJob(view.addRule(dialog.result())));
        assertEquals(List.of(), reported.stream().map(IStatus::getMessage).toList(), "no error");
        List<Rule> rules = lake.listRules(did, null);
        assertEquals(1, rules.size());
        assertEquals(RuleState.OK, rules.get(0).state(), "the transfer service copied the file to DISK2");
        assertEquals(ReplicaState.AVAILABLE, lake.findReplica("DISK2", did).orElseThrow().state());
        LakeUi.await("the file row showing both replicas", 
                () -> "AVAILABLE@DISK2, AVAILABLE@LOCAL".equals(findFile(dataset)));

        // the Properties view shows replicas with RSE and PFN, the rule with its state, the parent dataset
        PropertySheet sheet = (PropertySheet) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(IPageLayout.ID_PROP_SHEET);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(view);
        TreeItem fileRow = childNamed(dataset, "histograms.bin");
        viewer.setSelection(new StructuredSelection(fileRow.getData()));
        LakeUi.await("the properties", () -> view.propertiesOf(fileRow.getData()) != null);
        Map<String, Map<String, String>> properties = view.propertiesOf(fileRow.getData());
        assertTrue(properties.get("Replicas").get("LOCAL").startsWith("AVAILABLE  file:"), properties.toString());
        assertTrue(properties.get("Replicas").get("DISK2").contains(disk2.toUri().getPath()), properties.toString());
        assertTrue(properties.get("Rules").get(rules.get(0).id()).startsWith("OK  1× tier=2"), properties.toString());
        assertTrue(properties.get("Parent datasets").containsKey("actions:drops"), properties.toString());
        assertEquals(8, properties.get("Checksums").get("adler32").length());
        Tree sheetTree = (Tree) sheet.getCurrentPage().getControl();
        LakeUi.await("the Properties view's rows", () -> texts(sheetTree.getItems()).contains("Replicas"));
        assertTrue(texts(sheetTree.getItems()).containsAll(List.of("Attributes", "Checksums", "Replicas", "Rules",
                "Parent datasets")), texts(sheetTree.getItems()).toString());
        for (TreeItem category : sheetTree.getItems()) {
            if (category.getText(0).equals("Replicas")) {
                sheetTree.showItem(category.getItems().length > 0 ? category.getItems()[category.getItemCount() - 1] : category);
            }
        }
        LakeUi.screenshot(tree.getShell(), "data-lake-properties");
    }

    @Test
    void aRootFileOpensFromTheLakeAndDownloadsIntoAProject(@TempDir Path tmp) throws Exception {
        LakeErrors.reporter = reported::add;
        LakeSession.connect(LakeConfig.embedded(tmp.resolve("lake")));
        Path root = Files.copy(Path.of(org.eclipse.core.runtime.FileLocator.toFileURL(org.eclipse.core.runtime.Platform
                .getBundle("org.vre.ui.tests").getEntry("data/root/uproot-histograms.root")).toURI()), tmp.resolve("histos.root"));
        CatalogService lake = LakeSession.current().catalog();
        lake.addScope(ACTOR, "opened", ACTOR);
        new org.vre.lake.transfer.UploadOperation(lake, LakeSession.current().storages(), ACTOR,
                LakeSession.current().settings(), org.vre.lake.transfer.UploadRequest.of("opened", "LOCAL", root))
                .run(org.vre.core.Progress.NONE).throwIfFailed();

        LakeView view = LakeUi.openView();
        view.refresh();
        TreeViewer viewer = view.getViewer();
        Tree tree = viewer.getTree();
        // the catalogue's events reload the tree after a short delay (a timer), so spin the event loop with timers
        LakeUi.spinUntil("the scope 'opened'", () -> childNamed(tree.getItems(), "opened") != null, 60_000);
        TreeItem scope = childNamed(tree.getItems(), "opened");
        viewer.expandToLevel(scope.getData(), 1);
        LakeUi.spinUntil("the file row", () -> childNamed(scope.getItems(), "histos.root") != null, 60_000);
        TreeItem file = childNamed(scope.getItems(), "histos.root");

        // a double-click on the file row fetches it (checksum verified) and opens it in the plot editor
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        int editorsBefore = page.getEditorReferences().length;
        viewer.setSelection(new StructuredSelection(file.getData()));
        assertEquals("opened:histos.root", view.draggedText(), "a drag to the workflow editor carries the DID");
        tree.notifyListeners(SWT.DefaultSelection, new Event());
        LakeUi.await("the plot editor on the lake's file", () -> page.getEditorReferences().length > editorsBefore
                && java.util.Arrays.stream(page.getEditorReferences())
                        .anyMatch(r -> r.getId().equals("org.vre.ui.runs.plotEditor")));
        assertEquals(List.of(), reported.stream().map(IStatus::getMessage).toList(), "no error");

        // download into a workspace project: under data/<scope>/<name>, visible to the workspace at once
        org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getProject("lake-downloads");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        LakeUi.await("the download into the project",
                awaitJob(view.downloadIntoProject(List.of(new Did("opened", "histos.root")), project)));
        org.eclipse.core.resources.IFile copied = project.getFile("data/opened/histos.root");
        assertTrue(copied.exists(), "the workspace knows the downloaded file");
        assertArrayEquals(Files.readAllBytes(root), Files.readAllBytes(copied.getLocation().toPath()));
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void failuresSayWhatFailedAndWhy(@TempDir Path tmp) throws Exception {
        LakeErrors.reporter = reported::add;
        LakeSession.connect(LakeConfig.embedded(tmp.resolve("lake")));
        LakeView view = LakeUi.openView();
        // downloading a DID that does not exist: the dialog names the action and the DID, not a stack trace
        LakeUi.await("the download", awaitJob(view.download(List.of(new Did("actions", "no-such-file")), tmp)));
        assertEquals(1, reported.size());
        String message = reported.get(0).getMessage();
        assertTrue(message.startsWith("Download of 1 DID(s) to " + tmp + " failed"), message);
        assertTrue(message.contains("actions:no-such-file"), message);
        assertNotNull(reported.get(0).getException(), "details for the Error Log");
        assertEquals(LakeErrors.Kind.PERMISSION, LakeErrors.classify(new org.vre.lake.PermissionDeniedException(
                "account bob may not write to scope user.alice")));
        assertEquals(LakeErrors.Kind.UNREACHABLE, LakeErrors.classify(new org.vre.lake.storage.StorageException(
                org.vre.lake.storage.StorageException.Reason.CONNECTION, null, "Connection refused")));
        assertEquals(LakeErrors.Kind.CERTIFICATE, LakeErrors.classify(new org.vre.lake.storage.StorageException(
                org.vre.lake.storage.StorageException.Reason.UNTRUSTED_CERTIFICATE, null, "PKIX path building failed")));
        assertEquals(LakeErrors.Kind.CHECKSUM, LakeErrors.classify("1 of 1 downloads failed: x: adler32 checksum"
                + " mismatch on LOCAL"));
    }

    private static String findFile(TreeItem dataset) {
        TreeItem row = childNamed(dataset, "histograms.bin");
        return row == null ? null : row.getText(3);
    }

    private static TreeItem childNamed(TreeItem parent, String name) {
        return childNamed(parent.getItems(), name);
    }

    private static TreeItem childNamed(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (name.equals(item.getText(0))) {
                return item;
            }
        }
        return null;
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : items) {
            texts.add(item.getText(0));
        }
        return texts;
    }

    private static java.util.function.BooleanSupplier awaitJob(org.eclipse.core.runtime.jobs.Job job) {
        return () -> job.getResult() != null;
    }

    /**
     * What SWT hands the drop listener when files from the file manager are released over {@code item}: a
     * DropTargetEvent with a FileTransfer payload. Its DNDEvent is package-private in SWT, hence reflection.
     */
    private static DropTargetEvent fileDrop(Tree tree, TreeItem item, Path... files) throws Exception {
        Class<?> dndEvent = Class.forName("org.eclipse.swt.dnd.DNDEvent");
        Constructor<?> create = dndEvent.getDeclaredConstructor();
        create.setAccessible(true);
        Event event = (Event) create.newInstance();
        TransferData type = FileTransfer.getInstance().getSupportedTypes()[0];
        Field dataType = dndEvent.getDeclaredField("dataType");
        dataType.setAccessible(true);
        dataType.set(event, type);
        event.widget = tree;
        event.item = item;
        event.detail = DND.DROP_COPY;
        String[] names = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            names[i] = files[i].toString();
        }
        event.data = names;
        Constructor<DropTargetEvent> wrap = DropTargetEvent.class.getDeclaredConstructor(dndEvent);
        wrap.setAccessible(true);
        return wrap.newInstance(event);
    }
}

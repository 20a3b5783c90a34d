package org.vre.ui.tests.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.RseProtocol;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;
import org.vre.lake.catalog.LakeConfig;
import org.vre.ui.lake.LakeSession;
import org.vre.ui.lake.LakeView;
import org.vre.ui.lake.MonitoringView;
import org.vre.ui.lake.StorageView;
import org.vre.ui.lake.TransfersView;

/** The Transfers, Storage and Monitoring views over a real replication: rows, the consistency report, the charts. */
class LakeViewsTest {

    static final String ACTOR = LakeConfig.osAccount();

    @AfterEach
    void backToTheTestLake() throws Exception {
        LakeSession.connect(null);
        LakeUi.settle();
    }

    @Test
    void transfersStorageAndMonitoringShowAReplication(@TempDir Path tmp) throws Exception {
        LakeSession.connect(LakeConfig.embedded(tmp.resolve("lake")));
        CatalogService lake = LakeSession.current().catalog();
        lake.addScope(ACTOR, "views", ACTOR);
        Path source = Files.write(tmp.resolve("payload.dat"), new byte[64_000]);
        Path disk3 = Files.createDirectories(tmp.resolve("disk3"));
        lake.addRse(ACTOR, "DISK3", true, Map.of("type", "DISK", "purpose", "views-test"),
                List.of(RseProtocol.fromUrl(disk3.toUri().toString())));

        LakeView lakeView = LakeUi.openView();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TransfersView transfers = (TransfersView) page.showView(TransfersView.ID);
        StorageView storage = (StorageView) page.showView(StorageView.ID);
        MonitoringView monitoring = (MonitoringView) page.showView(MonitoringView.ID);

        Job upload = lakeView.upload(List.of(source), scopeRow(lakeView), "LOCAL");
        LakeUi.await("the upload", () -> upload.getResult() != null);
        Did did = new Did("views", "payload.dat");
        assertTrue(lake.findDid(did).isPresent(), "uploaded");
        Job rule = lakeView.addRule(RuleSpec.of(did, 1, "purpose=views-test"));
        LakeUi.await("the replication", () -> rule.getResult() != null);
        assertEquals(RuleState.OK, lake.listRules(did, null).get(0).state());

        Table requests = transfers.requestsViewer().getTable();
        LakeUi.await("the request row", () -> rowWith(requests, "views:payload.dat") != null,
                () -> texts(requests));
        TableItem request = rowWith(requests, "views:payload.dat");
        assertEquals("DONE", request.getText(0));
        assertEquals("LOCAL", request.getText(2));
        assertEquals("DISK3", request.getText(3));
        Table recent = transfers.recentViewer().getTable();
        LakeUi.await("the replication in the recent transfers", () -> rowWith(recent, "views:payload.dat@DISK3") != null,
                () -> texts(recent));
        TableItem copy = rowWith(recent, "views:payload.dat@DISK3");
        assertEquals("replicate", copy.getText(1));
        assertEquals("OK", copy.getText(3));
        assertEquals("62.5 KiB", copy.getText(4));
        assertTrue(copy.getText(5).endsWith("MB/s"), copy.getText(5));
        assertEquals("file->file", copy.getText(6), "streamed from file:// to file://");
        page.activate(transfers);
        LakeUi.screenshot(requests.getShell(), "data-lake-transfers");

        Table rses = storage.rsesViewer().getTable();
        LakeUi.await("DISK3 with one file", () -> rowWith(rses, "DISK3") != null
                && "1".equals(rowWith(rses, "DISK3").getText(1)), () -> texts(rses));
        assertEquals("62.5 KiB", rowWith(rses, "DISK3").getText(2));
        assertTrue(rowWith(rses, "DISK3").getText(4).startsWith("file://"), rowWith(rses, "DISK3").getText(4));
        // a file put on DISK3 behind the catalogue's back is dark data
        Files.writeString(disk3.resolve("stray.txt"), "not in the catalogue");
        Job check = storage.check("DISK3");
        LakeUi.await("the consistency check", () -> check.getResult() != null);
        LakeUi.await("the report", () -> storage.reportField().getText().contains("Dark (on storage only): 1"),
                () -> storage.reportField().getText());
        assertTrue(storage.reportField().getText().contains("stray.txt"), storage.reportField().getText());
        assertTrue(storage.reportField().getText().contains("Lost (in the catalogue, missing on storage): 0"));
        page.activate(storage);
        LakeUi.screenshot(rses.getShell(), "data-lake-storage");

        page.activate(monitoring);
        LakeUi.await("the charts", () -> monitoring.shown() != null && monitoring.throughputSeries() > 0,
                () -> monitoring.shown());
        assertTrue(monitoring.shown().transfers().stream().anyMatch(t -> t.type().equals("transfer.replicate")));
        assertTrue(monitoring.operationSeries() >= 3, "catalogue, replicas, rules, transfers: " + monitoring.operationSeries());
        LakeUi.screenshot(rses.getShell(), "data-lake-monitoring");
    }

    private static Object scopeRow(LakeView view) throws InterruptedException {
        view.refresh();
        return LakeUi.awaitItem(() -> view.getViewer().getTree().getItems(), "views").getData();
    }

    private static TableItem rowWith(Table table, String text) {
        for (TableItem item : table.getItems()) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                if (text.equals(item.getText(c))) {
                    return item;
                }
            }
        }
        return null;
    }

    private static String texts(Table table) {
        StringBuilder s = new StringBuilder();
        for (TableItem item : table.getItems()) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                s.append(item.getText(c)).append(" | ");
            }
            s.append('\n');
        }
        return s.toString();
    }
}

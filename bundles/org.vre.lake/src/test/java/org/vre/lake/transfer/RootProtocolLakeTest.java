package org.vre.lake.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.DeterministicPath;
import org.vre.lake.Did;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.RseProtocol;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.TlsTrust;
import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.lake.storage.root.RootStorageProtocol;
import org.vre.lake.xrootd.testing.XrootdServer;
import org.vre.testing.TestPki;
import org.vre.testing.XrootdHttp;

/**
 * root:// RSEs in the lake, against real xrootd servers the test starts: upload, get, replication and the
 * consistency check behave as they do for file:// and davs://, and an RSE reachable by root:// and davs:// on one
 * XRootD server is read by the better-ranked protocol, falling back to the other when that one is unreachable.
 * Checksums for assertions come from java.util.zip and from XRootD's own {@code xrdadler32}.
 */
class RootProtocolLakeTest {

    @TempDir
    Path folder;
    LakeFixture lake;
    XrootdServer xrootd;
    final TransferSettings settings = TransferSettings.defaults().withBackoff(Duration.ofMillis(20));

    @BeforeEach
    void start() throws IOException {
        lake = new LakeFixture(folder);
        lake.storages.register(new RootStorageProtocol());
        xrootd = XrootdServer.start();
        lake.addRse("ROOT-1", xrootd.uri("lake").toString());
    }

    @AfterEach
    void stop() {
        lake.close();
        xrootd.close();
    }

    @Test
    void uploadToAndGetFromARootRse() throws IOException {
        byte[] data = LakeFixture.randomBytes(3_000_000, 51);
        Path local = LakeFixture.writeFile(folder.resolve("work/hits.root"), data);
        Did did = new Did(LakeFixture.SCOPE, "hits.root");

        UploadedFile up = upload(lake.catalog, lake.storages, local, "ROOT-1").files().get(0);
        assertEquals(UploadedFile.Status.UPLOADED, up.status());
        assertEquals("root", up.pfn().getScheme());
        Replica replica = lake.catalog.findReplica("ROOT-1", did).orElseThrow();
        assertEquals(ReplicaState.AVAILABLE, replica.state());
        assertEquals(data.length, replica.bytes());
        assertEquals(LakeFixture.md5(data), replica.md5());
        Path stored = onRootRse(did);
        assertArrayEquals(data, Files.readAllBytes(stored));
        assertEquals(LakeFixture.adler32(data), replica.adler32());
        assertEquals(xrdadler32(stored), replica.adler32(), "the catalogue's adler32 is XRootD's own");
        TransferSessionTest.assertNoTemporaryFiles(stored.getParent());
        assertEquals(UploadedFile.Status.ALREADY_THERE,
                upload(lake.catalog, lake.storages, local, "ROOT-1").files().get(0).status());

        DownloadedFile got = get(lake.catalog, lake.storages, folder.resolve("out"), did).files().get(0);
        assertEquals(DownloadedFile.Status.DOWNLOADED, got.status());
        assertEquals("ROOT-1", got.rse());
        assertEquals("root", got.pfn().getScheme());
        assertEquals(xrdadler32(stored), got.adler32());
        assertArrayEquals(data, Files.readAllBytes(got.path()));
        assertFalse(Files.exists(got.path().resolveSibling("hits.root.part")));
        assertTrue(lastEvent(lake.catalog, "transfer.download").detail().contains("protocol=root "));

        // the checksum is really verified on the way in: changed bytes on the server fail the get
        LakeFixture.flipByte(stored, 2_000_000);
        DownloadedFile bad = get(lake.catalog, lake.storages, folder.resolve("out2"), did).files().get(0);
        assertEquals(DownloadedFile.Status.FAILED, bad.status());
        assertTrue(bad.error().contains("checksum mismatch"), bad.error());
        assertFalse(Files.exists(folder.resolve("out2/ATLAS_LAPP_SP/hits.root")));
        assertTrue(eventTypes(lake.catalog).contains("replica.suspicious"));
    }

    @Test
    void ruleReplicatesFromAFileRseToARootRseAndOnFromIt() throws IOException {
        byte[] data = LakeFixture.randomBytes(2_500_000, 52);
        Path local = LakeFixture.writeFile(folder.resolve("work/tracks.root"), data);
        Did did = new Did(LakeFixture.SCOPE, "tracks.root");
        upload(lake.catalog, lake.storages, local, "EULAKE-1");

        // vre rule add ATLAS_LAPP_SP:tracks.root --copies 1 --rses ROOT-1; vre transfers run --until-idle
        Rule toRoot = lake.catalog.addRule(lake.account, RuleSpec.of(did, 1, "ROOT-1"));
        assertEquals(RuleState.REPLICATING, lake.catalog.rule(toRoot.id()).state());
        TransferRound round = runTransfers();
        assertEquals(1, round.done(), round.errors().toString());
        assertEquals(RuleState.OK, lake.catalog.rule(toRoot.id()).state());
        Replica replica = lake.catalog.findReplica("ROOT-1", did).orElseThrow();
        assertEquals(ReplicaState.AVAILABLE, replica.state());
        assertArrayEquals(data, Files.readAllBytes(onRootRse(did)));
        assertEquals(xrdadler32(onRootRse(did)), replica.adler32());
        TransferSessionTest.assertNoTemporaryFiles(onRootRse(did).getParent());
        LakeEvent replicated = lastEvent(lake.catalog, "transfer.replicate");
        assertEquals(LakeEvent.Outcome.OK, replicated.outcome());
        assertTrue(replicated.detail().contains("protocol=file->root"), replicated.detail());
        assertTrue(replicated.detail().contains("bytes=" + data.length), replicated.detail());

        // the root:// RSE is a source too: the only copy left on it feeds a rule to the WebDAV RSE
        lake.catalog.deleteReplica(lake.account, "EULAKE-1", did);
        Rule toWebdav = lake.catalog.addRule(lake.account, RuleSpec.of(did, 1, "WEBDAV-1"));
        TransferRound second = runTransfers();
        assertEquals(1, second.done(), second.errors().toString());
        assertEquals(RuleState.OK, lake.catalog.rule(toWebdav.id()).state());
        assertArrayEquals(data, Files.readAllBytes(lake.fileOn("WEBDAV-1", did)));
        assertTrue(lastEvent(lake.catalog, "transfer.replicate").detail().contains("protocol=root->http"));
    }

    @Test
    void consistencyCheckOnARootRseFindsDarkLostAndCorruptedFiles() throws IOException {
        Did kept = new Did(LakeFixture.SCOPE, "kept.dat");
        Did lost = new Did(LakeFixture.SCOPE, "lost.dat");
        Did bad = new Did(LakeFixture.SCOPE, "bad.dat");
        for (Did did : List.of(kept, lost, bad)) {
            Path local = LakeFixture.writeFile(folder.resolve("src").resolve(did.name()),
                    LakeFixture.randomBytes(5000, did.name().hashCode()));
            upload(lake.catalog, lake.storages, local, "ROOT-1");
        }
        Files.delete(onRootRse(lost));
        Path corrupted = onRootRse(bad);
        FileTime written = Files.getLastModifiedTime(corrupted);
        LakeFixture.flipByte(corrupted, 10);
        // XRootD keeps computed checksums in an extended attribute keyed by the file's mtime in whole seconds; the
        // flip may land in the upload's second, so the mtime is moved on as any later write would move it
        Files.setLastModifiedTime(corrupted, FileTime.fromMillis(written.toMillis() + 5_000));
        Path dark = xrootd.data().resolve("lake/ATLAS_LAPP_SP/00/00/stray.root");
        LakeFixture.writeFile(dark, new byte[] {1, 2, 3});
        xrootd.giveToServerUser();

        // vre rse check ROOT-1 --checksums --declare-bad
        ConsistencyReport report = new ConsistencyCheck(lake.catalog, lake.storages, lake.account)
                .run("ROOT-1", true, true, Progress.NONE);
        assertEquals(List.of(xrootd.uri("lake/ATLAS_LAPP_SP/00/00/stray.root")), report.dark());
        assertEquals(List.of(lost), report.lost().stream().map(ConsistencyReport.Problem::did).toList());
        assertEquals(List.of(bad), report.corrupted().stream().map(ConsistencyReport.Problem::did).toList());
        assertTrue(report.corrupted().get(0).reason().contains("adler32 is " + xrdadler32(corrupted)),
                report.corrupted().get(0).reason());
        assertEquals(3, report.replicasChecked());
        assertEquals(3, report.filesOnStorage(), "kept, bad and the dark file");
        assertEquals(ReplicaState.BAD, lake.catalog.findReplica("ROOT-1", bad).orElseThrow().state());
        assertEquals(ReplicaState.BAD, lake.catalog.findReplica("ROOT-1", lost).orElseThrow().state());
        assertEquals(ReplicaState.AVAILABLE, lake.catalog.findReplica("ROOT-1", kept).orElseThrow().state());
    }

    @Test
    void consistencyCheckAcceptsASingleSlashRootUrl() throws IOException {
        // root://host/lake and root://host//lake name the same folder; listings come back in the second form
        lake.addRse("ROOT-SINGLE", "root://127.0.0.1:" + xrootd.port() + "/single");
        Did did = new Did(LakeFixture.SCOPE, "single.dat");
        Path local = LakeFixture.writeFile(folder.resolve("src/single.dat"), LakeFixture.randomBytes(7000, 53));
        upload(lake.catalog, lake.storages, local, "ROOT-SINGLE");
        assertTrue(Files.isRegularFile(xrootd.data().resolve("single").resolve(DeterministicPath.of(did))));

        ConsistencyReport report = new ConsistencyCheck(lake.catalog, lake.storages, lake.account)
                .run("ROOT-SINGLE", true, false, Progress.NONE);
        assertEquals(List.of(), report.dark());
        assertEquals(List.of(), report.lost());
        assertEquals(List.of(), report.corrupted());
        assertEquals(1, report.replicasChecked());
        assertEquals(1, report.filesOnStorage());
    }

    @Test
    void aReplicaOnRootAndDavsIsReadByTheBetterProtocolAndFallsBackToTheOther() throws IOException {
        TestPki pki = TestPki.create(folder.resolve("pki"));
        Path home = folder.resolve("xrootd-http");
        try (XrootdHttp server = XrootdHttp.start(home, pki);
                CatalogService catalog = CatalogStore.open(LakeConfig.embedded(folder.resolve("dual-lake")));
                StorageRegistry storages = new StorageRegistry(
                        StorageContext.defaults().withTrust(TlsTrust.fromDirectory(pki.caDirectory())),
                        List.of(new FileStorageProtocol(), new HttpStorageProtocol(), new RootStorageProtocol()))) {
            String account = LakeConfig.osAccount();
            int rootPort = rootPortOf(home);
            int httpsPort = server.uri("").getPort();
            int closedPort = XrootdServer.freePort(); // nothing listens there
            // root:// ranks first although "davs" sorts before it: the priority decides, not the name
            catalog.addRse(account, "XRD-DUAL", true, Map.of(),
                    List.of(protocol("root", rootPort, 1), protocol("davs", httpsPort, 2)));
            catalog.addScope(account, LakeFixture.SCOPE, account);
            byte[] data = LakeFixture.randomBytes(1_800_000, 54);
            Did did = new Did(LakeFixture.SCOPE, "both.root");
            UploadedFile up = upload(catalog, storages, LakeFixture.writeFile(folder.resolve("src/both.root"), data),
                    "XRD-DUAL").files().get(0);
            assertEquals("root", up.pfn().getScheme(), "written with the best write protocol");
            Path stored = server.data().resolve("dual").resolve(DeterministicPath.of(did));
            assertEquals(xrdadler32(stored), catalog.findReplica("XRD-DUAL", did).orElseThrow().adler32());

            DownloadedFile preferred = get(catalog, storages, folder.resolve("get-root"), did).files().get(0);
            assertEquals("root", preferred.pfn().getScheme());
            assertEquals(rootPort, preferred.pfn().getPort());
            assertEquals(List.of(), preferred.problems());
            assertArrayEquals(data, Files.readAllBytes(preferred.path()));
            assertTrue(lastEvent(catalog, "transfer.download").detail().contains("protocol=root "));

            // root:// made unreachable (its port now points where nothing listens): davs:// serves the get
            catalog.removeProtocol(account, "XRD-DUAL", "root");
            catalog.addProtocol(account, "XRD-DUAL", protocol("root", closedPort, 1));
            DownloadedFile fellBack = get(catalog, storages, folder.resolve("get-davs"), did).files().get(0);
            assertEquals(DownloadedFile.Status.DOWNLOADED, fellBack.status());
            assertEquals("davs", fellBack.pfn().getScheme());
            assertEquals(httpsPort, fellBack.pfn().getPort());
            assertArrayEquals(data, Files.readAllBytes(fellBack.path()));
            assertEquals(1, fellBack.problems().size(), fellBack.problems().toString());
            assertTrue(fellBack.problems().get(0).startsWith("XRD-DUAL"), fellBack.problems().toString());
            assertTrue(fellBack.problems().get(0).contains(":" + closedPort), fellBack.problems().toString());
            List<LakeEvent> downloads = events(catalog, "transfer.download");
            LakeEvent failedRoot = downloads.get(downloads.size() - 2);
            assertEquals(LakeEvent.Outcome.FAILED, failedRoot.outcome());
            assertTrue(failedRoot.detail().contains("protocol=root "), failedRoot.detail());
            LakeEvent okDavs = downloads.get(downloads.size() - 1);
            assertEquals(LakeEvent.Outcome.OK, okDavs.outcome());
            assertTrue(okDavs.detail().contains("protocol=davs "), okDavs.detail());
            // an unreachable door says nothing about the bytes: the replica stays good
            assertFalse(eventTypes(catalog).contains("replica.suspicious"));
            assertEquals(ReplicaState.AVAILABLE, catalog.findReplica("XRD-DUAL", did).orElseThrow().state());

            // and the other way round: davs:// ranked first but unreachable, root:// (back on its port) serves
            catalog.removeProtocol(account, "XRD-DUAL", "root");
            catalog.removeProtocol(account, "XRD-DUAL", "davs");
            catalog.addProtocol(account, "XRD-DUAL", protocol("davs", closedPort, 1));
            catalog.addProtocol(account, "XRD-DUAL", protocol("root", rootPort, 2));
            DownloadedFile viaRoot = get(catalog, storages, folder.resolve("get-root-again"), did).files().get(0);
            assertEquals(DownloadedFile.Status.DOWNLOADED, viaRoot.status());
            assertEquals("root", viaRoot.pfn().getScheme());
            assertEquals(1, viaRoot.problems().size(), viaRoot.problems().toString());
            assertArrayEquals(data, Files.readAllBytes(viaRoot.path()));

            // with both doors closed the get fails, naming both attempts, and leaves no file behind
            catalog.removeProtocol(account, "XRD-DUAL", "root");
            catalog.addProtocol(account, "XRD-DUAL", protocol("root", closedPort, 2));
            DownloadedFile none = get(catalog, storages, folder.resolve("get-none"), did).files().get(0);
            assertEquals(DownloadedFile.Status.FAILED, none.status());
            assertEquals(2, none.problems().size(), none.problems().toString());
            assertNotEquals(null, none.error());
            assertFalse(Files.exists(folder.resolve("get-none/ATLAS_LAPP_SP/both.root")));
        }
    }

    private static RseProtocol protocol(String scheme, int port, int readPriority) {
        return new RseProtocol(scheme, "127.0.0.1", port, "/dual", readPriority, readPriority, readPriority,
                readPriority);
    }

    /** The root:// port of an XrootdHttp server, from the configuration it was started with. */
    private static int rootPortOf(Path home) throws IOException {
        return Files.readAllLines(home.resolve("xrootd.cfg")).stream()
                .filter(line -> line.startsWith("xrd.port "))
                .mapToInt(line -> Integer.parseInt(line.substring("xrd.port ".length()).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no xrd.port in " + home.resolve("xrootd.cfg")));
    }

    private UploadResult upload(CatalogService catalog, StorageRegistry storages, Path file, String rse) {
        return new UploadOperation(catalog, storages, LakeConfig.osAccount(), settings,
                UploadRequest.of(LakeFixture.SCOPE, rse, file)).run(Progress.NONE).throwIfFailed();
    }

    private DownloadResult get(CatalogService catalog, StorageRegistry storages, Path dir, Did did) {
        return new DownloadOperation(catalog, storages, LakeConfig.osAccount(), settings,
                DownloadRequest.of(dir, did)).run(Progress.NONE);
    }

    private TransferRound runTransfers() {
        return new TransferService(lake.catalog, lake.storages, lake.account, settings).runUntilIdle(Progress.NONE);
    }

    private Path onRootRse(Did did) {
        return xrootd.data().resolve("lake").resolve(DeterministicPath.of(did));
    }

    /** XRootD's own checksum tool on the file the server stores. */
    private static String xrdadler32(Path file) {
        XrootdServer.requireBinary("xrdadler32");
        String out = XrootdServer.run("xrdadler32", file.toString()).trim();
        return out.substring(0, out.indexOf(' '));
    }

    private static List<LakeEvent> events(CatalogService catalog, String type) {
        try (Stream<LakeEvent> events = catalog.events(EventQuery.all())) {
            return events.filter(e -> e.type().equals(type)).sorted(java.util.Comparator.comparingLong(LakeEvent::id))
                    .toList();
        }
    }

    private static LakeEvent lastEvent(CatalogService catalog, String type) {
        List<LakeEvent> events = events(catalog, type);
        assertFalse(events.isEmpty(), "no " + type + " event");
        return events.get(events.size() - 1);
    }

    private static Set<String> eventTypes(CatalogService catalog) {
        try (Stream<LakeEvent> events = catalog.events(EventQuery.all())) {
            return events.map(LakeEvent::type).collect(java.util.stream.Collectors.toSet());
        }
    }
}

package org.vre.lake.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.Did;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;

/**
 * The session through the API, against a real H2 catalogue, a file RSE and a real nginx WebDAV RSE:
 * upload, get, a rule replicated by the transfer service, a corrupted replica caught at get and by the check.
 */
class TransferSessionTest {

    @TempDir
    Path folder;
    LakeFixture lake;
    final TransferSettings settings = TransferSettings.defaults().withBackoff(Duration.ofMillis(20));

    @BeforeEach
    void start() throws IOException {
        lake = new LakeFixture(folder);
    }

    @AfterEach
    void stop() {
        lake.close();
    }

    private UploadResult upload(Path file, String rse) {
        return new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                UploadRequest.of(LakeFixture.SCOPE, rse, file)).run(Progress.NONE);
    }

    private DownloadResult get(Path dir, Did did) {
        return new DownloadOperation(lake.catalog, lake.storages, lake.account, settings,
                DownloadRequest.of(dir, did)).run(Progress.NONE);
    }

    @Test
    void uploadGetReplicateAndCatchACorruptedReplica() throws IOException {
        byte[] png = LakeFixture.randomBytes(1_500_000, 7);
        Path plot = LakeFixture.writeFile(folder.resolve("work/plot.png"), png);
        Did did = new Did(LakeFixture.SCOPE, "plot.png");

        // vre upload --rse EULAKE-1 --scope ATLAS_LAPP_SP plot.png
        UploadedFile up = upload(plot, "EULAKE-1").throwIfFailed().files().get(0);
        assertEquals(UploadedFile.Status.UPLOADED, up.status());
        Replica replica = lake.catalog.findReplica("EULAKE-1", did).orElseThrow();
        assertEquals(ReplicaState.AVAILABLE, replica.state());
        assertEquals(LakeFixture.adler32(png), replica.adler32());
        assertEquals(LakeFixture.md5(png), replica.md5());
        assertEquals(png.length, replica.bytes());
        assertArrayEquals(png, Files.readAllBytes(lake.fileOn("EULAKE-1", did)));
        assertNoTemporaryFiles(lake.fileOn("EULAKE-1", did).getParent());

        // the same upload again sends nothing
        assertEquals(UploadedFile.Status.ALREADY_THERE, upload(plot, "EULAKE-1").files().get(0).status());

        // vre get ATLAS_LAPP_SP:plot.png --dir out/
        DownloadedFile got = get(folder.resolve("out"), did).throwIfFailed().files().get(0);
        assertEquals(folder.resolve("out/ATLAS_LAPP_SP/plot.png"), got.path());
        assertArrayEquals(png, Files.readAllBytes(got.path()));
        assertFalse(Files.exists(folder.resolve("out/ATLAS_LAPP_SP/plot.png.part")));

        // vre rule add ATLAS_LAPP_SP:plot.png --copies 2 --rses 'EULAKE-1|WEBDAV-1'; vre transfers run --until-idle
        Rule rule = lake.catalog.addRule(lake.account, RuleSpec.of(did, 2, "EULAKE-1|WEBDAV-1"));
        assertEquals(RuleState.REPLICATING, lake.catalog.rule(rule.id()).state());
        TransferRound round = new TransferService(lake.catalog, lake.storages, lake.account, settings)
                .runUntilIdle(Progress.NONE);
        assertEquals(1, round.done(), round.errors().toString());
        assertEquals(RuleState.OK, lake.catalog.rule(rule.id()).state());
        assertEquals(ReplicaState.AVAILABLE, lake.catalog.findReplica("WEBDAV-1", did).orElseThrow().state());
        assertArrayEquals(png, Files.readAllBytes(lake.fileOn("WEBDAV-1", did)));
        assertNoTemporaryFiles(lake.fileOn("WEBDAV-1", did).getParent());
        try (Stream<LakeEvent> events = lake.catalog.events(EventQuery.all())) {
            LakeEvent replicated = events.filter(e -> e.type().equals("transfer.replicate")).findFirst().orElseThrow();
            assertEquals(LakeEvent.Outcome.OK, replicated.outcome());
            assertTrue(replicated.detail().contains("bytes=" + png.length), replicated.detail());
            assertTrue(replicated.detail().contains("throughput="), replicated.detail());
            assertTrue(replicated.detail().contains("protocol=file->http"), replicated.detail());
        }

        // bytes changed on disk: caught at get, the next replica is used, the bad one is marked
        LakeFixture.flipByte(lake.fileOn("EULAKE-1", did), 1000);
        DownloadedFile again = get(folder.resolve("out2"), did).throwIfFailed().files().get(0);
        assertEquals("WEBDAV-1", again.rse());
        assertArrayEquals(png, Files.readAllBytes(again.path()));
        assertTrue(again.problems().stream().anyMatch(p -> p.startsWith("EULAKE-1") && p.contains("checksum mismatch")),
                again.problems().toString());
        try (Stream<LakeEvent> events = lake.catalog.events(EventQuery.all())) {
            assertTrue(events.anyMatch(e -> e.type().equals("replica.suspicious") && e.target().contains("EULAKE-1")));
        }

        // ... and reported by vre rse check
        ConsistencyReport report = new ConsistencyCheck(lake.catalog, lake.storages, lake.account)
                .run("EULAKE-1", true, false, Progress.NONE);
        assertEquals(1, report.corrupted().size(), report.toString());
        assertEquals(did, report.corrupted().get(0).did());
        assertTrue(report.corrupted().get(0).reason().contains("adler32"), report.corrupted().get(0).reason());
    }

    @Test
    void consistencyCheckFindsDarkLostAndCorruptedFiles() throws IOException {
        Did kept = new Did(LakeFixture.SCOPE, "kept.dat");
        Did lost = new Did(LakeFixture.SCOPE, "lost.dat");
        Did bad = new Did(LakeFixture.SCOPE, "bad.dat");
        for (Did did : List.of(kept, lost, bad)) {
            Path local = LakeFixture.writeFile(folder.resolve("src").resolve(did.name()),
                    LakeFixture.randomBytes(5000, did.name().hashCode()));
            new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                    new UploadRequest(List.of(local), LakeFixture.SCOPE, "WEBDAV-1", null, null, null, java.util.Set.of()))
                    .run(Progress.NONE).throwIfFailed();
        }
        Files.delete(lake.fileOn("WEBDAV-1", lost));
        LakeFixture.flipByte(lake.fileOn("WEBDAV-1", bad), 10);
        Path dark = lake.nginx.data().resolve("lake/ATLAS_LAPP_SP/00/00/stray.root");
        LakeFixture.writeFile(dark, new byte[] {1, 2, 3});
        lake.nginx.chownData();

        ConsistencyReport report = new ConsistencyCheck(lake.catalog, lake.storages, lake.account)
                .run("WEBDAV-1", true, true, Progress.NONE);
        assertEquals(List.of(lake.webdav("lake/ATLAS_LAPP_SP/00/00/stray.root")), report.dark());
        assertEquals(List.of(lost), report.lost().stream().map(ConsistencyReport.Problem::did).toList());
        assertEquals(List.of(bad), report.corrupted().stream().map(ConsistencyReport.Problem::did).toList());
        assertEquals(3, report.replicasChecked());
        assertEquals(ReplicaState.BAD, lake.catalog.findReplica("WEBDAV-1", bad).orElseThrow().state());
        assertEquals(ReplicaState.AVAILABLE, lake.catalog.findReplica("WEBDAV-1", kept).orElseThrow().state());
    }

    @Test
    void severalFilesDownloadInParallelIntoADatasetTree() throws IOException {
        Did dataset = new Did(LakeFixture.SCOPE, "run42");
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(LakeFixture.writeFile(folder.resolve("many/f" + i + ".dat"), LakeFixture.randomBytes(200_000 + i, i)));
        }
        new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                new UploadRequest(files, LakeFixture.SCOPE, "WEBDAV-1", dataset, null, null, java.util.Set.of()))
                .run(Progress.NONE).throwIfFailed();
        DownloadResult result = new DownloadOperation(lake.catalog, lake.storages, lake.account,
                settings.withParallelFiles(4), DownloadRequest.of(folder.resolve("dl"), dataset)).run(Progress.NONE);
        result.throwIfFailed();
        assertEquals(6, result.files().size());
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(Files.readAllBytes(files.get(i)),
                    Files.readAllBytes(folder.resolve("dl/ATLAS_LAPP_SP/f" + i + ".dat")));
        }
    }

    @Test
    void nonDeterministicRseTakesTheUsersPathAndRefusesEscapes() throws IOException {
        lake.catalog.addRse(lake.account, "BUFFER-1", false, java.util.Map.of(),
                List.of(org.vre.lake.RseProtocol.fromUrl(lake.webdav("nd").toString())));
        Path file = LakeFixture.writeFile(folder.resolve("raw.dat"), LakeFixture.randomBytes(50_000, 7));
        UploadResult refusedWithoutPath = upload(file, "BUFFER-1");
        assertTrue(refusedWithoutPath.files().get(0).error().contains("not deterministic: say where the file goes with --pfn"),
                refusedWithoutPath.files().get(0).error());

        for (String hostile : List.of("../escape.dat", "runs/../../escape.dat", "http://elsewhere:1/nd/x.dat")) {
            UploadResult refused = new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                    UploadRequest.of(LakeFixture.SCOPE, "BUFFER-1", file).withPfn(hostile)).run(Progress.NONE);
            String error = refused.files().get(0).error();
            assertTrue(error.contains("refused") || error.contains("not under any protocol"), hostile + ": " + error);
        }
        assertFalse(Files.exists(lake.nginx.data().resolve("escape.dat")));
        assertTrue(lake.catalog.findDid(new Did(LakeFixture.SCOPE, "raw.dat")).isEmpty(), "nothing registered");

        new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                UploadRequest.of(LakeFixture.SCOPE, "BUFFER-1", file).withPfn(lake.webdav("nd/runs/2026/raw-0001.dat").toString()))
                .run(Progress.NONE).throwIfFailed();
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(lake.nginx.data().resolve("nd/runs/2026/raw-0001.dat")));
        Did did = new Did(LakeFixture.SCOPE, "raw.dat");
        assertEquals("runs/2026/raw-0001.dat", lake.catalog.findReplica("BUFFER-1", did).orElseThrow().path());
        get(folder.resolve("back"), did).throwIfFailed();
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(folder.resolve("back/ATLAS_LAPP_SP/raw.dat")));

        UploadResult deterministicWithPath = new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                UploadRequest.of(LakeFixture.SCOPE, "EULAKE-1", file).withPfn("mine/raw.dat")).run(Progress.NONE);
        assertTrue(deterministicWithPath.files().get(0).error().contains("is deterministic"),
                deterministicWithPath.files().get(0).error());
    }

    static void assertNoTemporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> temporaries = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rucio.upload") || n.endsWith(".part")).toList();
            assertEquals(List.of(), temporaries);
        }
    }
}

package org.vre.lake.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.lake.Did;
import org.vre.lake.LockState;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferState;
import org.vre.testing.Tmpfs;

/**
 * Faults against real servers: nginx stopped mid-transfer, a body cut short, a flipped byte, a full disk (a 256 KiB
 * tmpfs mounted as root), a write refused by the server (403). Each ends in a clear error, resumes where it can, and
 * never leaves a false or corrupt replica.
 */
class TransferFaultsTest {

    @TempDir
    Path folder;
    LakeFixture lake;
    final TransferSettings settings = TransferSettings.defaults().withBackoff(Duration.ofMillis(20));

    @BeforeEach
    void start() throws IOException {
        lake = new LakeFixture(folder);
        // the same nginx folder served at ~1 MiB/s, so the test can act while a download runs
        lake.addRse("SLOWDAV", lake.webdav("slow/lake").toString());
        lake.addRse("READONLY", lake.webdav("readonly/lake").toString());
    }

    @AfterEach
    void stop() {
        lake.close();
    }

    private Did uploadTo(String rse, String name, byte[] data) throws IOException {
        Path local = LakeFixture.writeFile(folder.resolve("src").resolve(name), data);
        new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                UploadRequest.of(LakeFixture.SCOPE, rse, local)).run(Progress.NONE).throwIfFailed();
        return new Did(LakeFixture.SCOPE, name);
    }

    private DownloadResult get(Path dir, Did did, String rseExpression, Progress progress) {
        return new DownloadOperation(lake.catalog, lake.storages, lake.account, settings,
                new DownloadRequest(List.of(did), dir, false, rseExpression, Set.of())).run(progress);
    }

    /** Calls {@code action} once, when more than {@code after} bytes have been reported. */
    private static Progress after(long after, Runnable action) {
        return new Progress() {
            long done;
            boolean fired;

            @Override public void begin(String task, long totalWork) { }

            @Override public void worked(long work) {
                done += work;
                if (!fired && done > after) {
                    fired = true;
                    action.run();
                }
            }

            @Override public boolean isCancelled() {
                return false;
            }
        };
    }

    @Test
    void serverStoppedMidDownloadFailsClearlyAndTheNextGetResumes() throws IOException {
        byte[] data = LakeFixture.randomBytes(3 << 20, 11);
        Did did = uploadTo("SLOWDAV", "big.root", data);
        Path dir = folder.resolve("out");

        DownloadedFile broken = get(dir, did, "SLOWDAV", after(512 << 10, lake.nginx::stop)).files().get(0);
        assertEquals(DownloadedFile.Status.FAILED, broken.status());
        assertTrue(broken.error().contains("no replica could be read: SLOWDAV"), broken.error());
        assertTrue(broken.error().contains("cannot connect") || broken.error().contains("ended the body early")
                || broken.error().contains("closed the connection"), broken.error());
        Path target = dir.resolve("ATLAS_LAPP_SP/big.root");
        Path part = dir.resolve("ATLAS_LAPP_SP/big.root.part");
        assertFalse(Files.exists(target), "nothing may be in place after a failed download");
        long kept = Files.size(part);
        assertTrue(kept > 0 && kept < data.length, "the partial download is kept for a resume: " + kept);

        lake.nginx.restart();
        DownloadedFile resumed = get(dir, did, "SLOWDAV", Progress.NONE).throwIfFailed().files().get(0);
        assertTrue(resumed.resumed());
        assertArrayEquals(data, Files.readAllBytes(target));
        assertFalse(Files.exists(part));
    }

    @Test
    void aBodyCutShortIsNeverAcceptedAndNoFileIsLeft() throws IOException {
        byte[] data = LakeFixture.randomBytes(3 << 20, 12);
        Did did = uploadTo("SLOWDAV", "cut.root", data);
        Path onServer = lake.fileOn("WEBDAV-1", did); // SLOWDAV and WEBDAV-1 share the folder
        Path dir = folder.resolve("out");
        DownloadedFile cut = get(dir, did, "SLOWDAV", after(256 << 10, () -> truncate(onServer, 1 << 20)))
                .files().get(0);
        assertEquals(DownloadedFile.Status.FAILED, cut.status());
        assertTrue(cut.error().contains("size mismatch: 1048576 bytes arrived, the catalogue says 3145728"), cut.error());
        assertFalse(Files.exists(dir.resolve("ATLAS_LAPP_SP/cut.root")));
        assertFalse(Files.exists(dir.resolve("ATLAS_LAPP_SP/cut.root.part")), "a part that cannot be right is removed");
    }

    @Test
    void aFlippedByteOnTheOnlyReplicaFailsWithTheChecksumsAndMarksIt() throws IOException {
        byte[] data = LakeFixture.randomBytes(100_000, 13);
        Did did = uploadTo("WEBDAV-1", "flip.root", data);
        LakeFixture.flipByte(lake.fileOn("WEBDAV-1", did), 4242);
        DownloadedFile flipped = get(folder.resolve("out"), did, null, Progress.NONE).files().get(0);
        assertEquals(DownloadedFile.Status.FAILED, flipped.status());
        assertTrue(flipped.error().contains("checksum mismatch: adler32 is "), flipped.error());
        assertTrue(flipped.error().contains("the catalogue says " + LakeFixture.adler32(data)), flipped.error());
        assertFalse(Files.exists(folder.resolve("out/ATLAS_LAPP_SP/flip.root")));
        assertFalse(Files.exists(folder.resolve("out/ATLAS_LAPP_SP/flip.root.part")));
    }

    @Test
    void aFullDiskFailsTheUploadLeavingNothingAndTheRetryElsewhereWorks() throws IOException {
        Path full = folder.resolve("tiny");
        try (Tmpfs tmpfs = Tmpfs.mount(full, 256, "root")) {
            lake.addRse("TINY", full.toUri().toString());
            byte[] data = LakeFixture.randomBytes(1 << 20, 14);
            Path local = LakeFixture.writeFile(folder.resolve("src/full.root"), data);
            UploadedFile failed = new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                    UploadRequest.of(LakeFixture.SCOPE, "TINY", local)).run(Progress.NONE).files().get(0);
            assertEquals(UploadedFile.Status.FAILED, failed.status());
            assertTrue(failed.error().contains("the storage is full"), failed.error());
            Did did = new Did(LakeFixture.SCOPE, "full.root");
            assertTrue(lake.catalog.findReplica("TINY", did).isEmpty(), "no replica may be registered");
            assertTrue(lake.catalog.findDid(did).isEmpty(), "no DID may be registered");
            try (var left = Files.walk(full)) {
                assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "no temporary file is left");
            }
            // the same upload, retried where there is room, goes through
            UploadedFile retried = new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                    UploadRequest.of(LakeFixture.SCOPE, "EULAKE-1", local)).run(Progress.NONE).files().get(0);
            assertEquals(UploadedFile.Status.UPLOADED, retried.status(), retried.error());
        }
    }

    @Test
    void aRefusedWriteFailsTheUploadClearly() throws IOException {
        Path local = LakeFixture.writeFile(folder.resolve("src/refused.root"), LakeFixture.randomBytes(5000, 15));
        UploadedFile refused = new UploadOperation(lake.catalog, lake.storages, lake.account, settings,
                UploadRequest.of(LakeFixture.SCOPE, "READONLY", local)).run(Progress.NONE).files().get(0);
        assertEquals(UploadedFile.Status.FAILED, refused.status());
        assertTrue(refused.error().contains("403"), refused.error());
        assertTrue(lake.catalog.findDid(new Did(LakeFixture.SCOPE, "refused.root")).isEmpty());
    }

    @Test
    void replicationToARefusingRseEndsStuckWithTheReason() throws IOException {
        Did did = uploadTo("EULAKE-1", "stuck.root", LakeFixture.randomBytes(5000, 16));
        Rule rule = lake.catalog.addRule(lake.account, RuleSpec.of(did, 1, "READONLY"));
        TransferRound round = new TransferService(lake.catalog, lake.storages, lake.account, settings)
                .runUntilIdle(Progress.NONE);
        assertEquals(0, round.done());
        assertEquals(3, round.failed(), "each attempt once: " + round.errors());
        Rule after = lake.catalog.rule(rule.id());
        assertEquals(RuleState.STUCK, after.state());
        assertEquals(LockState.STUCK, lake.catalog.listLocks(rule.id()).get(0).state());
        var request = lake.catalog.listRequests(TransferQuery.all()).get(0);
        assertEquals(TransferState.FAILED, request.state());
        assertTrue(request.reason().contains("403"), request.reason());
        assertTrue(lake.catalog.findReplica("READONLY", did).map(r -> r.state() != org.vre.lake.ReplicaState.AVAILABLE)
                .orElse(true), "no AVAILABLE replica where nothing was written");
    }

    @Test
    void aServerStoppedDuringReplicationLeavesNoReplicaAndTheRetryCompletes() throws IOException {
        byte[] data = LakeFixture.randomBytes(2 << 20, 17);
        Did did = uploadTo("SLOWDAV", "moving.root", data);
        Rule rule = lake.catalog.addRule(lake.account, RuleSpec.of(did, 1, "EULAKE-1"));
        TransferRound first = new TransferService(lake.catalog, lake.storages, lake.account, settings)
                .runOnce(after(256 << 10, lake.nginx::stop));
        assertEquals(1, first.failed(), first.toString());
        assertFalse(Files.exists(lake.fileOn("EULAKE-1", did)), "no replica file after a broken copy");
        TransferSessionTest.assertNoTemporaryFiles(lake.fileOn("EULAKE-1", did).getParent());
        assertEquals(RuleState.REPLICATING, lake.catalog.rule(rule.id()).state());

        lake.nginx.restart();
        TransferRound rest = new TransferService(lake.catalog, lake.storages, lake.account, settings)
                .runUntilIdle(Progress.NONE);
        assertEquals(1, rest.done(), rest.errors().toString());
        assertEquals(RuleState.OK, lake.catalog.rule(rule.id()).state());
        assertArrayEquals(data, Files.readAllBytes(lake.fileOn("EULAKE-1", did)));
    }

    @Test
    void aSlowTransferIsAbortedBelowTheMinimumSpeed() throws IOException {
        Did did = uploadTo("SLOWDAV", "slow.root", LakeFixture.randomBytes(3 << 20, 18));
        TransferSettings strict = settings.withMinimumSpeed(20L << 20, Duration.ofMillis(300));
        DownloadedFile slow = new DownloadOperation(lake.catalog, lake.storages, lake.account, strict,
                new DownloadRequest(List.of(did), folder.resolve("out"), false, "SLOWDAV", Set.of()))
                .run(Progress.NONE).files().get(0);
        assertEquals(DownloadedFile.Status.FAILED, slow.status());
        assertTrue(slow.error().contains("below the minimum speed"), slow.error());
    }

    @Test
    void cancellingADownloadStopsIt() throws IOException {
        Did did = uploadTo("SLOWDAV", "cancel.root", LakeFixture.randomBytes(2 << 20, 19));
        Progress cancelled = new Progress() {
            long done;

            @Override public void begin(String task, long totalWork) { }

            @Override public void worked(long work) {
                done += work;
            }

            @Override public boolean isCancelled() {
                return done > 100_000;
            }
        };
        assertThrows(CancelledException.class, () -> get(folder.resolve("out"), did, "SLOWDAV", cancelled));
        assertFalse(Files.exists(folder.resolve("out/ATLAS_LAPP_SP/cancel.root")));
    }

    private static void truncate(Path file, long size) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

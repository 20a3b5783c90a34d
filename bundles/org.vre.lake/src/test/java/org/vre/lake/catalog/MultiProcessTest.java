package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.NewFile;

/**
 * Several processes on one lake (desktop, CLI and workflow steps do this), and a process killed with SIGKILL in
 * the middle of a bulk registration.
 */
class MultiProcessTest {

    private static Process worker(Lake lake, String dataset, String prefix, int batches, int size) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LakeWorker.class.getName(), lake.config().jdbcUrl(),
                lake.dir().toString(), dataset, prefix, String.valueOf(batches), String.valueOf(size)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("VRE_LAKE_PASSWORD", lake.config().password() == null ? "" : lake.config().password());
        return pb.start();
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The dataset's recorded length, its attachments and its files agree. */
    private static long checkConsistent(CatalogService c, Did dataset, String namePattern) {
        DidDetails ds = c.did(dataset);
        long attached;
        try (var content = c.listContent(dataset)) {
            attached = content.count();
        }
        long files;
        try (var found = c.searchDids(dataset.scope(), DidFilter.parse("type=file, name=" + namePattern), false)) {
            files = found.count();
        }
        assertEquals(attached, ds.length(), "length matches the attachments");
        assertEquals(attached, files, "every registered file is attached, none is half-registered");
        return attached;
    }

    @StoreTest
    void twoProcessesRegisterConcurrently(Lake lake) throws Exception {
        lake.catalog().addScope(Lake.ADMIN, "s", Lake.ADMIN);
        lake.catalog().addDataset(Lake.ADMIN, Did.parse("s:shared"), Map.of());
        // this JVM keeps the lake open as well: on H2 it serves the two workers (automatic mixed mode)
        Process a = worker(lake, "s:shared", "a", 40, 50);
        Process b = worker(lake, "s:shared", "b", 40, 50);
        CompletableFuture<String> outA = CompletableFuture.supplyAsync(() -> readAll(a));
        CompletableFuture<String> outB = CompletableFuture.supplyAsync(() -> readAll(b));
        // and registers itself meanwhile
        for (int i = 0; i < 20; i++) {
            lake.catalog().addFiles(Lake.ADMIN, Did.parse("s:shared"), List.of(new NewFile(Did.parse("s:p_" + i), 1L, null)),
                    org.vre.core.Progress.NONE);
        }
        assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(1, TimeUnit.MINUTES), "workers finished");
        assertEquals(0, a.exitValue(), outA.get());
        assertEquals(0, b.exitValue(), outB.get());
        assertTrue(outA.get().contains("committed 40") && outB.get().contains("committed 40"));
        assertEquals(2 * 40 * 50 + 20, checkConsistent(lake.catalog(), Did.parse("s:shared"), "*"));
    }

    @Test
    void freshLakeOpenedByTwoProcessesAtOnceIsCreatedOnce(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("lake");
        Lake lake = new Lake(null, "h2", LakeConfig.embedded(fresh).withBootstrapAdmin(Lake.ADMIN), fresh);
        Process a = worker(lake, "user.admin:one", "a", 2, 10);
        Process b = worker(lake, "user.admin:two", "b", 2, 10);
        CompletableFuture<String> outA = CompletableFuture.supplyAsync(() -> readAll(a));
        String outB = readAll(b);
        assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, a.exitValue(), outA.get());
        assertEquals(0, b.exitValue(), outB);
        try (CatalogService again = lake.reopen()) {
            assertEquals(1, again.listAccounts().size(), "one admin, not one per process");
            assertEquals(1, again.listRses().size());
            assertEquals(20, checkConsistent(again, Did.parse("user.admin:one"), "a_*"));
            assertEquals(20, checkConsistent(again, Did.parse("user.admin:two"), "b_*"));
        }
    }

    @StoreTest
    void killedInTheMiddleOfABulkRegistration(Lake lake) throws Exception {
        lake.catalog().addScope(Lake.ADMIN, "s", Lake.ADMIN);
        // the worker must own the H2 database itself, so its death is the database's crash
        lake.catalog().close();
        Process p = worker(lake, "s:bulk", "k", 1000, 2000);
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()));
                    if (committed == 3) {
                        p.destroyForcibly(); // SIGKILL while batch 4 is being written
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        assertEquals(3, committed);
        try (CatalogService reopened = lake.reopen()) {
            long files = checkConsistent(reopened, Did.parse("s:bulk"), "k_*");
            assertEquals(0, files % 2000, "whole batches only: " + files);
            assertTrue(files >= 3 * 2000, "committed batches survive: " + files);
            // and it takes writes again
            reopened.addFiles(Lake.ADMIN, Did.parse("s:bulk"), List.of(new NewFile(Did.parse("s:after"), 1L, null)),
                    org.vre.core.Progress.NONE);
            assertEquals(files + 1, reopened.did(Did.parse("s:bulk")).length());
        }
    }
}

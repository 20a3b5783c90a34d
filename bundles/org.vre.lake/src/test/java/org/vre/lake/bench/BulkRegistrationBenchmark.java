package org.vre.lake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.NewFile;

/**
 * Bulk registration: {@code files} files into 100 datasets, one {@code addFiles} transaction per dataset, each file
 * with size, adler32 and two metadata keys (run, energy). Also the DIDs the metadata search benchmark reads.
 */
public final class BulkRegistrationBenchmark {

    private BulkRegistrationBenchmark() {
    }

    static void run(BenchLake lake, int files, boolean metadata) {
        CatalogService c = lake.catalog;
        String scope = metadata ? "bench" : "plain";
        c.addScope("admin", scope, "admin");
        int datasets = 100;
        int perDataset = files / datasets;
        for (int d = 0; d < datasets; d++) {
            c.addDataset("admin", new Did(scope, "ds" + d), Map.of());
        }
        long start = System.nanoTime();
        long cpuStart = BenchLake.processCpuNanos();
        for (int d = 0; d < datasets; d++) {
            List<NewFile> batch = new ArrayList<>(perDataset);
            for (int i = 0; i < perDataset; i++) {
                long n = (long) d * perDataset + i;
                batch.add(new NewFile(new Did(scope, "file_" + n + ".root"), 1_000_000L + n, String.format("%08x", n), null,
                        null, metadata ? Map.of("run", n % 100_000, "energy", n % 2 == 0 ? 6.8 : 13.6) : Map.of()));
            }
            c.addFiles("admin", new Did(scope, "ds" + d), batch, Progress.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (BenchLake.processCpuNanos() - cpuStart) / 1e9;
        // CPU seconds of this JVM too: on a shared machine they say more than the wall clock (H2 runs in this JVM;
        // for PostgreSQL the server's own CPU is not counted)
        BenchLake.report(lake.store, "bulk-register " + files + " files into 100 datasets" + (metadata ? " (+2 metadata)" : ""),
                String.format(java.util.Locale.ROOT, "%.0f files/s (%.1f s; %.0f files per JVM CPU-second)", files / seconds,
                        seconds, files / cpu));
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        for (String store : LakeBenchmark.stores(args)) {
            try (BenchLake lake = BenchLake.open(store)) {
                run(lake, files, false);
                run(lake, files, true);
            }
        }
    }
}

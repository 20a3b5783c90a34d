package org.vre.lake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.DidDetails;
import org.vre.lake.Did;
import org.vre.lake.NewFile;

/** Lists a 100,000-file dataset: time to the first row, to the last, and how high the heap went meanwhile. */
public final class DatasetListingBenchmark {

    private DatasetListingBenchmark() {
    }

    static void run(BenchLake lake) {
        CatalogService c = lake.catalog;
        c.addScope("admin", "big", "admin");
        Did ds = new Did("big", "dataset_100k");
        c.addDataset("admin", ds, Map.of());
        for (int part = 0; part < 10; part++) {
            List<NewFile> batch = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                batch.add(new NewFile(new Did("big", "f" + (part * 10_000 + i)), 1000L, "00000001"));
            }
            c.addFiles("admin", ds, batch, Progress.NONE);
        }
        for (int round = 0; round < 3; round++) { // the last round is reported: warm caches, as a user's second look
            double before = BenchLake.usedHeapMb();
            BenchLake.resetPeaks();
            long start = System.nanoTime();
            long first = 0;
            long count = 0;
            try (Stream<DidDetails> files = c.listContent(ds)) {
                var it = files.iterator();
                while (it.hasNext()) {
                    it.next();
                    if (count++ == 0) {
                        first = System.nanoTime() - start;
                    }
                }
            }
            long all = System.nanoTime() - start;
            double peak = BenchLake.peakHeapMb();
            if (round == 2) {
                BenchLake.report(lake.store, "list a " + count + "-file dataset: first row / all rows",
                        String.format(Locale.ROOT, "%.1f ms / %.0f ms", first / 1e6, all / 1e6));
                BenchLake.report(lake.store, "  heap after GC before / old-generation peak while listing",
                        String.format(Locale.ROOT, "%.0f MB / %.0f MB", before, peak));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        for (String store : LakeBenchmark.stores(args)) {
            try (BenchLake lake = BenchLake.open(store)) {
                run(lake);
            }
        }
    }
}
